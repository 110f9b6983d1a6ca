package summarize

import "testing"

// TestCutAmpersandSemicolon checks that a name's stray semicolon leaves
// and a short initialism reads in capitals, and that an ampersand between
// words or a real semicolon stays.
func TestCutAmpersandSemicolon(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"initialism", "The Tarnwick-based b&q; is best known for paint.", "The Tarnwick-based B&Q is best known for paint."},
		{"opening", "At&t; shares slipped 2 percent.", "AT&T shares slipped 2 percent."},
		{"possessive", "She ate m&m;'s on the ferry.", "She ate M&M's on the ferry."},
		{"plural", "The firm that owns m&ms; said no.", "The firm that owns M&Ms said no."},
		{"before a comma", "Anna Varga covers r&b;, jazz and folk.", "Anna Varga covers R&B, jazz and folk."},
		{"two", "The s&p; 500 and the q&a; session opened.", "The S&P 500 and the Q&A session opened."},
		{"long name", "A guide by harbour&hill; opened in May.", "A guide by harbour&hill opened in May."},
		{"spaced ampersand", "Varga & Sons; the mill closed.", "Varga & Sons; the mill closed."},
		{"no semicolon", "AT&T said it would appeal.", "AT&T said it would appeal."},
		{"glued word after", "The b&q;ferry left.", "The b&q;ferry left."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutAmpersandSemicolon(tc.s); got != tc.want {
				t.Errorf("cutAmpersandSemicolon(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
