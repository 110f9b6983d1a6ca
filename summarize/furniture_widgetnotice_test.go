package summarize

import (
	"errors"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestIsWidgetNotice(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"tweet with", "Tweet with a location you can add location information to your tweets from any app.", true},
		{"add a location", "Add a location to your tweets when you tweet with a location, the site keeps it.", true},
		{"history", "You always have the option to delete your tweet location history.", true},
		{"switch", "You can switch location on/off before each tweet you post.", true},
		{"old browser", "You are on Twitter mobile because you are using an old version of a browser.", true},
		{"log-in wall", "Notice you must log in to continue.", true},
		{"story", "Police said the gunman posted a tweet with a location near the Orvale bridge.", false},
		{"log in news", "Customers of the Tarnwick bank found they must log in to continue paying bills.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isWidgetNotice(tt.s); got != tt.want {
				t.Errorf("isWidgetNotice(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestWidgetNoticeOnly checks that a cluster holding only an embedded
// post's location notice and a log-in wall gives a reader no summary, and
// Fill still gives one.
func TestWidgetNoticeOnly(t *testing.T) {
	arts := []chorus.Article{
		{ID: "a", Text: "Tweet with a location you can add location information to your tweets, such as your town, from any app. You always have the option to delete your tweet location history."},
		{ID: "b", Text: "Notice you must log in to continue."},
	}
	if _, err := Summarize(arts, chorus.Options{}); !errors.Is(err, chorus.ErrNoText) {
		t.Errorf("reader's summary: error %v, want %v", err, chorus.ErrNoText)
	}
	if s, err := Summarize(arts, chorus.Options{Words: 100, Fill: true}); err != nil || len(s.Sentences) == 0 {
		t.Errorf("Fill: %d sentences, error %v; want a summary", len(s.Sentences), err)
	}
}
