package summarize

import (
	"errors"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestIsBrowserNotice(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"needs player", "You need the latest version of the flash player to view the video related to this article.", true},
		{"requires", "Harbour quiz requires flash and JavaScript.", true},
		{"installed", "Must have flash player 9.0 or later installed.", true},
		{"turn on", "Turn JavaScript on so Harbourline can work its magic.", true},
		{"enable scripting", "To view most content on tarnwick.com you will need to enable scripting in your browser and refresh this page.", true},
		{"without", "To read the tide tables without using JavaScript, use our daily feed.", true},
		{"supported version", "Please use a supported version for the best Tarnwick News experience.", true},
		{"no support", "Your browser does not support the video tag.", true},
		{"address", "Please check that the URL you entered is correct.", true},
		{"server page", "If you're seeing this page via a web browser, it means you've set up the server successfully.", true},
		{"browser news", "The firm's new plug-in blocks every mention of the singer from your browser.", false},
		{"flash news", "In 2010, the phone maker banished flash from its handsets.", false},
		{"security hole", "The company disclosed a security hole in its web browser that lets attackers run code.", false},
		{"quoted", `The council said the form "requires JavaScript" and was never tested.`, false},
		{"flash flood", "A flash flood swept through Tarnwick and the harbour board had to enable the sirens.", false},
		{"entered", "Anna Varga entered the race in May.", false},
		{"prompt before story", "Get the latest flash player Anna Varga played host to two of the harbour's best-known sailors tonight.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isBrowserNotice(tt.s); got != tt.want {
				t.Errorf("isBrowserNotice(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestPlaybackNotice(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"run-in", `Media playback is unsupported on your device media caption "the pier": Anna Varga explains the repairs The harbour board has closed the pier for a month.`, true},
		{"not supported", "Media playback is not supported on this device Varga wins the harbour swim Anna Varga says the race was her hardest.", true},
		{"story", "The harbour board said playback is the least of its worries after the pier closed.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := playbackNotice(tt.s); got != tt.want {
				t.Errorf("playbackNotice(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestBrowserNoticeOnly checks that a cluster holding only a page's
// notices about the reader's browser gives a reader no summary, and Fill
// still gives one.
func TestBrowserNoticeOnly(t *testing.T) {
	arts := []chorus.Article{
		{ID: "a", Text: "You need the latest version of the flash player to view the video related to this article. Turn JavaScript on so Harbourline can work its magic."},
		{ID: "b", Text: "Please use a supported version for the best Tarnwick News experience."},
	}
	if _, err := Summarize(arts, chorus.Options{}); !errors.Is(err, chorus.ErrNoText) {
		t.Errorf("reader's summary: error %v, want %v", err, chorus.ErrNoText)
	}
	if s, err := Summarize(arts, chorus.Options{Words: 100, Fill: true}); err != nil || len(s.Sentences) == 0 {
		t.Errorf("Fill: %d sentences, error %v; want a summary", len(s.Sentences), err)
	}
}
