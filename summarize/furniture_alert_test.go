package summarize

import (
	"errors"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestIsAlertNotice(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"sign up", "Close get email notifications on Wren Halloway daily!", true},
		{"saved", "Your notification has been saved.", true},
		{"problem", "There was a problem saving your notification.", true},
		{"whenever", "Whenever Wren Halloway posts new content, you ' ll get an email delivered to your inbox with a link.", true},
		{"once a day", "Email notifications are only sent once a day, and only if there are new matching items.", true},
		{"push", "Get push notifications with news, features and more.", true},
		{"zip code", "Sorry, this zipcode is not in our deliverable area for this subscription service.", true},
		{"re-enter", "Re-enter zip code or sign up for digital access.", true},
		{"story", "Whenever the Orvale council posts new content online, residents complain about the font.", false},
		{"news of alerts", "The county said its flood notification had been saved to every phone in Tarnwick by noon on Friday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isAlertNotice(tt.s); got != tt.want {
				t.Errorf("isAlertNotice(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestAlertNoticeOnly checks that a cluster holding only a site's e-mail
// alert page gives a reader no summary, and Fill still gives one.
func TestAlertNoticeOnly(t *testing.T) {
	arts := []chorus.Article{
		{ID: "a", Text: "Close get email notifications on Wren Halloway daily! Your notification has been saved. There was a problem saving your notification. Whenever Wren Halloway posts new content, you'll get an email delivered to your inbox with a link. Email notifications are only sent once a day, and only if there are new matching items."},
		{ID: "b", Text: "Sorry, this zipcode is not in our deliverable area for this subscription service. Re-enter zip code or sign up for digital access."},
	}
	if _, err := Summarize(arts, chorus.Options{}); !errors.Is(err, chorus.ErrNoText) {
		t.Errorf("reader's summary: error %v, want %v", err, chorus.ErrNoText)
	}
	if s, err := Summarize(arts, chorus.Options{Words: 100, Fill: true}); err != nil || len(s.Sentences) == 0 {
		t.Errorf("Fill: %d sentences, error %v; want a summary", len(s.Sentences), err)
	}
}
