package rouge

import (
	"slices"
	"testing"
)

// TestTokensStem checks that the exported Tokens and Stem give the tokens
// ROUGE scores: Tokens as the tokenizer without stemming or stopwords, and
// Stem of each as the -m tokens.
func TestTokensStem(t *testing.T) {
	for _, text := range []string{
		"U.S. well-known Co-op's $5,000!",
		"Said the children, running quickly to the ferries.",
		"",
	} {
		toks := Tokens(text)
		if want := tokensOf(text, false, false); !slices.Equal(toks, want) {
			t.Errorf("Tokens(%q) = %q, want %q", text, toks, want)
		}
		var stems []string
		for _, tok := range toks {
			stems = append(stems, Stem(tok))
		}
		if want := tokensOf(text, true, false); !slices.Equal(stems, want) {
			t.Errorf("Stem of Tokens(%q) = %q, want %q", text, stems, want)
		}
	}
}
