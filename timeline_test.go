package chorus

import (
	"slices"
	"testing"
	"time"
)

func TestTimeline(t *testing.T) {
	day := func(d, h int) time.Time { return time.Date(2026, 3, d, h, 0, 0, 0, time.UTC) }
	art := func(id string, published, ingested time.Time) StoredArticle {
		return StoredArticle{Article: Article{ID: id, Published: published}, Ingested: ingested}
	}
	cases := []struct {
		name   string
		in     []StoredArticle
		order  []string
		bases  []string
		sinceP []bool // dated after day(2, 0) by ByPublished
		sinceR []bool // by ByReceived
	}{
		{"none", nil, nil, nil, nil, nil},
		{"published order, not ingestion order",
			[]StoredArticle{art("b", day(2, 9), day(5, 0)), art("a", day(1, 9), day(5, 1))},
			[]string{"a", "b"}, []string{ByPublished, ByPublished}, []bool{true, false}, []bool{true, true}},
		{"undated: its reception, marked received",
			[]StoredArticle{art("late", time.Time{}, day(3, 0)), art("early", day(1, 0), day(3, 0))},
			[]string{"early", "late"}, []string{ByPublished, ByReceived}, []bool{true, false}, []bool{true, true}},
		{"ties keep the order given",
			[]StoredArticle{art("x", day(1, 0), day(1, 0)), art("y", day(1, 0), day(1, 0)), art("z", time.Time{}, day(1, 0))},
			[]string{"x", "y", "z"}, []string{ByPublished, ByPublished, ByReceived}, []bool{false, false, false}, []bool{false, false, false}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl := Timeline(c.in)
			if tl == nil {
				t.Fatal("nil timeline")
			}
			var order, bases []string
			for _, e := range tl {
				order, bases = append(order, e.Article), append(bases, e.Basis)
			}
			if !slices.Equal(order, c.order) || !slices.Equal(bases, c.bases) {
				t.Errorf("timeline %v %v, want %v %v", order, bases, c.order, c.bases)
			}
			for i, a := range c.in {
				if got := a.DatedBy(ByPublished).After(day(2, 0)); got != c.sinceP[i] {
					t.Errorf("%s after day 2 by published: %v, want %v", a.ID, got, c.sinceP[i])
				}
				if got := a.DatedBy("").After(day(2, 0)); got != c.sinceP[i] {
					t.Errorf("%s after day 2 by the default: %v, want %v", a.ID, got, c.sinceP[i])
				}
				if got := a.DatedBy(ByReceived).After(day(2, 0)); got != c.sinceR[i] {
					t.Errorf("%s after day 2 by received: %v, want %v", a.ID, got, c.sinceR[i])
				}
			}
		})
	}
}
