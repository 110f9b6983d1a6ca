package summarize

import "testing"

// TestPlaceThis: "this" and a description of a town-sized place is
// written as the dateline's place; a bare "this city", a province, a
// possessive, a phrase that says which, a quote and a sentence that
// names the place keep their words.
func TestPlaceThis(t *testing.T) {
	tests := []struct {
		name, s, place, want string
	}{
		{"described city", "A brewer in this medieval city had a plan.", "Velmora",
			"A brewer in the medieval city of Velmora had a plan."},
		{"sentence start", "This small lakeside town voted on Tuesday.", "Brellin",
			"The small lakeside town of Brellin voted on Tuesday."},
		{"comma after", "The clinic in this quiet suburb, a mile away, closed.", "Oakmere",
			"The clinic in the quiet suburb of Oakmere, a mile away, closed."},
		{"port city", "Blasts rocked this northern port city last week.", "Tarnwick",
			"Blasts rocked the northern port city of Tarnwick last week."},
		{"bare city", "The storm lashed this city on Friday.", "Velmora", "The storm lashed this city on Friday."},
		{"province", "Troops entered this eastern province on Monday.", "Velmora",
			"Troops entered this eastern province on Monday."},
		{"possessive", "Voters in this small city's east end met.", "Velmora", "Voters in this small city's east end met."},
		{"says which", "Crowds filled this small town of 4,000 people.", "Brellin",
			"Crowds filled this small town of 4,000 people."},
		{"function word", "Snow fell this week in the city.", "Velmora", "Snow fell this week in the city."},
		{"quoted", `"I love this little town," the mayor said.`, "Brellin", `"I love this little town," the mayor said.`},
		{"named already", "A brewer in this medieval city, Velmora, had a plan.", "Velmora",
			"A brewer in this medieval city, Velmora, had a plan."},
		{"no place", "A brewer in this medieval city had a plan.", "", "A brewer in this medieval city had a plan."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := placeThis(tt.s, tt.place); got != tt.want {
				t.Errorf("placeThis(%q, %q) = %q, want %q", tt.s, tt.place, got, tt.want)
			}
		})
	}
}
