package summarize

import "testing"

// TestFragmentPieces: the pieces markClausePieces adds to the clause
// pieces (clausetime.go, clausehead.go, notthat.go, fusedword.go), and
// whole sentences of the same openings that stay.
func TestFragmentPieces(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		s    string
		want bool
	}{
		{"time and when", timeClausePiece, "In 2031, when she ran as the harbour board's candidate for mayor.", true},
		{"weekday and as", timeClausePiece, "On Sunday, as the ferry was leaving the pier with forty riders aboard.", true},
		{"pronoun after saying", timeClausePiece, "On Monday, when the crew answered a call saying there was smoke in the mill.", true},
		{"main clause after comma", timeClausePiece, "On Monday, when the crew arrived, the mill was burning.", false},
		{"main clause without comma", timeClausePiece, "On Monday, when the crew arrived they found the mill burning.", false},
		{"no time", timeClausePiece, "In fact, as the two met often so did their dogs.", false},
		{"no subordinator", timeClausePiece, "On Monday, the crew arrived at the mill.", false},

		{"preposition head", relativePiece, "For the Tarn library, which stood on this corner from 1921 to 2004.", true},
		{"list item", relativePiece, "Coastal trains 41 and 42, which run from Tarnwick to Velm.", true},
		{"list item, state written short", relativePiece, "Coastal train 43, which runs between Tarnwick and Oxby, N.C.", true},
		{"cut at an abbreviation, left to the splitter", relativePiece, "Ola Brenn, who was named head of Tarnwick Inc.", false},
		{"verb before the comma", relativePiece, "Police arrested 3, who were driving a stolen van.", false},
		{"sentence with a verb", relativePiece, "The guard called the crew, who came at once.", false},
		{"clause goes on", relativePiece, "Coastal trains 41 and 42, which run from Tarnwick, will stop at Velm.", false},
		{"name head, whole clause", relativePiece, "Ola Brenn, who was named head of the mill last year.", false},

		{"not that aside", notThatAside, "Not that anyone asked.", true},
		{"not that name", notThatAside, "Not that Velm ever cared much for ferries.", true},
		{"not that, but", notThatAside, "Not that anyone expected it, but the mill closed on Friday.", false},
		{"degree", notThatAside, "Not that long ago the pier was full of boats.", false},
		{"not that many", notThatAside, "Not that many riders took the late ferry.", false},

		{"title lost", fusedPreposition, "The band played the theme fromas the bishop stepped off the boat.", true},
		{"name lost", fusedPreposition, "Her divorce fromis final, the ferryman said.", true},
		{"two prepositions", fusedPreposition, "She earns more thanin the spring.", false},
		{"known word", fusedPreposition, "She walked onto the pier within minutes.", false},
		{"capitalised", fusedPreposition, "Inan Velm spoke to the crew.", false},
		{"in brackets", fusedPreposition, "The harbour tower observatory ( ofas ) opened.", false},
	}
	for _, tt := range tests {
		if got := tt.f(tt.s); got != tt.want {
			t.Errorf("%s: %q: got %v, want %v", tt.name, tt.s, got, tt.want)
		}
	}
}

// TestNameBareInfinitive: a verb after "tends to" is not written as the
// full name the cluster's "anna talk" suggests; a surname after "to" and
// a noun is.
func TestNameBareInfinitive(t *testing.T) {
	index := map[string]string{"talk": "Anna Talk"}
	given := map[string]map[string]bool{"talk": {"anna": true}}
	if got, ok := nameBare("A crew who tends to talk off the cuff sailed on Monday.", index, given, nil, nil, "", false); ok {
		t.Errorf("nameBare rewrote an infinitive: %q", got)
	}
	if got, ok := nameBare("The crew gave the ferry to talk on Monday.", index, given, nil, nil, "", false); !ok {
		t.Errorf("nameBare left a surname after a noun and to: %q", got)
	}
}
