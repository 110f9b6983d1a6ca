package summarize

import "testing"

func TestRaiseInitialNamesIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"initial between names", "Robert s. Davidson built the statue.", "Robert S. Davidson built the statue."},
		{"surname after initial", "Judge Anna K. varga ruled on Monday.", "Judge Anna K. Varga ruled on Monday."},
		{"possessive surname", "It was Anna K. varga's ruling.", "It was Anna K. Varga's ruling."},
		{"both in one text", "Anna K. varga and Ben t. Holt met.", "Anna K. Varga and Ben T. Holt met."},
		{"versus", "The case, Kimble v. Marvel, went on.", "The case, Kimble v. Marvel, went on."},
		{"stopword after initial", "The John D. and Anna T. Holt fund.", "The John D. and Anna T. Holt fund."},
		{"a given name that is a word", "Pearl K. varga wrote it.", "Pearl K. Varga wrote it."},
		{"a common word before the initial", "They took Plan B. officials said so.", "They took Plan B. officials said so."},
		{"stopword before initial", "It was The K. varga way.", "It was The K. varga way."},
		{"a sentence run in", "They met in Tarnwick a. The next day they left.", "They met in Tarnwick a. The next day they left."},
		{"a user's name", `Anna K. wrote: "no."`, `Anna K. wrote: "no."`},
		{"already cased", "Anna K. Varga ruled.", "Anna K. Varga ruled."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseInitialNamesIn(tt.in); got != tt.want {
				t.Errorf("raiseInitialNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
