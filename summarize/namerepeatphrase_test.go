package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestShortenRepeatedRolePhrases(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []string
		want []string
	}{
		{"a role told again goes with the given name",
			[]string{"Television chef Donald Harrow angered fans.", "Famed British chef Donald Harrow apologized."},
			[]string{"Television chef Donald Harrow angered fans.", "Harrow apologized."}},
		{"after a quotation's comma",
			[]string{"State party chairwoman Donald Harrow spoke.", `"We won," Tarnwick party chairwoman Donald Harrow said.`},
			[]string{"State party chairwoman Donald Harrow spoke.", `"We won," Harrow said.`}},
		{"after a preposition, with its article",
			[]string{"Donald Harrow, the ferry captain, spoke.", "Fares rose after talks with the captain Donald Harrow."},
			[]string{"Donald Harrow, the ferry captain, spoke.", "Fares rose after talks with Harrow."}},
		{"a surname the sources never use alone keeps the given name",
			[]string{"Television chef Marie Lowther angered fans.", "Famed chef Marie Lowther apologized."},
			[]string{"Television chef Marie Lowther angered fans.", "Marie Lowther apologized."}},
		{"a new role stays",
			[]string{"Former judge Donald Harrow won.", "Senate nominee Donald Harrow spoke."},
			[]string{"Former judge Donald Harrow won.", "Senate nominee Harrow spoke."}},
		{"a title stays",
			[]string{"Mayor Donald Harrow won.", "Tarnwick Mayor Donald Harrow spoke."},
			[]string{"Mayor Donald Harrow won.", "Tarnwick Mayor Harrow spoke."}},
		{"a verb before the role stays",
			[]string{"Lumen owner Donald Harrow spoke.", "Critics serenaded owner Donald Harrow."},
			[]string{"Lumen owner Donald Harrow spoke.", "Critics serenaded owner Harrow."}},
		{"a relative's role stays",
			[]string{"Lumen owner Donald Harrow spoke.", "She met her husband Donald Harrow."},
			[]string{"Lumen owner Donald Harrow spoke.", "She met her husband Harrow."}},
		{"two of the name in the sentence",
			[]string{"Reporter Donald Harrow wrote.", "Harrow, 38, is the son of reporter Donald Harrow."},
			[]string{"Reporter Donald Harrow wrote.", "Harrow, 38, is the son of reporter Harrow."}},
		{"a party is no part of the name",
			[]string{"Republican Donald Harrow won.", "Donald Harrow thanked voters."},
			[]string{"Republican Donald Harrow won.", "Harrow thanked voters."}},
		{"a verb after to stays",
			[]string{"FBI director Donald Harrow spoke.", "The mayor chose to fire director Donald Harrow."},
			[]string{"FBI director Donald Harrow spoke.", "The mayor chose to fire director Harrow."}},
		{"a party before a later full name keeps it",
			[]string{"Donald Harrow won.", "Republican Donald Harrow and Democrat Ada Brenn met."},
			[]string{"Donald Harrow won.", "Republican Donald Harrow and Democrat Ada Brenn met."}},
		{"a form of address stays",
			[]string{"Sir Donald Harrow won.", "She met sir Donald Harrow."},
			[]string{"Sir Donald Harrow won.", "She met sir Donald Harrow."}},
		{"no role at the first mention",
			[]string{"Donald Harrow won the vote.", "Ferry captain Donald Harrow waved."},
			[]string{"Donald Harrow won the vote.", "Ferry captain Harrow waved."}},
	} {
		sum := chorus.Summary{}
		for _, s := range tc.in {
			sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
		}
		c := &cluster{cands: []candidate{{text: "Harrow said so."}, {text: "Voters backed Harrow's plan."}}}
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
