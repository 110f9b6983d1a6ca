package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestIntroduceLeadDefinite(t *testing.T) {
	prevMan := "A local man went missing near the quarry on friday."
	tests := []struct {
		name, prev, lead, want string
	}{
		{"bare article", prevMan, "Police later found the man in a shed.", "Police later found a local man in a shed."},
		{"opening the", "Rents rose, according to an annual housing report.", "The report blamed short lets in ostrava.",
			"An annual housing report blamed short lets in ostrava."},
		{"bare a in a lead", "The ferry was stopped by a ranger.", "The ranger said no permit was shown.",
			"A ranger said no permit was shown."},
		{"two mentions", "A man and another man went missing.", "Police later found the man in a shed.",
			"Police later found the man in a shed."},
		{"noun goes on", "A police officer stopped the van.", "Then the police searched it.", "Then the police searched it."},
		{"phrase says which, the next one is rewritten", prevMan, "The mother of the man spoke.", "The mother of a local man spoke."},
		{"idiom", "They drove a long way south.", "They walked all the way home.", "They walked all the way home."},
		{"inside a quotation", prevMan, "\"We found the man,\" police said.", "\"We found the man,\" police said."},
		{"no previous sentence", "", "Police later found the man in a shed.", "Police later found the man in a shed."},
		{"possessive", "Firefighters rescued a visiting couple who drove into the harbour.", "Officials say the couple's car sank off the pier.",
			"Officials say a visiting couple's car sank off the pier."},
		{"possessive, two mentions", "A couple and another couple drove into the harbour.", "Officials say the couple's car sank.",
			"Officials say the couple's car sank."},
		{"possessive of a name", prevMan, "Police searched the Tarnwick's hold.", "Police searched the Tarnwick's hold."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{docs: []document{{}}, cands: []candidate{{doc: 0, pos: 1, prevInDoc: -1, text: tt.lead}}}
			if tt.prev != "" {
				c.cands = append(c.cands, candidate{doc: 0, pos: 0, prevInDoc: -1, text: tt.prev})
				c.cands[0].prevInDoc = 1
			}
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.lead}}, Words: countWords(tt.lead)}
			c.introduceLeadDefinite(&sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("introduceLeadDefinite = %q, want %q", got, tt.want)
			}
			if sum.Words != countWords(tt.want) {
				t.Errorf("Words = %d, want %d", sum.Words, countWords(tt.want))
			}
		})
	}
}

func TestIntroduceBodyDefinites(t *testing.T) {
	lead := "Storms closed the port of velmora on monday."
	tests := []struct {
		name, prev, body, want string
	}{
		{"introduced with modifiers", "Rents rose, according to an annual housing report.", "Tenants disputed the report on friday.",
			"Tenants disputed an annual housing report on friday."},
		{"bare a", "The ferry was stopped by a ranger.", "Later the ranger said no permit was shown.",
			"Later the ranger said no permit was shown."},
		{"named above", "The port was shut after a violent storm.", "Crews said the storm had passed.", "Crews said the storm had passed."},
		{"X modifies the next noun", "He drove at an unsafe speed.", "He ignored the speed limit there.", "He ignored the speed limit there."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{docs: []document{{}, {}}, cands: []candidate{
				{doc: 0, pos: 0, prevInDoc: -1, text: lead},
				{doc: 1, pos: 0, prevInDoc: -1, text: tt.prev},
				{doc: 1, pos: 1, prevInDoc: 1, text: tt.body},
			}}
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: lead}, {Text: tt.body}}}
			sum.Words = countWords(lead) + countWords(tt.body)
			c.introduceBodyDefinites(&sum)
			if got := sum.Sentences[1].Text; got != tt.want {
				t.Errorf("introduceBodyDefinites = %q, want %q", got, tt.want)
			}
			if want := countWords(lead) + countWords(tt.want); sum.Words != want {
				t.Errorf("Words = %d, want %d", sum.Words, want)
			}
		})
	}
}
