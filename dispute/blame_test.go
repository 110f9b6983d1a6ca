package dispute

import (
	"testing"

	"github.com/chorusnews/chorus/voices"
)

// TestDeniesResponsibility checks which objects deny the denier's
// responsibility.
func TestDeniesResponsibility(t *testing.T) {
	tests := []struct {
		obj  string
		want bool
	}{
		{"any involvement in the poisoning", true},
		{"responsibility for the deaths", true},
		{"any role in the attack", true},
		{"the allegations", false},
		{"that the ferry was overloaded", false},
	}
	for _, tt := range tests {
		if got := deniesResponsibility(words(tt.obj)); got != tt.want {
			t.Errorf("deniesResponsibility(%q) = %v, want %v", tt.obj, got, tt.want)
		}
	}
}

// TestBlames checks the claims that put the blame on a denier.
func TestBlames(t *testing.T) {
	tests := []struct {
		name, claim, who string
		want             bool
	}{
		{"blamed by name", "The Velmish government blamed Vostok for the poisoning.", "Vostok", true},
		{"people of a country", "The Velmish government blamed Vostok for the poisoning.", "Vostokian authorities", true},
		{"capital", "The new government accuses Moscow of orchestrating the unrest.", "Russia", true},
		{"seat of power", "Officials believe the Kremlin was behind the attack.", "Russian officials", true},
		{"responsible", "A village elder said separatist gunmen were responsible.", "A separatist spokesman", true},
		{"not responsible", "Police said separatist militias were not responsible.", "A separatist spokesman", false},
		{"someone else", "The Velmish government blamed Vostok for the poisoning.", "Kestria", false},
		{"far from the name", "Vostok said on Monday that after a long inquiry in the north of the country the floods were to blame.", "Vostok", false},
		{"a rebuttal", "Vostok rejected claims that it was behind the attack.", "Vostok", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := blamesIn(words(tt.claim), tt.who); got != tt.want {
				t.Errorf("blamesIn(%q, %q) = %v, want %v", tt.claim, tt.who, got, tt.want)
			}
		})
	}
}

// TestRelativeDenier checks the denier of a denial told in a relative
// clause ("Danner, who denies all charges, ...").
func TestRelativeDenier(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"name", "Danner, who denies all charges, told the court he had never met them.", "Danner"},
		{"age", "Piet Danner, 52, who has denied the charges, declined to speak.", "Piet Danner"},
		{"clause", "The officer called the clerk, who denied the account, the county office said.", ""},
		{"verb", "The mayor derided Lind, who has disputed the account.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentenceOf(tt.s)
			v := denyAt(s.words)
			if v < 0 {
				t.Fatalf("no denial read in %q", tt.s)
			}
			if got, _ := subjectOf(s, v); got != tt.want {
				t.Errorf("subjectOf(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

// TestContractedNot checks that a denial under a contracted "not" is none,
// and that "deny" after a plural subject is one.
func TestContractedNot(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The lawyer didn't deny the report.", false},
		{"Officials can't dispute the figures.", false},
		{"The country's officials deny any involvement.", true},
		{"The company refused to deny the report.", false},
	}
	for _, tt := range tests {
		if got := denyAt(words(tt.s)) >= 0; got != tt.want {
			t.Errorf("denyAt(%q) found a denial: %v, want %v", tt.s, got, tt.want)
		}
	}
}

// sentenceOf returns s as the only sentence of a one-source cluster.
func sentenceOf(s string) sentence {
	docs := []voices.Doc{{Source: 1, Sentences: []string{s}}}
	c := &cache{docs: docs, terms: map[int][]uint64{}, junk: map[int]bool{}, speakers: map[int]map[int]string{}, shown: map[string]string{}}
	low, orig := tokens(s)
	return sentence{text: s, words: low, orig: orig, c: c}
}
