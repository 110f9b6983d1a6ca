package summarize

import "testing"

// TestLessButtonCaption: a gallery's caption given again after its
// "Less" or "More" button, and sentences that open with the word.
func TestLessButtonCaption(t *testing.T) {
	body := "Ferry sinks off velm image 1 of 2 ola brenn at the pier on may 4, a week before. " +
		"Less ola brenn at the pier on may 4, a week before the ferry sank. " +
		"Ferry sinks off velm harbour after storm. More ferry sinks off velm harbour after storm 1 / 2 the ferry went down. " +
		"Less than half of the riders had tickets. More than 40 boats came out, and more than 40 boats came back. " +
		"Less tourism means fewer jobs on the pier this summer."
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"less button", "Less ola brenn at the pier on may 4, a week before the ferry sank.", true},
		{"more button", "More ferry sinks off velm harbour after storm 1 / 2 the ferry went down.", true},
		{"less than", "Less than half of the riders had tickets.", false},
		{"more than, said before after more", "More than 40 boats came out, and more than 40 boats came back.", false},
		{"less as a word", "Less tourism means fewer jobs on the pier this summer.", false},
		{"too short", "Less ola brenn.", false},
		{"other opening", "Lesson one for the crew was the pier.", false},
	}
	for _, tt := range tests {
		if got := lessButtonCaption(tt.s, body); got != tt.want {
			t.Errorf("%s: %q: got %v, want %v", tt.name, tt.s, got, tt.want)
		}
	}
}
