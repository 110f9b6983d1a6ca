package summarize

import "testing"

// TestAsWeSaid checks that a writer's or a company's pointer back at its
// own words speaks in a voice no one names, and that "as we knew" and a
// named speaker's words do not.
func TestAsWeSaid(t *testing.T) {
	tests := []struct {
		name string
		s    string
		pos  int
		want bool
	}{
		{"as we announced", "Each crew gets a new radio, as we announced we're moving to one network for the fleet.", 0, true},
		{"as we predicted", "The board sold the pier as we predicted on Monday, and a firm from Velmora bought it.", 2, true},
		{"clause the summary cuts", "As we told you last night, the harbour board sold the ferry to a firm from Velmora.", 0, false},
		{"closing clause the summary cuts", "The harbour board sold the ferry to a firm from Velmora, as we noted yesterday.", 0, false},
		{"as we discussed", "The ferry line is weighing the harbour plan as we discussed last week.", 3, true},
		{"as we knew it", "The storm ended the harbour as we knew it.", 2, false},
		{"as we left", "The gulls rose as we left the harbour at dawn.", 2, false},
		{"named speaker", "Each crew gets a new radio, as we announced last year, the harbour board said.", 1, false},
		{"no first person", "The ferry line announced a new radio for each crew.", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unnamedVoice(tt.s, tt.pos, false); got != tt.want {
				t.Errorf("unnamedVoice(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestAsIHaveSaid checks that narrator reads "As I have said, ..." as the
// writer's own voice and still takes "The mayor said, i ..." for someone's
// words.
func TestAsIHaveSaid(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"as i have said", "As I have said, the ferry's sale led to the strike.", true},
		{"as i've said", "As I've said, the ferry's sale led to the strike.", true},
		{"as i had noted", "As I had noted, the ferry's sale led to the strike.", true},
		{"someone said", "The mayor said, i wanted a larger pier.", false},
		{"someone has said", "The mayor has said, i wanted a larger pier.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := narrator(tt.s); got != tt.want {
				t.Errorf("narrator(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
