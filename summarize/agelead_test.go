package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameAgeLead(t *testing.T) {
	prevOne := "In a long interview, linda osei said she had left the ferry company."
	tests := []struct {
		name, prev, lead, want string
	}{
		{"noun with comma", prevOne, "The 44-year-old captain, once a pilot, said she would sail again.",
			"The 44-year-old captain Linda Osei, once a pilot, said she would sail again."},
		{"noun before verb", prevOne, "The 44-year-old captain says she is sorry.",
			"The 44-year-old captain Linda Osei says she is sorry."},
		{"no noun", prevOne, "The 44-year-old is a former harbour pilot who lost her licence.",
			"Linda Osei, 44, is a former harbour pilot who lost her licence."},
		{"no gender words", prevOne, "The 44-year-old is a former harbour pilot.",
			"Linda Osei, 44, is a former harbour pilot."},
		{"surname alone", "Osei is expected to speak at the hearing on monday.", "The 44-year-old captain says she is sorry.",
			"The 44-year-old captain Linda Osei says she is sorry."},
		{"surname alone, possessive", "Osei's lawyer is expected to speak at the hearing.", "The 44-year-old captain says she is sorry.",
			"The 44-year-old captain says she is sorry."},
		{"name in a quotation", `A crew member said "linda osei is the best we had."`, "The 44-year-old captain says she is sorry.",
			"The 44-year-old captain says she is sorry."},
		{"opening names her already", prevOne, "The 44-year-old captain says osei is sorry.",
			"The 44-year-old captain says osei is sorry."},
		{"a kin noun after the phrase", prevOne, "The 44-year-old captain says she and her husband are sorry.",
			"The 44-year-old captain Linda Osei says she and her husband are sorry."},
		{"two given names", "News came from mira linda osei, a pilot.", "The 44-year-old captain says she is sorry.",
			"The 44-year-old captain says she is sorry."},
		{"gender words mixed", prevOne, "The 44-year-old captain says he and she are sorry.",
			"The 44-year-old captain says he and she are sorry."},
		{"adverb after the noun", prevOne, "The 44-year-old captain reportedly said she is sorry.",
			"The 44-year-old captain reportedly said she is sorry."},
		{"gender words disagree", prevOne, "The 44-year-old captain says he is sorry.",
			"The 44-year-old captain says he is sorry."},
		{"possessive name", "News of linda osei's exit came as the company lost another pilot, ilvo dreska.",
			"The 44-year-old captain says she is sorry.", "The 44-year-old captain says she is sorry."},
		{"two people", "Linda osei and david varga left the ferry company.",
			"The 44-year-old captain says she is sorry.", "The 44-year-old captain says she is sorry."},
		{"of after the noun", prevOne, "The 44-year-old daughter of two pilots says she is sorry.",
			"The 44-year-old daughter of two pilots says she is sorry."},
		{"no age lead", prevOne, "The captain says she is sorry.", "The captain says she is sorry."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{cands: []candidate{
				{doc: 0, pos: 0, prevInDoc: -1, text: tt.prev},
				{doc: 0, pos: 1, prevInDoc: 0, text: tt.lead},
				{doc: 1, pos: 0, prevInDoc: -1, text: "Linda osei said the ferry was late."},
				{doc: 1, pos: 1, prevInDoc: 0, text: "David varga said the pier was unsafe."},
			}}
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.lead}}, Words: countWords(tt.lead)}
			c.nameAgeLead(&sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("nameAgeLead = %q, want %q", got, tt.want)
			}
			if sum.Words != countWords(tt.want) {
				t.Errorf("Words = %d, want %d", sum.Words, countWords(tt.want))
			}
		})
	}
}
