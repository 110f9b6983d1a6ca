package story

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

func TestScoreBCubed(t *testing.T) {
	// Hand-worked example. Gold classes: A = {1,2,3}, B = {4,5}.
	// Found clusters: X = {1,2}, Y = {3,4,5}.
	// Precision per item: 1: 2/2, 2: 2/2, 3: 1/3, 4: 2/3, 5: 2/3 → 11/3 / 5 = 11/15.
	// Recall per item:    1: 2/3, 2: 2/3, 3: 1/3, 4: 2/2, 5: 2/2 → 11/3 / 5 = 11/15.
	cases := []struct {
		name        string
		gold, found []string
		p, r        float64
		nGold, nFnd int
	}{
		{"hand-worked", []string{"A", "A", "A", "B", "B"}, []string{"X", "X", "Y", "Y", "Y"}, 11.0 / 15, 11.0 / 15, 2, 2},
		{"perfect", []string{"A", "A", "B"}, []string{"p", "p", "q"}, 1, 1, 2, 2},
		{"all singletons", []string{"A", "A", "B", "B"}, []string{"1", "2", "3", "4"}, 1, 0.5, 2, 4},
		{"one lump", []string{"A", "A", "B", "B"}, []string{"x", "x", "x", "x"}, 0.5, 1, 2, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := ScoreBCubed(tc.gold, tc.found)
			f := 2 * tc.p * tc.r / (tc.p + tc.r)
			if math.Abs(b.Precision-tc.p) > 1e-12 || math.Abs(b.Recall-tc.r) > 1e-12 || math.Abs(b.F1-f) > 1e-12 {
				t.Errorf("got P %.4f R %.4f F %.4f, want P %.4f R %.4f F %.4f", b.Precision, b.Recall, b.F1, tc.p, tc.r, f)
			}
			if b.Gold != tc.nGold || b.Found != tc.nFnd || b.Items != len(tc.gold) {
				t.Errorf("counts %+v", b)
			}
		})
	}
	if b := ScoreBCubed([]int{1}, []int{1, 2}); b != (BCubed{}) {
		t.Errorf("mismatched lengths scored %+v", b)
	}
}

// stream is a small invented news stream: three events, a syndicated copy,
// and an article a week later about the first event's place.
func stream() []Doc {
	day := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	return []Doc{
		{ID: "dam1", Title: "Korvath dam bursts near Valdoria", Time: day,
			Text: "The Korvath dam burst on Tuesday near Valdoria. Floodwater swept through three villages below the dam. Rescue teams evacuated 4,000 residents as the reservoir emptied."},
		{ID: "chess1", Title: "Mira Tensk wins chess final in Ostrel", Time: day.Add(time.Hour),
			Text: "Mira Tensk won the world chess final in Ostrel on Sunday. The nineteen-year-old defeated the defending champion in a tiebreak after six drawn games."},
		{ID: "dam2", Title: "Valdoria evacuates after Korvath dam failure", Time: day.Add(2 * time.Hour),
			Text: "Thousands fled their homes after the Korvath dam failed near Valdoria. The reservoir emptied within hours and floodwater reached three villages. Engineers had reported cracks in the dam."},
		{ID: "strike1", Title: "Dockworkers strike at Marrow Bay port", Time: day.Add(3 * time.Hour),
			Text: "Dockworkers at the Marrow Bay port walked out on Monday over pay. Container ships queued outside the harbour as the strike entered its second day."},
		{ID: "dam1-copy", Title: "Korvath dam bursts near Valdoria", Time: day.Add(4 * time.Hour),
			Text: "The Korvath dam burst on Tuesday morning near Valdoria. Floodwater swept through three villages below the dam. Rescue teams evacuated 4,000 residents as the reservoir emptied."},
		{ID: "chess2", Title: "Tensk takes Ostrel title in tiebreak", Time: day.Add(5 * time.Hour),
			Text: "Mira Tensk took the world chess title in Ostrel, beating the defending champion in a tiebreak. Tensk, nineteen, drew six games before the decisive tiebreak."},
		{ID: "dam-late", Title: "Korvath dam inquiry opens in Valdoria", Time: day.Add(10 * 24 * time.Hour),
			Text: "An inquiry into the Korvath dam failure opened in Valdoria. Engineers told the inquiry that cracks in the dam had been reported before it burst and flooded three villages."},
	}
}

func runStream(c *Clusterer, docs []Doc) (map[string]int64, map[string]Decision) {
	story := make(map[string]int64)
	decs := make(map[string]Decision)
	next := int64(100)
	for _, d := range docs {
		dec := c.Assign(d)
		if dec.Story == 0 {
			next++
		}
		story[d.ID] = c.Apply(dec, next)
		decs[d.ID] = dec
	}
	return story, decs
}

