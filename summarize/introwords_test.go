package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestIntroduceDefinites(t *testing.T) {
	prevOne := "The ferry line was shut on tuesday, a senior harbour official confirmed."
	body := "The official said repairs would take a month."
	tests := []struct {
		name, prev, lead, body, want string
	}{
		{"introduced with modifiers", prevOne, "Storms lashed the coast of velmora overnight.", body,
			"A senior harbour official said repairs would take a month."},
		{"summary names the official", prevOne, "A harbour official closed the ferry line.", body, body},
		{"article alone", "The ferry line was shut, an official confirmed.", "Storms lashed the coast of velmora overnight.", body, body},
		{"two mentions", "A senior harbour official and another official spoke.", "Storms lashed the coast of velmora overnight.", body, body},
		{"plural", "Two senior harbour officials confirmed the closure.", "Storms lashed the coast of velmora overnight.", body, body},
		{"no verb after the noun", prevOne, "Storms lashed the coast of velmora overnight.",
			"The official website went dark.", "The official website went dark."},
		{"stem told before", "Tarn holdings made a generous cash offer on friday.", "Tarn holdings offered to buy the ferry line.",
			"The offer values the line at 40 million.", "The offer values the line at 40 million."},
		{"pronoun stands for the man", "Police found a local man near the pier.", "Ivo brandt fled, and he was later found.",
			"The man was taken to hospital.", "The man was taken to hospital."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{cands: []candidate{
				{doc: 0, pos: 0, prevInDoc: -1, text: tt.prev},
				{doc: 0, pos: 1, prevInDoc: 0, text: tt.body},
				{doc: 1, pos: 0, prevInDoc: -1, text: tt.lead},
			}}
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.lead}, {Text: tt.body}}}
			sum.Words = countWords(tt.lead) + countWords(tt.body)
			c.introduceDefinites(&sum)
			if got := sum.Sentences[1].Text; got != tt.want {
				t.Errorf("introduceDefinites = %q, want %q", got, tt.want)
			}
			if want := countWords(tt.lead) + countWords(tt.want); sum.Words != want {
				t.Errorf("Words = %d, want %d", sum.Words, want)
			}
		})
	}
}

func TestIntroWordsFor(t *testing.T) {
	tests := []struct {
		prev, noun, want string
	}{
		{"A new report from the velmora institute found rising rents.", "report", "a new report"},
		{"Rents rose, according to an annual housing report.", "report", "an annual housing report"},
		{"The mayor's report found rising rents.", "report", ""},
		{"A report found rising rents.", "report", ""},
		{"A widely read report found rising rents.", "report", "a widely read report"},
		{"In a year of storms, the report found rising rents.", "report", ""},
		{"A new report's authors found rising rents.", "report", ""},
	}
	for _, tt := range tests {
		got, ok := introWordsFor(tt.prev, tt.noun)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("introWordsFor(%q, %q) = %q, %v, want %q", tt.prev, tt.noun, got, ok, tt.want)
		}
	}
}
