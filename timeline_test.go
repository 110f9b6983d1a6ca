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

// TestStoryUpdateNumbers: an update cites the story's articles by the
// story summary's numbers, and an article the summary does not cite by a
// number after them, in the order the update first cites it.
func TestStoryUpdateNumbers(t *testing.T) {
	src := func(id int, article string) Source { return Source{ID: id, Article: article} }
	sen := func(ids ...int) Sentence { return Sentence{Text: "s", Sources: ids} }
	cases := []struct {
		name      string
		story     []Source
		sources   []Source   // the update's own numbering
		summary   []Sentence // citing the update's own numbers
		wantIDs   [][]int    // each sentence's numbers after
		wantCited []Source   // the update's sources after, by number
	}{
		{"no story summary yet: 1.. in citing order",
			nil, []Source{src(1, "a"), src(2, "b")}, []Sentence{sen(2), sen(1, 2)},
			[][]int{{1}, {1, 2}}, []Source{src(1, "b"), src(2, "a")}},
		{"the story's numbers",
			[]Source{src(1, "x"), src(2, "a"), src(3, "b")}, []Source{src(1, "a"), src(2, "b")}, []Sentence{sen(1), sen(1, 2)},
			[][]int{{2}, {2, 3}}, []Source{src(2, "a"), src(3, "b")}},
		{"uncited by the story: after its numbers, ascending in each sentence",
			[]Source{src(1, "x"), src(2, "b"), src(3, "y")}, []Source{src(1, "a"), src(2, "b"), src(3, "c")}, []Sentence{sen(3), sen(1, 2)},
			[][]int{{4}, {2, 5}}, []Source{src(2, "b"), src(4, "c"), src(5, "a")}},
		{"a source only voices cite is dropped",
			[]Source{src(1, "a")}, []Source{src(1, "a"), src(2, "v")}, []Sentence{sen(1)},
			[][]int{{1}}, []Source{src(1, "a")}},
		{"a number without a source is dropped",
			nil, []Source{src(1, "a")}, []Sentence{sen(1, 7)},
			[][]int{{1}}, []Source{src(1, "a")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			u := StoryUpdate{Sources: c.sources, Summary: c.summary}
			u.NumberAs(c.story)
			for i, s := range u.Summary {
				if !slices.Equal(s.Sources, c.wantIDs[i]) {
					t.Errorf("sentence %d cites %v, want %v", i, s.Sources, c.wantIDs[i])
				}
			}
			if !slices.Equal(u.Sources, c.wantCited) {
				t.Errorf("sources %+v, want %+v", u.Sources, c.wantCited)
			}
		})
	}
}

// TestStoryUpdateOrder: an update's sentences in the order they were
// published, by each one's earliest dated source; the ones no dated
// source carries last, in the order given, counted by Undated.
func TestStoryUpdateOrder(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	sources := []Source{{ID: 1, Published: day(4)}, {ID: 2}, {ID: 3, Published: day(2)}, {ID: 4}}
	sen := func(text string, ids ...int) Sentence { return Sentence{Text: text, Sources: ids} }
	cases := []struct {
		name    string
		in      []Sentence
		want    []string
		undated int
	}{
		{"none", nil, nil, 0},
		{"an undated lead goes after the dated", []Sentence{sen("u", 2), sen("d4", 1)}, []string{"d4", "u"}, 1},
		{"by publication", []Sentence{sen("d4", 1), sen("d2", 3)}, []string{"d2", "d4"}, 0},
		{"the earliest dated source counts", []Sentence{sen("d4", 1), sen("d2+u", 2, 3)}, []string{"d2+u", "d4"}, 0},
		{"ties and undated keep their order", []Sentence{sen("u1", 2), sen("a", 1), sen("u2", 4), sen("b", 1), sen("u3", 2, 4)},
			[]string{"a", "b", "u1", "u2", "u3"}, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			u := StoryUpdate{Sources: sources, Summary: slices.Clone(c.in), Undated: 99}
			u.OrderByPublished()
			var got []string
			for _, s := range u.Summary {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, c.want) || u.Undated != c.undated {
				t.Errorf("order %q undated %d, want %q %d", got, u.Undated, c.want, c.undated)
			}
		})
	}
}
