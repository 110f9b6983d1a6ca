package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameBareGivens(t *testing.T) {
	src := []string{
		"heidi vantorre runs the ferry office in the harbour town.",
		"the ferry was late again, heidi vantorre said on tuesday.",
		"heidi said the engines had failed twice.",
	}
	tests := []nameRewriteCase{
		{"before a verb of saying", "", []string{"The ferry was late.", "Heidi said the engines failed."},
			[]string{"The ferry was late.", "Heidi Vantorre said the engines failed."}},
		{"after a verb of saying", "", []string{`"We are sorry," said Heidi.`},
			[]string{`"We are sorry," said Heidi Vantorre.`}},
		{"possessive", "", []string{"Heidi's office stayed shut."}, []string{"Heidi Vantorre's office stayed shut."}},
		{"later mentions left", "", []string{"Heidi said no.", "Heidi left."}, []string{"Heidi Vantorre said no.", "Heidi left."}},
		{"named in full already", "", []string{"Heidi Vantorre said no."}, []string{"Heidi Vantorre said no."}},
		{"named in full later", "", []string{"Heidi said no.", "Heidi Vantorre left."},
			[]string{"Heidi said no.", "Heidi Vantorre left."}},
		{"no person's place", "", []string{"The crew cheered for Heidi on deck."}, []string{"The crew cheered for Heidi on deck."}},
		{"inside a quotation", "", []string{`"Heidi said we should wait," a sailor recalled.`},
			[]string{`"Heidi said we should wait," a sailor recalled.`}},
		{"inside a single-quoted quotation", "", []string{"' Heidi wasn't wrong,' says a sailor."},
			[]string{"' Heidi wasn't wrong,' says a sailor."}},
		{"after a single-quoted quotation", "", []string{"'We aren't late,' Heidi said."},
			[]string{"'We aren't late,' Heidi Vantorre said."}},
		{"two surnames in the sources", "heidi brackwell, a pilot, said nothing.",
			[]string{"Heidi said no."}, []string{"Heidi said no."}},
		{"the given name as a surname", "the mayor thanked ludo heidi for the boat.",
			[]string{"Heidi said no."}, []string{"Heidi said no."}},
		{"the summary names the surname for another", "",
			[]string{"Mayor Vantorre closed the pier.", "Heidi said no."},
			[]string{"Mayor Vantorre closed the pier.", "Heidi said no."}},
		{"a title before the given name's word", "sen. rand heidi spoke.",
			[]string{"Heidi said no."}, []string{"Heidi said no."}},
		{"after a preposition", "", []string{"Cakes by Heidi would not sell."}, []string{"Cakes by Heidi would not sell."}},
		{"a relative's word", "", []string{"Her sister, Heidi, said no."}, []string{"Her sister, Heidi, said no."}},
		{"a parent's possessive", "", []string{"Heidi's daughter Wren sailed."}, []string{"Heidi Vantorre's daughter Wren sailed."}},
		{"a child's possessive", "", []string{"Heidi's aunt sailed."}, []string{"Heidi's aunt sailed."}},
		{"a longer name in the sources", "heidi vantorre quillam sailed home.",
			[]string{"Heidi said no."}, []string{"Heidi said no."}},
	}
	runNameCases(t, src, tests, func(c *cluster, sum *chorus.Summary) { c.nameBareGivens(sum, nil) })
}

func TestNameBareGivensOnce(t *testing.T) {
	c := &cluster{cands: []candidate{{text: "the pier reopened and heidi vantorre was pleased."}, {text: "heidi vantorre spoke."}}}
	sum := chorus.Summary{Words: 3, Sentences: []chorus.Sentence{{Text: "Heidi was pleased."}}}
	c.nameBareGivens(&sum, nil)
	if sum.Sentences[0].Text != "Heidi Vantorre was pleased." || sum.Words != 4 {
		t.Errorf("got %q, %d words", sum.Sentences[0].Text, sum.Words)
	}
}
