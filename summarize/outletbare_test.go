package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestOutletText(t *testing.T) {
	named := func(n string) func(string) string { return func(string) string { return n } }
	tests := []struct {
		name, s, before, outlet, want string
	}{
		{"told", "Anna Varga told the newspaper she would stay.", "", "the Tarnwick Courier", "Anna Varga told the Tarnwick Courier she would stay."},
		{"said after", "The ferry sank at dawn, the paper said.", "", "the daily Harbourpost", "The ferry sank at dawn, the daily Harbourpost said."},
		{"opening", "The newspaper reported that the pier was closed.", "", "the Tarnwick Courier", "The Tarnwick Courier reported that the pier was closed."},
		{"according to", "According to the station, the pier was closed.", "", "KTRN", "According to KTRN, the pier was closed."},
		{"noun met before", "Anna Varga told the newspaper she would stay.", "the harbour's newspaper said the ferry sank.", "the Tarnwick Courier", "Anna Varga told the newspaper she would stay."},
		{"name met before", "Anna Varga told the newspaper she would stay.", "the tarnwick courier said the ferry sank.", "the Tarnwick Courier", "Anna Varga told the newspaper she would stay."},
		{"no name", "Anna Varga told the newspaper she would stay.", "", "", "Anna Varga told the newspaper she would stay."},
		{"quoted", `"I told the newspaper I would stay," Anna Varga said.`, "", "the Tarnwick Courier", `"I told the newspaper I would stay," Anna Varga said.`},
		{"a place", "Crews returned to the site on Monday.", "", "the Tarnwick Courier", "Crews returned to the site on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := outletText(tt.s, tt.before, named(tt.outlet)); got != tt.want {
				t.Errorf("outletText(%q) =\n %q, want\n %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestOutletNames(t *testing.T) {
	tests := []struct {
		name, text, kind, want string
	}{
		{"after its kind", "the ferry sank, according to business daily harbourpost. ", "paper", "the daily Harbourpost"},
		{"kind and the", "the ferry sank, local newspaper the kessian reported. ", "paper", "the newspaper The Kessian"},
		{"before its kind", "the ferry sank, anna varga told people magazine on monday. ", "magazine", "People magazine"},
		{"paper's last word", "anna varga told the tarnwick courier that the pier was closed. ", "paper", "the Tarnwick Courier"},
		{"stand-in alone", "anna varga told the courier that the pier was closed. ", "paper", ""},
		{"described", "the state-run tarnwick times said on monday. ", "paper", "the Tarnwick Times"},
		{"call letters", "crews told ktrn-tv that the pier was closed. ", "station", "KTRN-TV"},
		{"a network is no station", "crews told nbc that the pier was closed. ", "station", ""},
		{"a network", "crews told nbc that the pier was closed. ", "tv", "NBC"},
		{"station and call letters", "the ferry sank, local station ktrn said. ", "station", "the station KTRN"},
		{"no name before the noun", "according to another kessian tv station, the pier was closed. ", "station", ""},
		{"call letters need a band", "the ferry sank, according to kyle. ", "station", ""},
		{"another kind", "anna varga told the tarnwick courier that the pier was closed. ", "tv", ""},
		{"a study's paper", "the paper presents evidence that the pier sank. ", "paper", ""},
		{"another one after", "anna varga told the tarnwick courier. a harbour newspaper, the ferry line said, was wrong. ", "paper", ""},
		{"the last one", "the tarnwick times reported it first. later anna varga told the harbour courier that it was closed. ", "paper", "the Harbour Courier"},
		{"a daily's name", "the ferry sank, regional newspaper kessia daily reported. ", "paper", "the newspaper Kessia Daily"},
		{"an adverb ends it", "the ferry sank, newspaper kessia recently reported. ", "paper", ""},
		{"a bracket closes it", "the pier was closed, according to local magazine velmoro (in kessian). ", "magazine", "the magazine Velmoro"},
		{"after a comma", "the pier was closed on monday, tarnwick gazet newspaper reports. ", "paper", "the Tarnwick Gazet newspaper"},
		{"a day's paper", "the pier was closed on monday, sunday's newspaper reported. ", "paper", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{docs: []document{{article: &chorus.Article{Text: tt.text + "She said the pier would reopen in May."}}}, cands: []candidate{{text: "She said the pier would reopen in May."}}}
			if got := c.articleOutlet(0, tt.kind); got != tt.want {
				t.Errorf("articleOutlet(%q, %q) = %q, want %q", tt.text, tt.kind, got, tt.want)
			}
		})
	}
}
