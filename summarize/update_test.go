package summarize

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestUpdate summarizes the invented testdata/seen case: two articles the
// reader has read (a bridge closed after cracks were found) and two new
// ones that repeat that background and add one fact (the bridge will be
// demolished and replaced) and a detail (a temporary footbridge).
func TestUpdate(t *testing.T) {
	old := readCase(t, "seen/old")
	fresh := readCase(t, "seen/new")
	// Phrases only the old facts use: the closure, the cracks, the traffic
	// figure, the diversion.
	oldFacts := []string{"closed", "cracks in two", "9,000", "Mill Road"}
	repeatsOld := func(s chorus.Summary) []string {
		var out []string
		for _, sn := range s.Sentences {
			for _, p := range oldFacts {
				if strings.Contains(sn.Text, p) {
					out = append(out, sn.Text)
					break
				}
			}
		}
		return out
	}
	tests := []struct {
		name  string
		seen  []chorus.Article
		opts  chorus.Options
		check func(t *testing.T, s chorus.Summary)
	}{
		{"generic summary restates the background", nil, chorus.Options{Words: 100}, func(t *testing.T, s chorus.Summary) {
			if len(repeatsOld(s)) == 0 {
				t.Errorf("the generic summary of the new articles states no old fact: the case does not test what Update leaves out")
			}
		}},
		{"update leads with the new fact", old, chorus.Options{Words: 100}, func(t *testing.T, s chorus.Summary) {
			if len(s.Sentences) == 0 || !strings.Contains(s.Sentences[0].Text, "demolished") && !strings.Contains(s.Sentences[0].Text, "tear down") {
				t.Errorf("update summary does not lead with the demolition: %q", texts(s))
			}
			if r := repeatsOld(s); len(r) > 0 {
				t.Errorf("update summary repeats what the reader has read: %q", r)
			}
			golden(t, filepath.Join("testdata", "seen", "update.golden.json"), s)
		}},
		{"update with the default length", old, chorus.Options{}, func(t *testing.T, s chorus.Summary) {
			if r := repeatsOld(s); len(r) > 0 {
				t.Errorf("update summary repeats what the reader has read: %q", r)
			}
		}},
		{"update cites only the new articles", old, chorus.Options{Words: 100}, func(t *testing.T, s chorus.Summary) {
			for _, src := range s.Sources {
				if src.ID < 1 || src.ID > len(fresh) {
					t.Errorf("source %+v is not one of the %d new articles", src, len(fresh))
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Update(tt.seen, fresh, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, fresh, s, tt.opts)
			tt.check(t, s)
		})
	}
}

// TestUpdateEdges covers the seen sets that change nothing or everything.
func TestUpdateEdges(t *testing.T) {
	old := readCase(t, "seen/old")
	fresh := readCase(t, "seen/new")
	opts := chorus.Options{Words: 100}
	plain, err := Summarize(fresh, opts)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		seen    []chorus.Article
		wantErr error
		same    bool // the summary equals Summarize's
	}{
		{"no seen articles is Summarize", nil, nil, true},
		{"seen articles without text are ignored", []chorus.Article{{ID: "x", Text: "  "}}, nil, true},
		{"unrelated seen articles change nothing", []chorus.Article{{ID: "y", Text: "A comet passed close to the planet Venus on Tuesday evening, astronomers said."}}, nil, true},
		{"everything already seen", append(append([]chorus.Article{}, old...), fresh...), chorus.ErrNoText, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Update(tt.seen, fresh, opts)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if tt.same && !sameSummary(s, plain) {
				t.Errorf("got %q, want Summarize's %q", texts(s), texts(plain))
			}
		})
	}
}

func sameSummary(a, b chorus.Summary) bool {
	if len(a.Sentences) != len(b.Sentences) || a.Words != b.Words {
		return false
	}
	for i := range a.Sentences {
		if a.Sentences[i].Text != b.Sentences[i].Text {
			return false
		}
	}
	return true
}

func texts(s chorus.Summary) []string {
	out := make([]string, len(s.Sentences))
	for i, sn := range s.Sentences {
		out[i] = sn.Text
	}
	return out
}

// TestMarkSeenKnown checks when the seen articles tell the same story as
// the new ones (some new sentence repeats a seen one): then no lead is
// brought in to state the event the reader knows.
func TestMarkSeenKnown(t *testing.T) {
	old := readCase(t, "seen/old")
	fresh := readCase(t, "seen/new")
	tests := []struct {
		name string
		seen []chorus.Article
		want bool
	}{
		{"nothing seen", nil, false},
		{"an unrelated story", []chorus.Article{{ID: "y", Text: "A comet passed close to the planet Venus on Tuesday evening, astronomers said."}}, false},
		{"the same story", old, true},
		// Only a line that cannot lead (it refers back: "... again")
		// repeats a seen one: it is stale, but the reader does not know
		// the event from it.
		{"a short line alone", []chorus.Article{{ID: "y", Text: "Traffic was heavy near the river.\n\nThe comet Velmo-3 passed close to Venus, astronomers said on Tuesday evening."}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultTuning()
			c := &cluster{p: &p, bp: DefaultBoilerplate(), sal: DefaultSalience(), lead: -1}
			articles := append(slices.Clip(fresh), chorus.Article{ID: "z", Text: "Traffic was heavy near the river again."})
			if !c.prepare(articles) {
				t.Fatal("no sentence in the new articles")
			}
			c.score(DefaultModel())
			c.seen = c.readSeen(tt.seen)
			if got := c.markSeen(); got != tt.want {
				t.Errorf("markSeen() = %v, want %v", got, tt.want)
			}
			short := slices.IndexFunc(c.cands, func(cd candidate) bool { return strings.HasPrefix(cd.text, "Traffic was heavy") })
			if stale := short >= 0 && c.stale[c.cands[short].fact]; stale != (tt.name == "a short line alone") {
				t.Errorf("the short line stale: %v", stale)
			}
		})
	}
}

// TestSeenMinDF checks that an update summary's objective weighs a concept
// that only two of the new sources tell (seenMinDF), which an ordinary
// summary's objective leaves at nothing (Tuning.MinDF).
func TestSeenMinDF(t *testing.T) {
	fresh := wideCluster(6)
	for i := range 2 {
		fresh[i].Text += " Army engineers will put up a temporary steel crossing by Friday."
	}
	seen := []chorus.Article{{ID: "old", Text: "Heavy rain fell on the Marrow valley for a third day on Thursday, and the river rose above its banks near the town."}}
	steel := pairHash(termOf(t, "temporary"), termOf(t, "steel"))
	tests := []struct {
		name string
		seen []chorus.Article
		want bool // the concept weighs
	}{
		{"ordinary summary", nil, false},
		{"update summary", seen, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := seenCluster(t, fresh, tt.seen)
			if got := c.newObjective(c.p).weight[steel] > 0; got != tt.want {
				t.Errorf("%q weighs: %v, want %v (MinDF %d, seenMinDF %d)", "temporary steel", got, tt.want, c.p.MinDF, seenMinDF)
			}
		})
	}
}

// seenCluster prepares and scores a cluster of fresh articles, with the
// default tuning and model, for a reader who has read seen (nil: none).
func seenCluster(t *testing.T, fresh, seen []chorus.Article) *cluster {
	t.Helper()
	p := DefaultTuning()
	c := &cluster{p: &p, lead: -1}
	if !c.prepare(fresh) {
		t.Fatal("no text")
	}
	c.score(DefaultModel())
	c.seen = c.readSeen(seen)
	return c
}
