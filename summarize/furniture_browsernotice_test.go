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
		{"needs player", "You need flash player 10 to watch the Tarnwick regatta clip.", true},
		{"requires", "Harbour quiz requires flash and JavaScript.", true},
		{"installed", "Flash player 11.2 must be installed for the Tarnwick quiz.", true},
		{"turn on", "Turn JavaScript on to see the Harbourline tide map.", true},
		{"enable scripting", "To see the Tarnwick tide charts, enable scripting and reload.", true},
		{"without", "To read the tide tables without using JavaScript, use our daily feed.", true},
		{"supported version", "Tarnwick News asks that you use a supported version of its app.", true},
		{"no support", "Your browser does not support the Harbourline regatta player.", true},
		{"address", "Please check that the URL you entered is correct.", true},
		{"server page", "If you're seeing this page via a web browser, the Tarnwick harbour box is up.", true},
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
		{"run-in", `Media playback is unsupported on this device media caption "the pier": Anna Varga explains the repairs The harbour board has closed the pier for a month.`, true},
		{"not supported", "Media playback is not supported on your device Varga wins the harbour swim Anna Varga says the race was her hardest.", true},
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
		{ID: "a", Text: "You need flash player 10 to watch the Tarnwick regatta clip. Turn JavaScript on to see the Harbourline tide map."},
		{ID: "b", Text: "Tarnwick News asks that you use a supported version of its app."},
	}
	if _, err := Summarize(arts, chorus.Options{}); !errors.Is(err, chorus.ErrNoText) {
		t.Errorf("reader's summary: error %v, want %v", err, chorus.ErrNoText)
	}
	if s, err := Summarize(arts, chorus.Options{Words: 100, Fill: true}); err != nil || len(s.Sentences) == 0 {
		t.Errorf("Fill: %d sentences, error %v; want a summary", len(s.Sentences), err)
	}
}
