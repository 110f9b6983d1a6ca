package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaiseOneStoryIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"one story's name", "Anna Varga posted it on reddit and snapchat.", "Anna Varga posted it on Reddit and Snapchat."},
		{"possessive", "It ran on zuckerberg's page.", "It ran on Zuckerberg's page."},
		{"mixed form", "Her new macbook broke in Tarnwick.", "Her new MacBook broke in Tarnwick."},
		{"common word of the list", "An nbc affiliate filmed the mummy by the reef.", "An nbc affiliate filmed the mummy by the reef."},
		{"short word", "He said woo to the crowd.", "He said woo to the crowd."},
		{"opening", "Reddit users in Tarnwick cheered.", "Reddit users in Tarnwick cheered."},
		{"address", "See reddit.com and pro-reddit posts.", "See reddit.com and pro-reddit posts."},
		{"common word", "The ferry left the harbour.", "The ferry left the harbour."},
	}
	tc := truecase.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseOneStoryIn(tc, tt.in); got != tt.want {
				t.Errorf("raiseOneStoryIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
