package summarize

import "testing"

func TestPresentScene(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		want bool
	}{
		{"indefinite subject", "A ferry hand checks the tickets of passengers boarding the boat.", true},
		{"a place after the verb", "Mayor Ilse Varga meets with harbour workers at the Velmora pier.", true},
		{"steps out", "Tomas Rell steps out of the courthouse in Oldbridge.", true},
		{"a weekday", "Jon Brask walks to his car after the hearing on Tuesday.", true},
		{"during an event", "Coach Ana Roe watches her team during the final against Velmora.", true},
		{"no sign of a picture", "Tomas Rell holds the record for the longest swim across the bay.", false},
		{"a figure", "Ilse Varga holds a 12 percent lead over Tomas Rell in Velmora.", false},
		{"news in the present", "Westvale Ferries recalls 2,000 life jackets sold in Tarnwick.", false},
		{"says", "Mayor Ilse Varga says the pier in Velmora will reopen.", false},
		{"a verb of a story", "Jon Brask steps into the role in Velmora that his father held.", false},
		{"steps down", "Tomas Rell steps down as the head of Velmora Ferries.", false},
		{"carries out", "The militia carries out most of its raids in North Velmora.", false},
		{"signs", "Governor Ilse Varga signs the ferry bill in Tarnwick on Monday.", false},
		{"schedule", "Mayor Ilse Varga speaks at the Velmora forum tonight.", false},
		{"a clause opening", "When Ilse Varga walks into the Velmora hall, the room goes quiet.", false},
		{"a comma in the subject", "Ilse Varga, the mayor, walks to the pier in Velmora.", false},
		{"a quotation", "Tomas Rell holds a sign reading \"save the pier\" in Velmora.", false},
		{"a noun read as the verb", "Westvale Ferries shops in Tarnwick are closing for the winter.", false},
		{"a comma after the verb", "A police boat approaches, the men wave at it, then it turns back.", false},
		{"a past form", "Ilse Varga walks past the pier she opened in Velmora.", false},
		{"a given name in -ly", "Kelly Brask performs at the harbour parade in Velmora.", true},
		{"an adverb opening", "Reportedly Brask performs at the harbour parade in Velmora.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := presentScene(c.s); got != c.want {
				t.Errorf("presentScene(%q) = %v, want %v", c.s, got, c.want)
			}
		})
	}
}

// TestMotionScene: a thing's scene verb (picturecaption_motion.go) reads
// as a caption's under presentScene's guards; a journey and a job do not.
func TestMotionScene(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		want bool
	}{
		{"tumbles", "A grey seal carcass tumbles in the surf at Tarnwick beach.", true},
		{"flies", "A gull flies over the burning pier in Brellin.", true},
		{"hangs", "A closed sign hangs outside the ferry shed in Tarnwick.", true},
		{"flies to", "Mayor Ilse Varga flies to Brellin on Monday.", false},
		{"hangs no sign of a picture", "The fate of the ferry hangs on the vote of the council.", false},
		{"works", "Anna Varga works at the harbour office in Tarnwick.", false},
		{"washes", "The bishop washes the feet of harbour workers in Velmora.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := presentScene(c.s); got != c.want {
				t.Errorf("presentScene(%q) = %v, want %v", c.s, got, c.want)
			}
		})
	}
}
