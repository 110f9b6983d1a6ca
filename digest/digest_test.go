package digest

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// invented articles about two unrelated events and a lone third one.
var articles = []chorus.Article{
	{ID: "f1", Title: "River Marle floods lower Tessbury", Source: "Tessbury Courier", Published: time.Date(2025, 9, 14, 8, 0, 0, 0, time.UTC),
		Text: "The River Marle burst its banks in Tessbury on Sunday, flooding the lower town. Hundreds of residents spent the night in the Tessbury school gym as the Marle kept rising."},
	{ID: "v1", Title: "Orlan parliament passes budget", Source: "Orlan Daily", Published: time.Date(2025, 9, 15, 6, 0, 0, 0, time.UTC),
		Text: "The Orlan parliament passed the budget at dawn after an all-night session, with 212 deputies voting in favour. Finance minister Iva Brandt said the budget cuts the deficit."},
	{ID: "f2", Title: "Tessbury evacuated as the Marle rises", Source: "Marle Gazette", Published: time.Date(2025, 9, 14, 11, 0, 0, 0, time.UTC),
		Text: "Flood water from the River Marle reached the lower streets of Tessbury on Sunday. Residents were evacuated to the school gym, and the Marle is expected to crest on Monday."},
	{ID: "v2", Title: "Brandt budget approved", Source: "Orlan Daily", Published: time.Date(2025, 9, 15, 9, 0, 0, 0, time.UTC),
		Text: "Deputies in Orlan approved finance minister Iva Brandt's budget by 212 votes after a debate that lasted through the night. The budget cuts the deficit by a third."},
	{ID: "c1", Title: "Chess club opens in Weyl", Source: "Weyl Notes",
		Text: "A chess club opened in the Weyl library on Saturday. Twenty players came to the first evening, and the club will meet every week."},
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name   string
		opts   Options
		titles []string
	}{
		// The flood has two publishers, the budget one (Orlan Daily twice),
		// the chess club one: publishers first, then the most recent.
		{"all stories", Options{}, []string{"River Marle floods lower Tessbury", "Orlan parliament passes budget", "Chess club opens in Weyl"}},
		{"min articles", Options{MinArticles: 2}, []string{"River Marle floods lower Tessbury", "Orlan parliament passes budget"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories := Build(articles, tt.opts)
			var titles []string
			for _, s := range stories {
				titles = append(titles, s.Title)
				if s.Err != nil || len(s.Summary.Sentences) == 0 {
					t.Errorf("%q: no summary (%v)", s.Title, s.Err)
				}
			}
			if !reflect.DeepEqual(titles, tt.titles) {
				t.Errorf("titles %q, want %q", titles, tt.titles)
			}
		})
	}
	// Deterministic output, and the JSON and HTML writers agree on it.
	var a, b bytes.Buffer
	if err := WriteJSON(&a, Build(articles, Options{})); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&b, Build(articles, Options{})); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() || !strings.Contains(a.String(), `"sources":2`) {
		t.Errorf("JSON digest not deterministic or lacks the source count:\n%s", a.String())
	}
	var h bytes.Buffer
	if err := WriteHTML(&h, "Digest <test>", Build(articles, Options{})); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h.String(), "<title>Digest &lt;test&gt;</title>") || strings.Count(h.String(), "<section") != 3 || !strings.Contains(h.String(), "14 Sep 2025") {
		t.Errorf("HTML digest:\n%s", h.String())
	}
}