func TestClusterStream(t *testing.T) {
	c := New(Options{})
	story, decs := runStream(c, stream())
	same := []struct{ a, b string }{{"dam1", "dam2"}, {"chess1", "chess2"}, {"dam1", "dam1-copy"}}
	for _, p := range same {
		if story[p.a] != story[p.b] {
			t.Errorf("%s (story %d) and %s (story %d) should share a story", p.a, story[p.a], p.b, story[p.b])
		}
	}
	diff := []struct{ a, b string }{{"dam1", "chess1"}, {"dam1", "strike1"}, {"chess1", "strike1"}, {"dam1", "dam-late"}}
	for _, p := range diff {
		if story[p.a] == story[p.b] {
			t.Errorf("%s and %s should be in different stories (story %d)", p.a, p.b, story[p.a])
		}
	}
	if got := decs["dam1-copy"].DuplicateOf; got != "dam1" {
		t.Errorf("dam1-copy DuplicateOf = %q, want dam1", got)
	}
	if got := decs["dam2"].DuplicateOf; got != "" {
		t.Errorf("dam2 (a rewrite, not a copy) marked a duplicate of %q", got)
	}
	if c.Story("dam2") != story["dam2"] {
		t.Errorf("Story(dam2) = %d, want %d", c.Story("dam2"), story["dam2"])
	}
}

func TestWindowIgnoresZeroTimes(t *testing.T) {
	docs := stream()
	for i := range docs {
		docs[i].Time = time.Time{}
	}
	story, _ := runStream(New(Options{}), docs)
	if story["dam-late"] != story["dam1"] {
		t.Errorf("without times the late dam article should join the dam story")
	}
}

func TestDeterministic(t *testing.T) {
	docs := stream()
	var first string
	for i := range 3 {
		story, decs := runStream(New(Options{}), docs)
		got := ""
		for _, d := range docs {
			got += fmt.Sprintf("%s:%d:%.12f:%s ", d.ID, story[d.ID], decs[d.ID].Score, decs[d.ID].DuplicateOf)
		}
		if i == 0 {
			first = got
		} else if got != first {
			t.Fatalf("run %d differs:\n%s\n%s", i, got, first)
		}
	}
}

func TestMerge(t *testing.T) {
	// Two stories about one event opened by dissimilar articles; a third
	// article bridging both makes their centroids converge.
	// Hand-tuned thresholds for these word lists, on running counts alone;
	// the bridge repeats b's first sentence nearly word for word, so copy
	// detection is switched off (no share exceeds 1).
	c := New(Options{Join: 0.3, Merge: 0.3, Prior: -1, Duplicate: 1.5})
	a := Doc{ID: "a", Text: "Korvath dam Valdoria reservoir cracks engineers warned. Korvath dam Valdoria inspection."}
	b := Doc{ID: "b", Text: "Floodwater villages evacuated residents rescue teams boats. Floodwater villages shelters."}
	bridge := Doc{ID: "c", Text: "Korvath dam Valdoria reservoir burst; floodwater villages evacuated residents rescue teams."}
	sa := c.Apply(c.Assign(a), 1)
	sb := c.Apply(c.Assign(b), 2)
	if sa == sb {
		t.Fatalf("a and b should open separate stories")
	}
	dec := c.Assign(bridge)
	if dec.Story != 1 || len(dec.Merge) != 1 || dec.Merge[0] != 2 {
		t.Fatalf("bridge decision = story %d merge %v, want story 1 merging 2", dec.Story, dec.Merge)
	}
	c.Apply(dec, 3)
	if c.Story("b") != 1 || c.Len() != 1 {
		t.Errorf("after merge b is in story %d, %d stories held", c.Story("b"), c.Len())
	}
}

func TestReplaceAndLoad(t *testing.T) {
	c := New(Options{})
	docs := stream()
	for _, d := range docs[:3] {
		c.Apply(c.Assign(d), int64(len(d.ID)))
	}
	upd := docs[2]
	upd.Text += " Officials opened an inquiry."
	if _, held := c.Replace(upd); !held {
		t.Fatal("Replace of a held article reported false")
	}
	if _, held := c.Replace(Doc{ID: "unknown", Text: "x"}); held {
		t.Error("Replace of an unknown article reported true")
	}
	r := New(Options{})
	r.Load(docs[0], 7, "")
	r.Load(docs[4], 7, docs[0].ID)
	if dec := r.Assign(docs[2]); dec.Story != 7 {
		t.Errorf("after Load the dam follow-up goes to story %d, want 7", dec.Story)
	}
}

func TestExtract(t *testing.T) {
	var s stemmer
	o := Options{}.withDefaults()
	f := s.extract("Floods", "Officials said the White House met Mira Tensk. Rain fell on 3.5 million acres in 2026.", &o, nil)
	for _, want := range []string{"@white_house", "@mira_tensk", "#3.5", "#2026", "flood", "offici"} {
		if f.counts[want] == 0 {
			t.Errorf("feature %q missing from %v", want, f.counts)
		}
	}
	for _, bad := range []string{"@officials", "@rain", "the"} {
		if f.counts[bad] != 0 {
			t.Errorf("unwanted feature %q", bad)
		}
	}
}

func FuzzAssign(f *testing.F) {
	for _, d := range stream() {
		f.Add(d.Title, d.Text)
	}
	f.Add("", "")
	f.Add("x", strings.Repeat("’-.,", 10))
	f.Fuzz(func(t *testing.T, title, text string) {
		c := New(Options{})
		for i := range 2 {
			dec := c.Assign(Doc{ID: fmt.Sprint(i), Title: title, Text: text})
			c.Apply(dec, int64(i+1))
		}
		if c.Story("0") == 0 || c.Story("1") == 0 {
			t.Fatal("article not held")
		}
	})
}
