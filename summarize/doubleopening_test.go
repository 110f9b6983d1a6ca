package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestCutDoubledOpenings checks that a label run into an opening with the
// same word is cut where the cluster shows it as a label, and that a
// name made of one word twice stays.
func TestCutDoubledOpenings(t *testing.T) {
	for _, tc := range []struct {
		name, article, text, want string
	}{
		{"label", "Tarnwick Mills hires weavers. 2. Brellco brellco pays part-time staff a bonus. Brellco also gives leave. Staff at Brellco say so.",
			"Brellco brellco pays part-time staff a bonus.", "Brellco pays part-time staff a bonus."},
		{"name inside a text", "The keeper said panda Mei Mei ate well. Mei Mei slept all day. Mei was calm. Mei yawned.",
			"Mei Mei slept all day.", "Mei Mei slept all day."},
		{"word never alone", "Bora Bora hosts a regatta. Bora Bora is busy in June.",
			"Bora Bora hosts a regatta.", "Bora Bora hosts a regatta."},
	} {
		c := &cluster{docs: []document{{article: &chorus.Article{Text: tc.article}}}}
		sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tc.text}}, Words: countWords(tc.text)}
		c.cutDoubledOpenings(&sum)
		if got := sum.Sentences[0].Text; got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		if sum.Words != countWords(sum.Sentences[0].Text) {
			t.Errorf("%s: words %d, want %d", tc.name, sum.Words, countWords(sum.Sentences[0].Text))
		}
	}
}
