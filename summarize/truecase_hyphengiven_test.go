package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaiseHyphenAfterName(t *testing.T) {
	tc := truecase.Default()
	tests := []struct {
		name, in, want string
	}{
		{"a double surname", "The ferry was steered by Marta quarrington-vell, the harbour said.", "The ferry was steered by Marta Quarrington-Vell, the harbour said."},
		{"a particle", "The envoy met Prime Minister Nadim al-zubrani on Tuesday.", "The envoy met Prime Minister Nadim al-Zubrani on Tuesday."},
		{"a possessive", "It was Marta quarrington-vell's boat.", "It was Marta Quarrington-Vell's boat."},
		{"a Korean given name", "The office of Kim dae-sok confirmed it.", "The office of Kim Dae-sok confirmed it."},
		{"a common part", "The Tarnwick well-known bakery closed.", "The Tarnwick well-known bakery closed."},
		{"a compound suffix", "He lives a Quarrington-ish life.", "He lives a Quarrington-ish life."},
		{"a chiming pair", "A Tarnwick fender-bender slowed traffic.", "A Tarnwick fender-bender slowed traffic."},
		{"a people's word", "A Russian quarrington-vell was seen.", "A Russian quarrington-vell was seen."},
		{"the first word", "Marta quarrington-vell sailed.", "Marta quarrington-vell sailed."},
		{"after a sentence's end", "It rained. Then quarrington-vell sailed.", "It rained. Then quarrington-vell sailed."},
		{"after a lower-case word", "The skipper quarrington-vell sailed.", "The skipper quarrington-vell sailed."},
		{"a letter without a vowel", "The Tarnwick cr-v stalled.", "The Tarnwick cr-v stalled."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseHyphenNamesAfter(tt.in, tc, false); got != tt.want {
				t.Errorf("raiseHyphenNamesAfter(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRaiseHyphenAfterNameArticle(t *testing.T) {
	tc := truecase.Default()
	tests := []struct {
		name, in, want string
	}{
		{"after a lower-case word", "The raid was claimed by al-zubrani fighters.", "The raid was claimed by al-Zubrani fighters."},
		{"an opening", "Al-zubrani fighters withdrew.", "Al-Zubrani fighters withdrew."},
		{"a common word after the article", "The al-based group left.", "The al-based group left."},
		{"a later capital already", "Al-Zubrani fighters withdrew.", "Al-Zubrani fighters withdrew."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseHyphenNamesAfter(tt.in, tc, true); got != tt.want {
				t.Errorf("raiseHyphenNamesAfter(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
