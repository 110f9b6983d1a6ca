package voices

import (
	"strings"
	"testing"
)

// TestBodyNames checks that a body's name longer than a person's is read
// whole after "the", without a describing word before it, and that a
// person's name at the end of such a run is the person.
func TestBodyNames(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"lower-cased body", "The tarnwick valley harbour preservation trust said it would repair the old pier by spring.", "Tarnwick Valley Harbour Preservation Trust"},
		{"cased body", "The New Velmora Caldera Ambulance Service said 14 people were taken to hospital on Tuesday.", "New Velmora Caldera Ambulance Service"},
		{"describing word", "The main caldera opposition coalition said the vote count had been rigged in the north.", "Caldera Opposition Coalition"},
		{"a -based word", "The london-based harbour integrity unit said it was looking into the ferry contracts.", "Harbour Integrity Unit"},
		{"a name starting in -ing", "The pelling valley cancer hospital said it needed more blood donors this winter.", "Pelling Valley Cancer Hospital"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Read([]string{tt.sentence})
			var got []string
			for _, a := range d.Attributions() {
				got = append(got, a.Name)
			}
			if len(got) != 1 || !strings.EqualFold(got[0], tt.want) {
				t.Errorf("speaker of %q = %q, want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestPersonOfOrg(t *testing.T) {
	for _, tc := range []struct{ name, role, wantName, wantRole string }{
		{"Emily Brisk of the Tarnwick Harbour Authority", "", "Emily Brisk", "of the Tarnwick Harbour Authority"},
		{"Emily Brisk of the Tarnwick Harbour Authority", "spokeswoman", "Emily Brisk", "spokeswoman of the Tarnwick Harbour Authority"},
		{"Jacob Vell of the Ostrel General Hospital", "researcher", "Jacob Vell", "researcher at the Ostrel General Hospital"},
		// The role names the body already.
		{"Sarah Quint of the Ostrel University", "professor at Ostrel University", "Sarah Quint", "professor at Ostrel University"},
		// No listed given name, or no "of the": as read.
		{"Harbour Majority of the Ostrel Council", "", "Harbour Majority of the Ostrel Council", ""},
		{"Ada Brisk", "mayor", "Ada Brisk", "mayor"},
		{"Bank of England", "", "Bank of England", ""},
	} {
		name, role := personOfOrg(tc.name, tc.role)
		if name != tc.wantName || role != tc.wantRole {
			t.Errorf("personOfOrg(%q, %q) = %q, %q; want %q, %q", tc.name, tc.role, name, role, tc.wantName, tc.wantRole)
		}
	}
}
