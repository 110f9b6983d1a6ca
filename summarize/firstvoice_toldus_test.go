package summarize

import "testing"

// TestCutToldUs checks which credits to the outlet are written without
// their hearer, and which sentences are left as they are.
func TestCutToldUs(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want string // "" when s is left as it is
	}{
		{"source tells us", "A source close to the band tells us the drummer was found on the bus.", "A source close to the band says the drummer was found on the bus."},
		{"our source", "Our source tells us varga knew the skipper was married.", "A source says varga knew the skipper was married."},
		{"according to our sources", "According to our sources, Anna Varga is sticking with her story.", "According to sources, Anna Varga is sticking with her story."},
		{"our insider", "The pier will close, our insider said.", "The pier will close, an insider said."},
		{"trailing credit", "The ferry was sold for $2 million, sources told us.", "The ferry was sold for $2 million, sources said."},
		{"quote after credit", "A harbour spokesman tells us, \"the pier is safe.\"", "A harbour spokesman says, \"the pier is safe.\""},
		{"said to us", "\"We will sail at dawn,\" the skipper said to us on the quay.", "\"We will sail at dawn,\" the skipper said on the quay."},
		{"adverb between", "Anna Varga previously told us the ferry was late.", "Anna Varga previously said the ferry was late."},
		{"sources tell us", "Sources close to the skipper tell us he was found in his car.", "Sources close to the skipper say he was found in his car."},
		{"one insider", "One insider tells us that Varga is spending most of her time in Tarnwick.", "One insider says that Varga is spending most of her time in Tarnwick."},
		{"can tell us", "Only the harbour board can tell us the ferry's fate.", ""},
		{"imperative tell", "Tell us the ferry's fate in the comments.", ""},
		{"and tell us", "Vote for the best ferry and tell us which you would take.", ""},
		{"our spy chief", "The speech was our spy chief's first.", ""},
		{"country upper", "Anna Varga told US officials the ferry was late.", ""},
		{"country lower", "Anna Varga told us officials the ferry was late.", ""},
		{"magazine", "The ferry was sold, a source told us weekly.", ""},
		{"told us to", "Anna Varga told us to leave the quay before the storm.", ""},
		{"told us all about", "She told us all about the crossing.", ""},
		{"tells us a story", "The film aims higher than telling us a story, and it tells us a story well.", ""},
		{"history tells us", "History tells us that harbour towns recover.", ""},
		{"episode probably", "The second episode probably tells us a lot about the show.", ""},
		{"still first person", "Most of us are not sailors, he tells us, and our boats show it.", ""},
		{"us inside quotes", "\"They told us to leave the quay,\" Anna Varga said.", ""},
		{"single quoted", "' they told us the quay was shut, ' Anna Varga said.", ""},
		{"odd marks", "They told us the quay was shut, \" Anna Varga said.", ""},
		{"no hearer", "Anna Varga told reporters the ferry will not run.", ""},
		{"our planet", "Our planet is warming faster than the harbour board thought.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantOK := tt.want, tt.want != ""
			if !wantOK {
				want = tt.s
			}
			if got, ok := cutToldUs(tt.s); got != want || ok != wantOK {
				t.Errorf("cutToldUs(%q) = %q, %v, want %q, %v", tt.s, got, ok, want, wantOK)
			}
		})
	}
}
