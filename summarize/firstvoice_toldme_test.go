package summarize

import "testing"

// TestCutToldMe checks which credits to the writer are written without
// their hearer, and which sentences are left as they are.
func TestCutToldMe(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want string // "" when s is left as it is
	}{
		{"insider tells me", "\"The pier will reopen in May,\" a harbour insider tells me.", "\"The pier will reopen in May,\" a harbour insider says."},
		{"spaced marks", "\" the pier will reopen in may, \" a harbour insider tells me.", "\" the pier will reopen in may, \" a harbour insider says."},
		{"told me plain", "A ferry spokesman told me the strike rumours are false.", "A ferry spokesman said the strike rumours are false."},
		{"possessive apostrophe", "A ferry spokesman told me the skippers ' claims are false.", "A ferry spokesman said the skippers ' claims are false."},
		{"told me recently that", "Anna Varga told me recently that the ferry had \"no future\" in Tarnwick.", "Anna Varga said recently that the ferry had \"no future\" in Tarnwick."},
		{"said to me", "\"We will sail at dawn,\" the skipper said to me on the quay.", "\"We will sail at dawn,\" the skipper said on the quay."},
		{"confirmed to me", "The harbour board confirmed to me that the ferry will not run.", "The harbour board confirmed that the ferry will not run."},
		{"quoted first person", "\"When I bought the ferry, no one cared,\" he told me.", "\"When I bought the ferry, no one cared,\" he said."},
		{"told me to", "Anna Varga told me to leave the quay before the storm.", ""},
		{"told me about", "Anna Varga told me about the ferry's last crossing.", ""},
		{"another first person", "Anna Varga told me the ferry is finished, and I believe her.", ""},
		{"me inside quotes", "\"He told me to leave the quay,\" Anna Varga said.", ""},
		{"single quoted speech", "' he told me the quay was shut, ' Anna Varga said.", ""},
		{"odd marks", "He told me the quay was shut, \" Anna Varga said.", ""},
		{"me as object", "The ferry nearly hit me, said Anna Varga of Tarnwick.", ""},
		{"no first person", "Anna Varga told reporters the ferry will not run.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantOK := tt.want, tt.want != ""
			if !wantOK {
				want = tt.s
			}
			if got, ok := cutToldMe(tt.s); got != want || ok != wantOK {
				t.Errorf("cutToldMe(%q) = %q, %v, want %q, %v", tt.s, got, ok, want, wantOK)
			}
		})
	}
}

// TestMarkToldMe checks that markToldMe leaves out a credit to the writer
// the summary cannot write without "me", and keeps the rest.
func TestMarkToldMe(t *testing.T) {
	c := &cluster{cands: []candidate{
		{text: "A ferry spokesman told me to ask the harbour board about the strike.", pos: 2},
		{text: "A ferry spokesman told me the strike rumours are false.", pos: 3},
		{text: "The Tarnwick ferry will run on monday, its owner said.", pos: 0},
	}}
	for i := range c.cands {
		c.cands[i].flags = sentenceFlags(c.cands[i].text)
	}
	c.markToldMe()
	for i, want := range []bool{true, false, false} {
		if got := c.cands[i].flags&flagNarrator != 0; got != want {
			t.Errorf("%q flagged %v, want %v", c.cands[i].text, got, want)
		}
	}
}
