package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestIntroOf(t *testing.T) {
	tests := []struct {
		name, prev, noun, want string
	}{
		{"phrase ends before a stopword", "The study looked at a group of 40 harbour pilots in tarnwick.", "group",
			"a group of 40 harbour pilots"},
		{"phrase ends at a comma", "Police questioned a pair of fishermen, both from tarnwick.", "pair",
			"a pair of fishermen"},
		{"phrase ends the sentence", "The mayor met a team of divers.", "team", "a team of divers"},
		{"no phrase on of", "Police questioned a pair on the quay.", "pair", ""},
		{"of before a stopword", "They sent a team of the best divers.", "team", ""},
		{"phrase too long", "The study looked at a group of forty young healthy harbour pilots.", "group", ""},
		{"a name in the phrase", "The study looked at a group of Tarnwick pilots.", "group", ""},
		{"modifiers take the old path", "The study looked at a small group of pilots.", "group", "a small group"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := introWordsFor(tt.prev, tt.noun)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("introWordsFor(%q, %q) = %q, %v, want %q", tt.prev, tt.noun, got, ok, tt.want)
			}
		})
	}
}

func TestIntroduceDefinitesOf(t *testing.T) {
	prev := "The study looked at a group of 40 harbour pilots in tarnwick."
	lead := "Ferry pilots sleep badly, a study found."
	tests := []struct {
		name, body, want string
	}{
		{"irregular past after the noun", "The group spent a week on night shifts.",
			"A group of 40 harbour pilots spent a week on night shifts."},
		{"verb of saying", "The group said they slept less.", "A group of 40 harbour pilots said they slept less."},
		{"no verb after the noun", "The group leader spent a week at sea.", "The group leader spent a week at sea."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{cands: []candidate{
				{doc: 0, pos: 0, prevInDoc: -1, text: prev},
				{doc: 0, pos: 1, prevInDoc: 0, text: tt.body},
				{doc: 1, pos: 0, prevInDoc: -1, text: lead},
			}}
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: lead}, {Text: tt.body}}}
			c.introduceDefinites(&sum)
			if got := sum.Sentences[1].Text; got != tt.want {
				t.Errorf("introduceDefinites = %q, want %q", got, tt.want)
			}
		})
	}
}
