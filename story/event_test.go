package story

import (
	"os"
	"strings"
	"testing"
	"time"
)

// seen is when the invented articles reach the clusterer.
var seen = time.Date(2026, 11, 23, 16, 0, 0, 0, time.UTC)

// readEvent reads an invented stream from testdata: blocks starting with
// "== ID | published | title" (published in RFC 3339, or - when unknown),
// the text following; lines starting with # before the first block are
// comments. Every article is seen at the same time.
func readEvent(t *testing.T, name string) []Doc {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var docs []Doc
	for _, block := range strings.Split(string(b), "\n== ")[1:] {
		head, text, _ := strings.Cut(block, "\n")
		f := strings.Split(head, " | ")
		if len(f) != 3 {
			t.Fatalf("bad block head %q", head)
		}
		d := Doc{ID: f[0], Title: f[2], Text: text, Seen: seen}
		if f[1] != "-" {
			if d.Time, err = time.Parse(time.RFC3339, f[1]); err != nil {
				t.Fatal(err)
			}
		}
		docs = append(docs, d)
	}
	return docs
}

// TestOneEventStream feeds five articles about one event to a fresh
// clusterer, as a first ingest would: they form one story, and only the
// syndicated and the spun copies are marked duplicates of the wire story.
// The spun copy carries a publication date years away from the time the
// undated ones were seen.
func TestOneEventStream(t *testing.T) {
	docs := readEvent(t, "landslide.txt")
	story, decs := runStream(New(Options{}), docs)
	for _, d := range docs[1:] {
		if story[d.ID] != story[docs[0].ID] {
			t.Errorf("%s in story %d, want the wire story's %d (score %.3f)", d.ID, story[d.ID], story[docs[0].ID], decs[d.ID].Score)
		}
	}
	want := map[string]string{"copy": "wire", "spun": "wire"}
	for _, d := range docs {
		if got := decs[d.ID].DuplicateOf; got != want[d.ID] {
			t.Errorf("%s DuplicateOf = %q, want %q", d.ID, got, want[d.ID])
		}
	}
}

// TestUnrelatedEventsApart interleaves two unrelated invented events: each
// forms its own story and no article is taken for a copy of the other's.
func TestUnrelatedEventsApart(t *testing.T) {
	land, ferry := readEvent(t, "landslide.txt"), readEvent(t, "ferry.txt")
	var docs []Doc
	for i := range max(len(land), len(ferry)) {
		if i < len(ferry) {
			docs = append(docs, ferry[i])
		}
		if i < len(land) {
			docs = append(docs, land[i])
		}
	}
	story, decs := runStream(New(Options{}), docs)
	for _, f := range ferry {
		if story[f.ID] != story[ferry[0].ID] {
			t.Errorf("%s in story %d, want the first ferry story's %d", f.ID, story[f.ID], story[ferry[0].ID])
		}
		if decs[f.ID].DuplicateOf != "" {
			t.Errorf("%s marked a copy of %s", f.ID, decs[f.ID].DuplicateOf)
		}
		for _, l := range land {
			if story[f.ID] == story[l.ID] {
				t.Errorf("%s and %s share story %d", f.ID, l.ID, story[f.ID])
			}
		}
	}
}

// TestWindowSeen checks the window with mixed times: an undated article
// is compared by the time it was seen, a dated one with a dated story by
// publication time.
func TestWindowSeen(t *testing.T) {
	pub := time.Date(2031, 4, 8, 9, 0, 0, 0, time.UTC)
	text := "Korvath dam burst near Valdoria; floodwater swept three villages and rescue teams evacuated residents."
	cases := []struct {
		name      string
		first, nu Doc
		same      bool
	}{
		{"undated joins dated story seen together", Doc{ID: "a", Text: text, Time: pub, Seen: seen}, Doc{ID: "b", Text: text + " More.", Seen: seen}, true},
		{"dated joins undated story seen together", Doc{ID: "a", Text: text, Seen: seen}, Doc{ID: "b", Text: text + " More.", Time: pub, Seen: seen}, true},
		{"dated far from dated story", Doc{ID: "a", Text: text, Time: pub, Seen: seen}, Doc{ID: "b", Text: text + " More.", Time: pub.AddDate(0, 1, 0), Seen: seen}, false},
		{"undated seen far apart", Doc{ID: "a", Text: text, Seen: seen}, Doc{ID: "b", Text: text + " More.", Seen: seen.AddDate(0, 1, 0)}, false},
		{"unknown times", Doc{ID: "a", Text: text}, Doc{ID: "b", Text: text + " More.", Time: pub}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			story, _ := runStream(New(Options{}), []Doc{tc.first, tc.nu})
			if got := story["a"] == story["b"]; got != tc.same {
				t.Errorf("same story = %v, want %v", got, tc.same)
			}
		})
	}
}
