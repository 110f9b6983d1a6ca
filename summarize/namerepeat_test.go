package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestShortenRepeatedNames(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []string
		want []string
	}{
		{"later mentions by surname",
			[]string{"Donald Harrow won the vote in Tarnwick.", "Donald Harrow's rival conceded.", "President Donald Harrow thanked voters."},
			[]string{"Donald Harrow won the vote in Tarnwick.", "Harrow's rival conceded.", "President Harrow thanked voters."}},
		{"two people share the surname",
			[]string{"Donald Harrow won the vote.", "Donald Harrow and Melania Harrow waved."},
			[]string{"Donald Harrow won the vote.", "Donald Harrow and Melania Harrow waved."}},
		{"two given names",
			[]string{"Donald Harrow won the vote.", "His son Michael Harrow spoke.", "Donald Harrow waved."},
			[]string{"Donald Harrow won the vote.", "His son Michael Harrow spoke.", "Donald Harrow waved."}},
		{"a middle name",
			[]string{"Michael Scott Harrow was freed.", "Michael Scott Harrow thanked his family."},
			[]string{"Michael Scott Harrow was freed.", "Michael Scott Harrow thanked his family."}},
		{"a couple",
			[]string{"Jon and Linda Harrow sailed.", "Linda Harrow said the trip was long."},
			[]string{"Jon and Linda Harrow sailed.", "Linda Harrow said the trip was long."}},
		{"a suffix makes another person",
			[]string{"Donald Harrow won the vote.", "Donald Harrow Jr. spoke."},
			[]string{"Donald Harrow won the vote.", "Donald Harrow Jr. spoke."}},
		{"quotations stay as written",
			[]string{"Donald Harrow won the vote.", "\"Donald Harrow is a fighter,\" an aide said."},
			[]string{"Donald Harrow won the vote.", "\"Donald Harrow is a fighter,\" an aide said."}},
		{"the first sentence keeps the full name",
			[]string{"Harrow spoke first.", "Donald Harrow won the vote.", "Donald Harrow waved."},
			[]string{"Harrow spoke first.", "Donald Harrow won the vote.", "Harrow waved."}},
		{"a name the sources never use alone",
			[]string{"Marie Lowther reopened.", "Marie Lowther sold out."},
			[]string{"Marie Lowther reopened.", "Marie Lowther sold out."}},
		{"no given name on the list",
			[]string{"New York voted.", "New York counted."},
			[]string{"New York voted.", "New York counted."}},
	} {
		sum := chorus.Summary{}
		for _, s := range tc.in {
			sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
		}
		c := &cluster{cands: []candidate{{text: "Harrow said so."}, {text: "Voters backed Harrow's plan."}, {text: "York voted; York counted."}}}
		for _, s := range tc.in {
			c.cands = append(c.cands, candidate{text: s})
		}
		c.shortenRepeatedNames(&sum)
		for i, s := range sum.Sentences {
			if s.Text != tc.want[i] {
				t.Errorf("%s: sentence %d = %q, want %q", tc.name, i, s.Text, tc.want[i])
			}
		}
	}
}
