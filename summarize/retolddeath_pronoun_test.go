package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

// TestPronounDeathAt checks which sentences read as a death told with
// "he" or "she" for a name, on invented sentences.
func TestPronounDeathAt(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"She died of a stroke on Sunday at 81.", true},
		{"He has died, his family said.", true},
		{"She was pronounced dead at the harbour hospital.", true},
		{"He passed away at home.", true},
		{"She said he died on Sunday.", false},
		{"He found a dead gull on the pier.", false},
		{"They died on Sunday.", false},
		{"After she died, the ferry stopped.", false},
	}
	for _, tt := range tests {
		if got := pronounDeathAt(lex.LetterWords(tt.s, maxNameWords)) >= 0; got != tt.want {
			t.Errorf("pronounDeathAt(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestToldDeathName checks whose death a sentence tells, as its news or
// in a relative clause right after the name, on invented sentences.
func TestToldDeathName(t *testing.T) {
	tests := []struct{ s, want string }{
		{"anna varga has died", "anna varga"},
		{"anna varga who died on sunday at 81 is remembered for her ferry", "anna varga"},
		{"anna varga who ran the ferry for years has retired", ""},
		{"since anna varga died the ferry has stopped", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(toldDeathName(strings.Fields(tt.s)), " "); got != tt.want {
			t.Errorf("toldDeathName(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestRetoldPronounDeath checks that a death told again with a pronoun
// for the name leaves, and that one telling a cause of its own, or with
// another person named between, stays.
func TestRetoldPronounDeath(t *testing.T) {
	lead := "Anna Varga, who died of a stroke on Sunday at 81, ran the Tarnwick ferry for forty years."
	tests := []struct {
		name, between, other string
		want                 bool
	}{
		{"the death told again", "", "She died of a stroke on Monday at 81.", true},
		{"with a caption naming her between", "Anna Varga at the Tarnwick pier in 1990.", "She died of a stroke on Monday at 81.", true},
		{"a cause of its own", "", "She died of heart failure caused by the stroke.", false},
		{"much of its own", "", "She died at the Ostrel harbour hospital with her sons and nephews beside her, a priest said.", false},
		{"another person between", "Her brother, Piet Lorne, ran the Ostrel ferry.", "He died on Sunday at 81.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			texts := []string{lead}
			if tt.between != "" {
				texts = append(texts, tt.between)
			}
			texts = append(texts, tt.other)
			c := ledeCluster(t, texts...)
			var picked []int
			for i := range c.cands {
				picked = append(picked, c.cands[i].fact)
			}
			f := picked[len(picked)-1]
			if got := c.retoldPronounDeath(f, picked); got != tt.want {
				t.Errorf("retoldPronounDeath = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestHeSheOpening checks the cheap test of a sentence opening "he" or
// "she".
func TestHeSheOpening(t *testing.T) {
	for s, want := range map[string]bool{"She died.": true, " He has died.": true, "HE died.": true,
		"Shelley died.": false, "Helen died.": false, "The woman died.": false, "He": false} {
		if got := heSheOpening(s); got != want {
			t.Errorf("heSheOpening(%q) = %v, want %v", s, got, want)
		}
	}
}
