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
		{"no couple: the word before \"and\" ends a full name elsewhere",
			[]string{"Shares of Berg and Linda Harrow rose.", "Then Tom Berg spoke.", "Linda Harrow waved."},
			[]string{"Shares of Berg and Linda Harrow rose.", "Then Tom Berg spoke.", "Harrow waved."}},
		{"two full names joined by \"and\" stay whole",
			[]string{"Linda Harrow spoke.", "The duo of Jon Berg and Linda Harrow won."},
			[]string{"Linda Harrow spoke.", "The duo of Jon Berg and Linda Harrow won."}},
		{"a couple after a sentence's first word",
			[]string{"Then Jon and Linda Harrow sailed.", "Linda Harrow said the trip was long."},
			[]string{"Then Jon and Linda Harrow sailed.", "Linda Harrow said the trip was long."}},
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
		{"a role again with the name",
			[]string{"The mayor met prosecutor Donald Harrow on Monday.", "\"We will appeal,\" prosecutor Donald Harrow said.", "Prosecutor Donald Harrow left."},
			[]string{"The mayor met prosecutor Donald Harrow on Monday.", "\"We will appeal,\" Harrow said.", "Harrow left."}},
		{"a new role stays",
			[]string{"Donald Harrow won the vote.", "Ferry captain Donald Harrow waved."},
			[]string{"Donald Harrow won the vote.", "Ferry captain Harrow waved."}},
		{"a role after an article stays",
			[]string{"Prosecutor Donald Harrow spoke.", "Then the prosecutor Donald Harrow left."},
			[]string{"Prosecutor Donald Harrow spoke.", "Then the prosecutor Harrow left."}},
		{"a title before the role stays",
			[]string{"Prosecutor Donald Harrow spoke.", "The \"Harbor Watch\" prosecutor Donald Harrow left."},
			[]string{"Prosecutor Donald Harrow spoke.", "The \"Harbor Watch\" prosecutor Harrow left."}},
		{"a capitalised word before the name may be part of it",
			[]string{"Donald Harrow won the vote.", "Gazette Donald Harrow interview ran.", "Donald Harrow waved."},
			[]string{"Donald Harrow won the vote.", "Gazette Donald Harrow interview ran.", "Donald Harrow waved."}},
		{"a verb before the name stays",
			[]string{"The club may replace Donald Harrow soon.", "Talks to replace Donald Harrow stalled, said Donald Harrow."},
			[]string{"The club may replace Donald Harrow soon.", "Talks to replace Harrow stalled, said Harrow."}},
		{"a ship's name",
			[]string{"The USS Donald Harrow sailed.", "Crews of the Donald Harrow waved."},
			[]string{"The USS Donald Harrow sailed.", "Crews of the Donald Harrow waved."}},
		{"one role of two stays",
			[]string{"Lumen chairman Donald Harrow resigned.", "She sued its owner and chairman Donald Harrow."},
			[]string{"Lumen chairman Donald Harrow resigned.", "She sued its owner and chairman Harrow."}},
		{"a determiner before the name keeps it",
			[]string{"Donald Harrow won the vote.", "It was the real Donald Harrow this time."},
			[]string{"Donald Harrow won the vote.", "It was the real Donald Harrow this time."}},
		{"an acronym before the name",
			[]string{"Donald Harrow won the vote.", "Lumen CEO Donald Harrow waved."},
			[]string{"Donald Harrow won the vote.", "Lumen CEO Harrow waved."}},
		{"no given name on the list",
			[]string{"New York voted.", "New York counted."},
			[]string{"New York voted.", "New York counted."}},
	} {
		sum := chorus.Summary{}
		for _, s := range tc.in {
			sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
		}
		c := &cluster{cands: []candidate{{text: "Harrow said so."}, {text: "Voters backed Harrow's plan."}, {text: "York voted; York counted."}, {text: "The Gazette quoted the prosecutor."}}}
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
