package summarize

import "testing"

// TestLedeEchoesCustody checks which other sources' ledes read as the
// opening's surrender or arrest told again as a custody, on invented
// sentences.
func TestLedeEchoesCustody(t *testing.T) {
	surrendered := "The gunman in a tense confrontation that wounded two county deputies and a game warden surrendered early Sunday after an hours-long standoff in a Westvale suburb, officials said."
	fled := "The gunman in a tense confrontation that wounded two county deputies and a game warden fled early Sunday after an hours-long standoff in a Westvale suburb, officials said."
	tests := []struct {
		name, lead, other string
		want              bool
	}{
		{"taken into custody for surrendered", surrendered, "The suspect in a shooting that triggered an hours-long standoff with county deputies and game wardens has been taken into custody alive.", true},
		{"in custody for surrendered", surrendered, "The suspect in a shooting that triggered an hours-long standoff with county deputies and game wardens is in custody.", true},
		{"a name of its own", surrendered, "Piet Valk, the suspect in a shooting that triggered an hours-long standoff with county deputies, has been taken into custody.", false},
		{"a charge of its own", surrendered, "The suspect in an hours-long standoff with deputies and wildlife officers was taken into custody and charged with attempted murder.", false},
		{"no custody in the opening", fled, "The suspect in a shooting that triggered an hours-long standoff with county deputies and game wardens has been taken into custody alive.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, tt.lead, tt.other)
			if got := c.ledeEchoes(b, a); got != tt.want {
				t.Errorf("ledeEchoes = %v, want %v", got, tt.want)
			}
		})
	}
}
