package summarize

import "testing"

// TestStaleArrestTold checks which early lines read as overtaken by a
// chosen sentence telling an arrest, on invented sentences.
func TestStaleArrestTold(t *testing.T) {
	news := "A farmhand is in custody, charged with arson in the Tarnwick barn fire, the county sheriff said."
	tests := []struct {
		name, stale, news string
		want              bool
	}{
		{"no arrests in the case", "No arrests have been made in the Tarnwick barn fire.", news, true},
		{"no arrests, nothing named", "No arrests had been made, police said.", news, true},
		{"no one arrested", "No one has been arrested over the Tarnwick fire.", news, true},
		{"another case", "No arrests have been made in the Ostrel harbour shooting.", news, false},
		{"charged is not arrested", "No one has been charged in the Tarnwick barn fire.", news, false},
		{"an arrest denied", "No arrests have been made in the Tarnwick barn fire.",
			"The sheriff denied that a farmhand had been arrested over the Tarnwick fire.", false},
		{"only possible", "No arrests have been made in the Tarnwick barn fire.",
			"The farmhand could be arrested over the Tarnwick fire as early as Friday.", false},
		{"a child's custody", "No arrests have been made in the Tarnwick barn fire.",
			"The farmhand's children from Tarnwick are in custody of the county.", false},
		{"no arrest told", "No arrests have been made in the Tarnwick barn fire.",
			"The Tarnwick barn burned for six hours before crews put it out.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, tt.news, tt.stale)
			if got := c.staleArrestTold(b, []int{a}); got != tt.want {
				t.Errorf("staleArrestTold = %v, want %v", got, tt.want)
			}
		})
	}
}
