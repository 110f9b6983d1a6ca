package summarize

import "testing"

func TestCutJumpPointer(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"after the jump", "The full schedule (after the jump) lists nine ferry stops.", "The full schedule lists nine ferry stops."},
		{"more after the jump", "Tarnwick's mayor has a new plan (more after the jump).", "Tarnwick's mayor has a new plan."},
		{"continued", "The council voted to close the pier (continued).", "The council voted to close the pier."},
		{"later", "Each town sends one member (more on that later), and the count is on Friday.", "Each town sends one member, and the count is on Friday."},
		{"story continues", "The pair met at a school in Orvale (story continues after the photo).", "The pair met at a school in Orvale."},
		{"break kept", "The score (level after the break) stayed close.", "The score (level after the break) stayed close."},
		{"other paren", "The club (founded in 1921) will close.", "The club (founded in 1921) will close."},
		{"nothing left", "(continued)", "(continued)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutJumpPointer(tt.s)
			if got != tt.want || ok != (tt.want != tt.s) {
				t.Errorf("cutJumpPointer(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

func TestJumpPointerSentence(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Full text of the mayor's letter after the jump.", true},
		{"More after the jump...", true},
		{"More after the break.", true},
		{"Some more pictures of the ferry after the jump:", true},
		{"He broke his leg after the jump.", false},
		{"The Orvale side scored twice more after the break.", false},
		{"The team came back after the break and won.", false},
	}
	for _, tt := range tests {
		if got := jumpPointerSentence.MatchString(tt.s) && countWords(tt.s) <= jumpPointerMaxWords; got != tt.want {
			t.Errorf("jumpPointerSentence(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
