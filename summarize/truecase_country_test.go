package summarize

import "testing"

func TestCountryNamesIn(t *testing.T) {
	evidence := map[string]bool{"turkey": true}
	tests := []struct {
		name, in, want string
		raise          map[string]bool
	}{
		{"after in", "Rallies spread in turkey on Monday.", "Rallies spread in Turkey on Monday.", evidence},
		{"possessive", "It was turkey's largest port.", "It was Turkey's largest port.", evidence},
		{"closing a sentence", "Three men flew to turkey.", "Three men flew to Turkey.", evidence},
		{"the food", "They ate ground turkey at the fair.", "They ate ground turkey at the fair.", evidence},
		{"after the", "The turkey was pardoned.", "The turkey was pardoned.", evidence},
		{"before its noun", "He ordered a turkey sandwich in turkey.", "He ordered a turkey sandwich in Turkey.", evidence},
		{"no evidence", "Rallies spread in turkey on Monday.", "Rallies spread in turkey on Monday.", nil},
		{"beside a country", "Aid came from turkey into Syria.", "Aid came from Turkey into Syria.", nil},
		{"in a list", "France, turkey and Spain agreed.", "France, Turkey and Spain agreed.", nil},
		{"present-day", "a city in present-day turkey", "a city in present-day Turkey", nil},
		{"a guinea pig", "A guinea pig beside Peru.", "A guinea pig beside Peru.", nil},
		{"new guinea", "Papua new guinea and Fiji met.", "Papua new guinea and Fiji met.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countryNamesIn(tt.in, tt.raise); got != tt.want {
				t.Errorf("countryNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
