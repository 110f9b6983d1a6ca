package voices

import "testing"

func TestRoleOf(t *testing.T) {
	for _, tc := range []struct {
		name      string
		sentences []string
		person    string
		role      string
		title     bool
	}{
		{"apposition", []string{"The storm hit at dawn.", "Marta Quell, the port director, said the pier was closed."},
			"Marta Quell", "the port director", false},
		{"title before", []string{"Police chief Tomas Reyland said two men were held."},
			"Tomas Reyland", "police chief", true},
		{"lower-cased text", []string{"the vote came late on friday.", "said tomas reyland, the county sheriff, after the vote."},
			"Tomas Reyland", "the county sheriff", false},
		{"apposition closing the sentence", []string{"The study was led by Ilse Varga, a professor of geology."},
			"Ilse Varga", "a professor of geology", false},
		{"the first role in reading order", []string{"Governor Ada Brenn signed it.", "Ada Brenn, the former mayor, spoke."},
			"Ada Brenn", "governor", true},
		{"a relative clause is no role", []string{"Ada Brenn, who signed the bill, spoke."}, "Ada Brenn", "", false},
		{"a courtesy title is no role", []string{"Dr. Ada Brenn spoke on Monday about the plan."}, "Ada Brenn", "", false},
		{"a longer name is another", []string{"Ada Brenn Foundation, the charity, spoke."}, "Ada Brenn", "", false},
		{"one word is no full name", []string{"Brenn, the governor, spoke."}, "Brenn", "", false},
		{"no mention", []string{"The governor spoke."}, "Ada Brenn", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			role, title := RoleOf(tc.sentences, tc.person)
			if role != tc.role || title != tc.title {
				t.Errorf("RoleOf(%q) = %q, %v; want %q, %v", tc.person, role, title, tc.role, tc.title)
			}
		})
	}
}
