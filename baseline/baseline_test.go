package baseline

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// invented is a small invented cluster about one event.
func invented() []chorus.Article {
	day := func(d int) time.Time { return time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC) }
	return []chorus.Article{
		{ID: "a", Published: day(1), Text: "The city council approved a new river bridge on Monday after a long debate. " +
			"The bridge will cost forty million dollars and open in two years. " +
			"Residents of the east bank have waited a decade for a crossing. " +
			"The mayor praised the vote as a turning point for the region."},
		{ID: "b", Published: day(3), Text: "Council members voted seven to two for the river bridge. " +
			"Opponents said the forty million dollar cost was too high for the city budget. " +
			"Construction crews are expected to start work in the spring. " +
			"Short line."},
		{ID: "c", Published: day(2), Text: "A new bridge across the river won approval from the city council. " +
			"The mayor said the bridge would link the east bank to downtown jobs. " +
			"The council approved a new river bridge on Monday after a long debate."},
	}
}

func systems() []System {
	return []System{Lead{}, Lead{MostRecent: true}, Centroid{}, LexRank{}, TextRank{}, MMR{}}
}

func sourceSentences(t *testing.T, arts []chorus.Article) map[string]bool {
	t.Helper()
	c := newCluster(arts)
	out := map[string]bool{}
	for _, s := range c.sents {
		out[s.text] = true
	}
	return out
}

func TestBudgets(t *testing.T) {
	arts := invented()
	src := sourceSentences(t, arts)
	tests := []struct {
		name string
		opts chorus.Options
	}{
		{"twenty words", chorus.Options{Words: 20}},
		{"fill twenty words", chorus.Options{Words: 20, Fill: true}},
		{"two sentences", chorus.Options{Sentences: 2}},
		{"default budget", chorus.Options{}},
	}
	for _, sys := range append(systems(), oracleWithRef{}) {
		for _, tc := range tests {
			t.Run(sys.Name()+"/"+tc.name, func(t *testing.T) {
				sum, err := sys.Summarize(arts, tc.opts)
				if err != nil {
					t.Fatal(err)
				}
				if len(sum.Sentences) == 0 {
					t.Fatal("empty summary")
				}
				words := 0
				seen := map[string]bool{}
				for _, s := range sum.Sentences {
					if !src[s.Text] {
						t.Errorf("sentence not from the sources: %q", s.Text)
					}
					if seen[s.Text] {
						t.Errorf("repeated sentence %q", s.Text)
					}
					seen[s.Text] = true
					if len(s.Sources) != 1 || s.Sources[0] < 1 || s.Sources[0] > len(sum.Sources) {
						t.Errorf("bad citation %v for %d sources", s.Sources, len(sum.Sources))
					}
					words += len(strings.Fields(s.Text))
				}
				if words != sum.Words {
					t.Errorf("Words = %d, counted %d", sum.Words, words)
				}
				w, n := tc.opts.Budget()
				switch {
				case n > 0 && len(sum.Sentences) > n:
					t.Errorf("%d sentences, cap %d", len(sum.Sentences), n)
				case tc.opts.Fill && words < w:
					t.Errorf("fill: %d words, want at least %d", words, w)
				case !tc.opts.Fill && w > 0 && words > w:
					t.Errorf("%d words, budget %d", words, w)
				}
			})
		}
	}
}

// oracleWithRef runs the oracle with an invented reference.
type oracleWithRef struct{}

func (oracleWithRef) Name() string { return "oracle" }
func (oracleWithRef) Summarize(a []chorus.Article, o chorus.Options) (chorus.Summary, error) {
	return Oracle{}.SummarizeReferenced(a, [][]string{{"Council members voted for the river bridge.", "It costs forty million dollars."}}, o)
}

func TestLeadOrder(t *testing.T) {
	tests := []struct {
		name string
		sys  Lead
		want []string // first words of the first two sentences
	}{
		{"round robin", Lead{}, []string{"The city council approved", "Council members voted"}},
		{"most recent", Lead{MostRecent: true}, []string{"Council members voted", "Opponents said"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sum, err := tc.sys.Summarize(invented(), chorus.Options{Sentences: 2})
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(sum.Sentences[i].Text, w) {
					t.Errorf("sentence %d = %q, want prefix %q", i, sum.Sentences[i].Text, w)
				}
			}
		})
	}
}

