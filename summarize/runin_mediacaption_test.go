package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutMediaCaption(t *testing.T) {
	articles := []chorus.Article{
		{Text: "Anna Varga has closed the Tarnwick ferry line. Anna Varga said storms cost too much."},
		{Text: "Tarnwick council met on monday. The harbour board spoke."},
	}
	tests := []struct {
		name, in, want string
		fill           bool
	}{
		{"notice, label and an article's lede",
			"Media playback is unsupported on your device media caption harbour workers gathered at the pier on monday a tarnwick ferry company has cancelled all crossings after a storm damaged two boats.",
			"A tarnwick ferry company has cancelled all crossings after a storm damaged two boats.", false},
		{"notice, label and a name's lede read against the cluster",
			"Media playback is unsupported on your device media caption the old ferry sailed for the last time on monday anna varga has closed the tarnwick ferry line after a century of crossings.",
			"Anna varga has closed the tarnwick ferry line after a century of crossings.", false},
		{"no clear split keeps the sentence",
			"Media playback is unsupported on your device media caption the harbour master says crews were told to wait at the gates tarnwick harbour officials met ferry crews for talks on tuesday.",
			"Media playback is unsupported on your device media caption the harbour master says crews were told to wait at the gates tarnwick harbour officials met ferry crews for talks on tuesday.", false},
		{"notice with no label",
			"Media playback is not supported on this device harbour workers gathered at the pier on monday a tarnwick ferry company has cancelled all crossings after a storm damaged two boats.",
			"A tarnwick ferry company has cancelled all crossings after a storm damaged two boats.", false},
		{"a quote's close glued to the next word is no seam",
			"Media playback is unsupported on your device media caption footage of the 'old ferry'tarnwick council has released what it says is the first film of the ferry in service.",
			"Media playback is unsupported on your device media caption footage of the 'old ferry'tarnwick council has released what it says is the first film of the ferry in service.", false},
		{"label alone and an article's lede",
			"Media caption harbour workers gathered at the pier on monday a tarnwick ferry company has cancelled all crossings after a storm damaged two boats.",
			"A tarnwick ferry company has cancelled all crossings after a storm damaged two boats.", false},
		{"label alone, no clear split: left for the furniture test",
			"Media caption the harbour master says crews were told to wait at the gates tarnwick harbour officials met ferry crews for talks on tuesday.",
			"Media caption the harbour master says crews were told to wait at the gates tarnwick harbour officials met ferry crews for talks on tuesday.", false},
		{"a name going on the caption's noun phrase is no lede",
			"Media playback is unsupported on your device media caption crowds gathered at the pier as a senior figure in the ferry union anna varga has closed the tarnwick ferry line after a century of crossings.",
			"Media playback is unsupported on your device media caption crowds gathered at the pier as a senior figure in the ferry union anna varga has closed the tarnwick ferry line after a century of crossings.", false},
		{"a news sentence is left alone",
			"Media playback on phones has grown fast, a tarnwick study found after surveying two thousand people.",
			"Media playback on phones has grown fast, a tarnwick study found after surveying two thousand people.", false},
		{"the notice alone is left alone",
			"Media playback is unsupported on your device",
			"Media playback is unsupported on your device", false},
		{"Fill keeps the text",
			"Media playback is unsupported on your device media caption harbour workers gathered at the pier on monday a tarnwick ferry company has cancelled all crossings after a storm damaged two boats.",
			"Media playback is unsupported on your device media caption harbour workers gathered at the pier on monday a tarnwick ferry company has cancelled all crossings after a storm damaged two boats.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{reader: !tt.fill}
			if got := c.cutMediaCaption(tt.in, articles); got != tt.want {
				t.Errorf("cutMediaCaption(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
