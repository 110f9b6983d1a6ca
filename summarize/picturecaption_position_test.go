package summarize

import "testing"

func TestPositionCaption(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		want bool
	}{
		{"from left colon", "From left: Anna Varga, Tomas Rell and Ilse Brask.", true},
		{"from left are", "From left are Anna Varga, Tomas Rell and Ilse Brask, at the pier.", true},
		{"from left after a noun", "Members of the Tarnwick harbour board from left, Anna Varga, Tomas Rell and Ilse Brask.", true},
		{"from left in brackets", "Anna Varga, Tomas Rell, (bottom, from left) Ilse Brask and Piet Rell.", true},
		{"from left with a scene verb", "From left: Anna Varga, 19, and Tomas Rell, 20, sat in the ferry terminal in Tarnwick after the sailings were cancelled.", true},
		{"at left set off", "Anna Varga, at left, with her brother and the harbour master at right.", true},
		{"at left is", "At left is the harbour master of Tarnwick.", true},
		{"picture at right", "The picture at right is from the ferry company's advert.", true},
		{"diagram at right", "The route is shown in the diagram at right.", true},
		{"left to right", `"The gust traveled from left to right across the pier," the forecaster said.`, false},
		{"left-back", "Tomas Rell, who was playing at left-back, was sent off in the second half.", false},
		{"right-wing", "Anna Varga wrote on right-wing blogs that the ferry plan had failed.", false},
		{"bracketed aside", "Anna Varga, 16, (at left) was found safe in Tarnwick three days later.", false},
		{"seen at left in", "Tomas Rell, seen at left in a police photo, was charged on Tuesday.", false},
		{"turned left", "The ferry turned left at the harbour mouth and ran aground.", false},
		{"the right to", "Residents of Tarnwick have the right to appeal the ferry plan.", false},
		{"left the", "Anna Varga left the harbour board in 2012.", false},
	} {
		if got := positionCaption(c.s); got != c.want {
			t.Errorf("%s: positionCaption(%q) = %v, want %v", c.name, c.s, got, c.want)
		}
	}
}
