package summarize

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// The invented testdata/query case: five reports of a wildfire that all
// lead with its spread and the evacuation, and tell further down of its
// suspected cause (a utility's power line) and of burned vineyards.
const (
	causeQuery = "Cause of the Corvala Valley fire.\nWhat do investigators say started the fire, and who may be held responsible?"
	farmQuery  = "Losses to farms and vineyards in the valley"
)

// mentions counts the summary sentences that hold any of the phrases.
func mentions(s chorus.Summary, phrases ...string) int {
	n := 0
	for _, sn := range s.Sentences {
		for _, p := range phrases {
			if strings.Contains(sn.Text, p) {
				n++
				break
			}
		}
	}
	return n
}

// TestQuery checks that a query moves the selection toward what it asks
// about, and that a summary with no usable query is the generic one, byte
// for byte.
func TestQuery(t *testing.T) {
	arts := readCase(t, "query")
	summarize := func(t *testing.T, query string) chorus.Summary {
		t.Helper()
		s, err := Summarize(arts, chorus.Options{Words: 100, Query: query})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	generic := summarize(t, "")
	cause := []string{"power line", "Western Ridge", "investigat", "sue "}
	tests := []struct {
		name  string
		query string
		check func(t *testing.T, s chorus.Summary)
	}{
		{"cause query adds what it asks about", causeQuery, func(t *testing.T, s chorus.Summary) {
			if g, q := mentions(generic, cause...), mentions(s, cause...); q <= g {
				t.Errorf("focused summary has %d sentences on the cause, the generic one %d: %q", q, g, texts(s))
			}
			golden(t, filepath.Join("testdata", "query", "cause.golden.json"), s)
		}},
		{"farm query brings in the vineyards", farmQuery, func(t *testing.T, _ chorus.Summary) {
			// At 70 words: at 100 the generic summary, its repeats of the
			// fire's spread dropped (sameEvent), reaches the vineyards too.
			short := func(query string) chorus.Summary {
				s, err := Summarize(arts, chorus.Options{Words: 70, Query: query})
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
			if mentions(short(""), "vineyard", "grapes") > 0 {
				t.Fatalf("the generic summary already tells of the vineyards: the case tests nothing")
			}
			if s := short(farmQuery); mentions(s, "vineyard", "grapes") == 0 {
				t.Errorf("focused summary leaves the vineyards out: %q", texts(s))
			}
		}},
		{"blank query is no query", " \n\t", unchanged(generic)},
		{"query sharing no word with the cluster", "Zebra migration in Tanzania", unchanged(generic)},
		{"query of request words only", "Describe and discuss. Include information, details and examples.", unchanged(generic)},
		{"invalid UTF-8 and control bytes", "\xff\xfe\x00 vineyards\x80 \x01", func(t *testing.T, s chorus.Summary) {
			if len(s.Sentences) == 0 {
				t.Error("no summary")
			}
		}},
		{"huge query read in part", strings.Repeat("Zebra migration in Tanzania. ", 1<<15) + "vineyards", unchanged(generic)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := summarize(t, tt.query)
			tt.check(t, s)
			if again := summarize(t, tt.query); !sameJSON(t, s, again) {
				t.Errorf("two runs differ")
			}
		})
	}
}

// unchanged checks that a summary is want, byte for byte in JSON.
func unchanged(want chorus.Summary) func(t *testing.T, s chorus.Summary) {
	return func(t *testing.T, s chorus.Summary) {
		t.Helper()
		if !sameJSON(t, s, want) {
			t.Errorf("summary differs from the generic one:\n got %q\nwant %q", texts(s), texts(want))
		}
	}
}

func sameJSON(t *testing.T, a, b chorus.Summary) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return string(ja) == string(jb)
}

// TestQueryTerms checks that the words of how a request is phrased are no
// query terms and the words of what it asks about are.
func TestQueryTerms(t *testing.T) {
	var c cluster
	terms := func(s string) []uint64 { return c.queryTerms(s) }
	tests := []struct {
		name, query, same string
	}{
		{"request words dropped", "Describe the damage. Include information on the dam.", "damage dam"},
		{"questions keep their subject", "What caused the flooding, and why?", "caused flooding"},
		{"numbers are no terms", "The 2004 election", "election"},
		{"case and inflection fold", "Floods", "flood"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := terms(tt.query), terms(tt.same); !slices.Equal(got, want) || len(got) == 0 {
				t.Errorf("terms of %q = %v, want those of %q = %v", tt.query, got, tt.same, want)
			}
		})
	}
}

// TestQueryUpdate checks that a query and an update summary work together:
// the summary still leaves out what the reader has read, and quotes and
// cites only the new articles.
func TestQueryUpdate(t *testing.T) {
	old := readCase(t, "seen/old")
	fresh := readCase(t, "seen/new")
	s, err := Update(old, fresh, chorus.Options{Words: 100, Query: "What will happen to the bridge?"})
	if err != nil {
		t.Fatal(err)
	}
	if n := mentions(s, "closed", "cracks in two", "9,000", "Mill Road"); n > 0 {
		t.Errorf("focused update summary repeats %d old facts: %q", n, texts(s))
	}
	checkInvariants(t, fresh, s, chorus.Options{Words: 100})
}

// TestSummarizeEachQuery checks that a cluster's own Query focuses its
// summary unless Options.Query is set.
func TestSummarizeEachQuery(t *testing.T) {
	arts := readCase(t, "query")
	want := func(query string) chorus.Summary {
		s, err := Summarize(arts, chorus.Options{Words: 100, Query: query})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	tests := []struct {
		name, own, opt, use string
	}{
		{"cluster's own query", farmQuery, "", farmQuery},
		{"options override it", farmQuery, causeQuery, causeQuery},
		{"none", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sz Summarizer
			clusters := []chorus.Cluster{{ID: "fire", Articles: arts, Query: tt.own}}
			err := sz.SummarizeEach(context.Background(), clusters, chorus.Options{Words: 100, Query: tt.opt}, 1, func(_ int, s chorus.Summary, err error) error {
				if err != nil {
					return err
				}
				if !sameJSON(t, s, want(tt.use)) {
					t.Errorf("summary is not the one focused on %q: %q", tt.use, texts(s))
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestQueryReadsSeen checks that in an update summary the query is
// expanded from the seen sentences too: a word that only the reader's
// earlier articles use with the query's joins it.
func TestQueryReadsSeen(t *testing.T) {
	fresh := wideCluster(6)
	fresh[0].Text += " Ferry fares will rise next month, the operator said."
	seen := []chorus.Article{
		{ID: "old1", Text: "Ferry fares doubled after the storm, and passengers complained to the council."},
		{ID: "old2", Text: "The ferry operator defended its fares on Tuesday, citing the cost of fuel."},
		{ID: "old3", Text: "Commuters said ferry fares were now too high for daily trips to the market."},
	}
	fares := termOf(t, "fares")
	tests := []struct {
		name string
		seen []chorus.Article
		want bool // "fares" joins the query
	}{
		{"ordinary summary", nil, false},
		{"update summary", seen, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := seenCluster(t, fresh, tt.seen)
			c.focus("ferry")
			if c.q == nil {
				t.Fatal("the query shares no word with the cluster")
			}
			if got := c.q.weight[fares] > 0; got != tt.want {
				t.Errorf("%q in the query: %v, want %v (weights %v)", "fares", got, tt.want, c.q.weight)
			}
		})
	}
}
