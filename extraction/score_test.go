package extraction

import (
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"punctuation splits", "Mayor's plan—approved, 9-2.", []string{"Mayor", "s", "plan", "approved", "9", "2"}},
		{"underscore joins", "snake_case stays", []string{"snake_case", "stays"}},
		{"letters of any script", "Zürich straße Ωmega", []string{"Zürich", "straße", "Ωmega"}},
		{"empty", " ,. ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
				}
			}
		})
	}
}

func TestMatch(t *testing.T) {
	const gold = "the ferry left the harbour at dawn"
	tests := []struct {
		name, pred string
		want       Counts
	}{
		// gold has 4 shingles.
		{"identical", gold, Counts{TP: 1}},
		// punctuation is ignored, case is not: "The" spoils one shingle.
		{"case counts", "The ferry left, the harbour at dawn.", Counts{TP: 3.0 / 5, FP: 1.0 / 5, FN: 1.0 / 5}},
		// pred adds "subscribe now" at the end: 2 extra shingles.
		{"extra tail", gold + " subscribe now", Counts{TP: 4.0 / 6, FP: 2.0 / 6}},
		// pred keeps the first 5 tokens: 2 of the 4 shingles.
		{"truncated", "the ferry left the harbour", Counts{TP: 2.0 / 4, FN: 2.0 / 4}},
		{"nothing extracted", "", Counts{FN: 1}},
		// fewer tokens than a shingle: one shingle of all of them.
		{"short", "ferry left", Counts{FP: 1.0 / 5, FN: 4.0 / 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Match(gold, tt.pred)
			if math.Abs(got.TP-tt.want.TP)+math.Abs(got.FP-tt.want.FP)+math.Abs(got.FN-tt.want.FN) > 1e-12 {
				t.Errorf("Match(gold, %q) = %+v, want %+v", tt.pred, got, tt.want)
			}
		})
	}
	if got := Match("", ""); got != (Counts{}) {
		t.Errorf("Match of two empty texts = %+v, want zero", got)
	}
	if got := Match("a a a a a", "a a a a"); got.FN == 0 || got.FP != 0 {
		t.Errorf("repeated shingles must count as a multiset, got %+v", got)
	}
}

func TestMean(t *testing.T) {
	pages := []Counts{
		{TP: 1},              // perfect: P 1, R 1
		{TP: 0.5, FP: 0.5},   // P .5, R 1
		{FN: 1},              // nothing extracted: no precision, R 0
		{TP: 0.25, FN: 0.75}, // P 1, R .25
	}
	got := Mean(pages)
	wantP, wantR := (1+0.5+1)/3.0, (1+1+0+0.25)/4.0
	if math.Abs(got.Precision-wantP) > 1e-12 || math.Abs(got.Recall-wantR) > 1e-12 || got.Pages != 4 {
		t.Fatalf("Mean = %+v, want P %v R %v", got, wantP, wantR)
	}
	if f1 := 2 * wantP * wantR / (wantP + wantR); math.Abs(got.F1-f1) > 1e-12 {
		t.Errorf("F1 = %v, want %v", got.F1, f1)
	}
	if got := Mean(nil); got != (Scores{}) {
		t.Errorf("Mean(nil) = %+v, want zero", got)
	}
}

// aebDir is the scrapinghub set beside the module, or "" when absent.
func aebDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("CHORUS_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	dir = filepath.Join(dir, "extraction", "scrapinghub-aeb")
	if _, err := os.Stat(filepath.Join(dir, "point_scores.json.gz")); err != nil {
		t.Skipf("scrapinghub-aeb not found under %s", dir)
	}
	return dir
}

// TestReproducesPointScores checks the port against the benchmark's own
// figures: every published tool's per-page counts, recomputed from its
// output and the gold bodies, and every tool's totals, recomputed from
// its per-page counts, to the 5 decimals published.
func TestReproducesPointScores(t *testing.T) {
	dir := aebDir(t)
	pages, err := AEBPages(dir)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := AEBPublished(dir)
	if err != nil {
		t.Fatal(err)
	}
	byTool := map[string]Published{}
	for _, p := range pub {
		byTool[p.Tool] = p
		var counts []Counts
		ids := make([]string, 0, len(p.PerPage))
		for id := range p.PerPage {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			counts = append(counts, p.PerPage[id])
		}
		s := Mean(counts)
		round := func(x float64) float64 { return math.Round(x*1e5) / 1e5 }
		if round(s.Precision) != p.Precision || round(s.Recall) != p.Recall || round(s.F1) != p.F1 {
			t.Errorf("%s: totals %.5f/%.5f/%.5f from per-page counts, published %.5f/%.5f/%.5f",
				p.Tool, s.Precision, s.Recall, s.F1, p.Precision, p.Recall, p.F1)
		}
	}
	tools, err := AEBOutputs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(tools) == 0 {
		t.Fatal("no published outputs")
	}
	for _, tool := range tools {
		out, err := AEBOutput(dir, tool)
		if err != nil {
			t.Fatal(err)
		}
		p, ok := byTool[tool]
		if !ok {
			t.Errorf("%s: output without published scores", tool)
			continue
		}
		bad := 0
		for _, pg := range pages {
			got, want := Match(pg.Gold, out[pg.ID]), p.PerPage[pg.ID]
			if math.Abs(got.TP-want.TP) > 1e-12 || math.Abs(got.FP-want.FP) > 1e-12 || math.Abs(got.FN-want.FN) > 1e-12 {
				if bad++; bad <= 3 {
					t.Errorf("%s page %s: %+v, published %+v", tool, pg.ID, got, want)
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d pages differ", tool, bad, len(pages))
		}
	}
}
