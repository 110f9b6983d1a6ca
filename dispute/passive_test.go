package dispute

import (
	"testing"

	"github.com/chorusnews/chorus/voices"
)

// TestPassiveDenial checks which passive sentences are read as a denial
// of a claim, and who denies it.
func TestPassiveDenial(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
		who       string // "" for no dispute
		claim     string
	}{
		{"points back with this", []string{
			"Rights groups said last year that hundreds of students had been held without charge in the north.",
			"This was denied by the interior ministry.",
		}, "the interior ministry", "Rights groups said last year that hundreds of students had been held without charge in the north."},
		{"claim noun after a possessive", []string{
			"Pell told reporters that the minister had walked out of the talks in anger.",
			"Pell's account was disputed by the minister's aides.",
		}, "the minister's aides", "Pell told reporters that the minister had walked out of the talks in anger."},
		{"subject states the claim", []string{
			"Rumours that the striker would join a rival club next season have been flatly denied by his agent.",
		}, "his agent", "Rumours that the striker would join a rival club next season …"},
		{"closing relative clause", []string{
			"The defence said the driver had been blinded by the sun, which was disputed by two witnesses.",
		}, "Two witnesses", "The defence said the driver had been blinded by the sun …"},
		{"a proposal rejected", []string{
			"The mayor said the city would build a new bridge.",
			"This was rejected by the council.",
		}, "", ""},
		{"a request refused", []string{
			"Her request for bail was denied by the magistrate on Friday.",
		}, "", ""},
		{"a ruling", []string{
			"The union claimed the dismissals broke the contract.",
			"That claim was rejected by the court.",
		}, "", ""},
		{"claim before is no claim", []string{
			"The bridge was closed for repairs in May.",
			"This was denied by the ministry.",
		}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find([]voices.Doc{{Source: 1, Sentences: tt.sentences}})
			if tt.who == "" {
				if len(got) != 0 {
					t.Fatalf("got %+v, want no dispute", got)
				}
				return
			}
			if len(got) != 1 || len(got[0].Claims) != 2 {
				t.Fatalf("got %+v, want one denial", got)
			}
			if got[0].Topic != deniedBy(tt.who) || got[0].Claims[1].Speaker != tt.who || got[0].Claims[0].Text != tt.claim {
				t.Errorf("got %q by %q beside %q, want %q beside %q", got[0].Topic, got[0].Claims[1].Speaker, got[0].Claims[0].Text, tt.who, tt.claim)
			}
		})
	}
}
