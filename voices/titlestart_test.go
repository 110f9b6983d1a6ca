package voices

import "testing"

// TestRoleOfTitleStart checks where a title before a name starts in
// lower-cased text (titlestart.go) and the job words of words.txt.
func TestRoleOfTitleStart(t *testing.T) {
	for _, tc := range []struct {
		name, sentence, person, role string
	}{
		{"a verb after a modal is no title", "the new year will greet mayor tomas reyland with a deficit.", "Tomas Reyland", "mayor"},
		{"a verb after a negation is no title", "i don't trust governor ilse varga on taxes.", "Ilse Varga", "governor"},
		{"an organisation's name the title began in", "the plan was backed by united harbours president ada brenn.",
			"Ada Brenn", "united harbours president"},
		{"a title word inside the title", "the budget committee ranking member ilse varga said no.",
			"Ilse Varga", "budget committee ranking member"},
		{"no role word after the courtesy title", "the spill caused lasting harm dr ilse varga said.", "Ilse Varga", ""},
		{"a role word after the courtesy title", "the marine geologist dr ilse varga said the shelf had moved.",
			"Ilse Varga", "marine geologist"},
		{"a run past the longest title keeps its role words", "plans of the tarnwick ferry board bridge works former deputy mayor tomas reyland were cut.",
			"Tomas Reyland", "former deputy mayor"},
		{"a job before the name", "the song was written by rapper tomas reyland.", "Tomas Reyland", "rapper"},
		{"a job in apposition", "ilse varga, a publicist for the band, said the tour was off.", "Ilse Varga", "a publicist for the band"},
		{"a cased title stays as written", "The deal was signed by Velmora Harbour Authority chief Ada Brenn.",
			"Ada Brenn", "Velmora Harbour Authority chief"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if role, _ := RoleOf([]string{tc.sentence, "the vote came late on friday after a long debate."}, tc.person); role != tc.role {
				t.Errorf("RoleOf(%q) = %q; want %q", tc.person, role, tc.role)
			}
		})
	}
}
