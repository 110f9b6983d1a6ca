package summarize

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// studyCluster is introCluster with word counts set, so that a sentence
// may lead.
func studyCluster(texts ...string) *cluster {
	c := introCluster(texts...)
	for i := range c.cands {
		c.cands[i].words = len(strings.Fields(c.cands[i].text))
	}
	return c
}

// TestIntroduceStudies: the sentence that introduces a study or a person
// by role moves to just before the first sentence pointing back at it;
// the lead gives way only when it points back itself.
func TestIntroduceStudies(t *testing.T) {
	for _, tt := range []struct {
		name  string
		texts []string
		want  []int
	}{
		{"body study", []string{
			"Brellin's ferries run late most winter mornings.",
			"Late crossings cost commuters an hour a week, the study found.",
			"Tarnwick harbour wants a second pier.",
			"A study published this spring timed 4,000 crossings over two years.",
		}, []int{0, 3, 1, 2}},
		{"lead study", []string{
			"According to the study, nine in ten crossings left late.",
			"Commuters lose an hour a week.",
			"Ferries in Brellin are the slowest in the region, a new study finds.",
		}, []int{2, 0, 1}},
		{"body report", []string{
			"A ferry captain was fined in Brellin on Monday.",
			"The report says he slept on the bridge.",
			"According to a harbour board report, the ferry ran aground at dawn.",
		}, []int{0, 2, 1}},
		{"body role", []string{
			"Ferries from Tarnwick were halted on Monday after a fire.",
			"Police said they had questioned the man twice since.",
			"A man with a lighter was seen on the car deck before the fire.",
		}, []int{0, 2, 1}},
	} {
		c := studyCluster(tt.texts...)
		picked := []int{0, 1, 2, 3}[:len(tt.texts)]
		c.introduceStudies(picked)
		if !slices.Equal(picked, tt.want) {
			t.Errorf("%s: order %v, want %v", tt.name, picked, tt.want)
		}
	}
}

// TestIntroduceStudiesKeeps: the order stands when an earlier sentence
// mentions research, when "the study" tells which study it is ("the
// study, published in ..."), when the later "a ... study" is another
// study ("a large health study from 2001"), when "a man" is a description
// ("was a man of few words") or an object ("the death of a man"), and
// when the sentence pointing back goes on from the lead in its article.
func TestIntroduceStudiesKeeps(t *testing.T) {
	for _, tt := range []struct {
		texts []string
		prev  int // the candidate whose article predecessor is 0, or -1
	}{
		{[]string{"Brellin's ferries are slow, new research shows.", "The study timed crossings.", "A study published in May timed 4,000 crossings."}, -1},
		{[]string{"Brellin's ferries are slow.", "Ilse Varga, an author of the study, published in a journal, timed them.", "A new study finds the ferries slow."}, -1},
		{[]string{"Brellin's ferries are slow.", "The study timed crossings.", "Riders joined a long-running sleep study from 2004."}, -1},
		{[]string{"Ferries from Tarnwick were halted.", "Police questioned the man on Tuesday.", "The pilot was a man of few words."}, -1},
		{[]string{"Ferries from Tarnwick were halted after a fire.", "Police questioned the man twice since.", "Riders recalled the fire and the death of a man at the pier."}, -1},
		{[]string{"Ferries from Tarnwick were halted after a fire.", "Police questioned the man twice since.", "A man in a red coat was seen near the fire."}, 1},
		{[]string{"Brellin's ferries are slow.", "The study timed crossings.", "A new study finds the ferries slow."}, 1},
	} {
		c := studyCluster(tt.texts...)
		if tt.prev >= 0 {
			c.cands[tt.prev].prevInDoc = 0
		}
		picked := []int{0, 1, 2}
		c.introduceStudies(picked)
		if want := []int{0, 1, 2}; !slices.Equal(picked, want) {
			t.Errorf("%q: order %v, want %v", tt.texts[1], picked, want)
		}
	}
}

// TestIntroduceStudyLead: an opening that points back at a study reads
// as its introduction; one that tells which study it is stays.
func TestIntroduceStudyLead(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"According to the study, nine in ten ferries left late.", "According to a study, nine in ten ferries left late."},
		{"In the new study, riders in Brellin were timed.", "In a new study, riders in Brellin were timed."},
		{"The study shows that ferries run late.", "A study shows that ferries run late."},
		{"The analysis found the piers too short.", "An analysis found the piers too short."},
		{"The study, published in a harbour journal, timed ferries.", "The study, published in a harbour journal, timed ferries."},
		{"The studio opened in Brellin.", "The studio opened in Brellin."},
		{"The latest poll shows the mayor ahead.", "The latest poll shows the mayor ahead."},
		{"The report is ninety pages long.", "The report is ninety pages long."},
		{"Riders say the study is wrong.", "Riders say the study is wrong."},
	} {
		sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
		introduceStudyLead(&sum)
		if got := sum.Sentences[0].Text; got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTheWords compares theWords with the expression it replaced, on
// invented sentences and every prefix of them.
func TestTheWords(t *testing.T) {
	re := regexp.MustCompile(`\bthe ([a-z]+)\b`)
	texts := []string{
		"the ferryman told the harbour board that the the tide rose",
		"bathe the dog; other them, the1 x, the_y the z_ the  q the",
		"(the pilot) “the crew” the-end the Mayor the éclair theme the pier.",
		"lathe the a the bb9 the cc",
	}
	for _, text := range texts {
		for end := 0; end <= len(text); end++ {
			s := text[:end]
			want := re.FindAllStringSubmatchIndex(s, -1)
			if got := theWords(s); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Errorf("theWords(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