func TestOracleFindsReference(t *testing.T) {
	ref := [][]string{{"Opponents said the forty million dollar cost was too high for the city budget."}}
	sum, err := Oracle{}.SummarizeReferenced(invented(), ref, chorus.Options{Sentences: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Sentences[0].Text != ref[0][0] {
		t.Errorf("oracle picked %q", sum.Sentences[0].Text)
	}
	if _, err := (Oracle{}).Summarize(invented(), chorus.Options{}); err == nil {
		t.Error("oracle without references: want an error")
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		arts []chorus.Article
		opts chorus.Options
		want error
	}{
		{"no articles", nil, chorus.Options{}, chorus.ErrNoArticles},
		{"no text", []chorus.Article{{ID: "x", Text: "  \n\n "}}, chorus.Options{}, chorus.ErrNoText},
	}
	for _, sys := range systems() {
		for _, tc := range tests {
			t.Run(sys.Name()+"/"+tc.name, func(t *testing.T) {
				if _, err := sys.Summarize(tc.arts, tc.opts); !errors.Is(err, tc.want) {
					t.Errorf("err = %v, want %v", err, tc.want)
				}
			})
		}
		t.Run(sys.Name()+"/negative budget", func(t *testing.T) {
			_, err := sys.Summarize(invented(), chorus.Options{Words: -1})
			if chorus.ErrorCode(err) != chorus.EINVALID {
				t.Errorf("err = %v, want invalid", err)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	for _, sys := range systems() {
		t.Run(sys.Name(), func(t *testing.T) {
			a, err1 := sys.Summarize(invented(), chorus.Options{Words: 40})
			b, err2 := sys.Summarize(invented(), chorus.Options{Words: 40})
			if err1 != nil || err2 != nil || !reflect.DeepEqual(a, b) {
				t.Errorf("two runs differ: %v %v", err1, err2)
			}
		})
	}
}

func TestNew(t *testing.T) {
	for _, name := range Names() {
		sys, err := New(name)
		if err != nil || sys.Name() != name {
			t.Errorf("New(%q) = %v, %v", name, sys, err)
		}
	}
	if _, err := New("gpt"); chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("New(unknown) err = %v", err)
	}
}

func TestPagerank(t *testing.T) {
	tests := []struct {
		name string
		w    [][]float64
	}{
		{"triangle", [][]float64{{0, 1, 1}, {1, 0, 1}, {1, 1, 0}}},
		{"isolated node", [][]float64{{0, 1, 0}, {1, 0, 0}, {0, 0, 0}}},
		{"star", [][]float64{{0, 1, 1, 1}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := pagerank(tc.w, 0.85)
			sum := 0.0
			for _, x := range p {
				sum += x
			}
			if math.Abs(sum-1) > 1e-6 {
				t.Errorf("scores sum to %v", sum)
			}
		})
	}
	if p := pagerank([][]float64{{0, 1, 1, 1}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}}, 0.85); p[0] <= p[1] {
		t.Errorf("star centre %v not above leaf %v", p[0], p[1])
	}
}

func BenchmarkSystems(b *testing.B) {
	arts := invented()
	for i := range arts {
		arts[i].Text = strings.Repeat(arts[i].Text+" ", 8)
	}
	for _, sys := range append(systems(), oracleWithRef{}) {
		b.Run(sys.Name(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := sys.Summarize(arts, chorus.Options{Words: 100, Fill: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestLeadSameDay(t *testing.T) {
	day := time.Date(1998, 11, 8, 0, 0, 0, 0, time.UTC)
	arts := []chorus.Article{
		{ID: "APW19981108.0188", Published: day, Text: "The later wire story leads here today."},
		{ID: "NYT19981108.0136", Published: day, Text: "The earlier paper story leads here today."},
	}
	sum, err := Lead{MostRecent: true}.Summarize(arts, chorus.Options{Sentences: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := sum.Sources[0].Article; got != "APW19981108.0188" {
		t.Errorf("lead read %s first, want the higher sequence number", got)
	}
}

func FuzzSystems(f *testing.F) {
	f.Add("The bridge opened. It cost a lot.", "Crowds cheered the bridge.", 5, true)
	f.Add("", "   ", 0, false)
	f.Add("One. Two. Three. Four.", "x\n\ny", 1, true)
	f.Add("a b c d e f g h i j k l m n o p", "q r s t u v w x y z", 3, true)
	f.Fuzz(func(t *testing.T, a, b string, words int, fill bool) {
		arts := []chorus.Article{{ID: "a", Text: a}, {ID: "b", Text: b}}
		opts := chorus.Options{Words: words % 300, Fill: fill}
		for _, sys := range systems() {
			sum, err := sys.Summarize(arts, opts)
			if err == nil && !opts.Fill && opts.Words > 0 && sum.Words > opts.Words {
				t.Errorf("%s: %d words over budget %d", sys.Name(), sum.Words, opts.Words)
			}
		}
		if _, err := (Oracle{}).SummarizeReferenced(arts, [][]string{{b}}, opts); err != nil && chorus.ErrorCode(err) != chorus.EINVALID {
			t.Errorf("oracle: %v", err)
		}
	})
}
