package rouge

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// tokensOf lists the ROUGE tokens of text as strings.
func tokensOf(text string, stemming, stop bool) []string {
	tk := tokenizer{stem: stemming, stop: stop}
	var out []string
	tk.each(text, func(tok []byte) {
		if stemming {
			out = append(out, stem(tok))
		} else {
			out = append(out, string(tok))
		}
	})
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		stem, stop bool
		want       string
	}{
		{"punctuation splits", "U.S. well-known Co-op's $5,000!", false, false, "u s well known co op s 5 000"},
		{"non-ASCII bytes split", "Ünïcode café", false, false, "n code caf"},
		{"porter on long tokens", "Running quickly", true, false, "run quickli"},
		{"short tokens are not stemmed", "was ties", true, false, "was ti"},
		{"WordNet exceptions first", "said children went", true, false, "say child go"},
		{"ROUGE stopwords", "The cat sat on the mat", false, true, "cat mat"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(tokensOf(tt.text, tt.stem, tt.stop), " ")
			if got != tt.want {
				t.Errorf("tokens(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// want builds the Score ROUGE prints for hit, model and peer counts.
func want(hit, model, peer float64) Score { return newScore(hit, model, peer, 0.5) }

func TestEvaluate(t *testing.T) {
	cat := []string{"The cat sat on the mat."}
	tests := []struct {
		name   string
		cand   []string
		refs   [][]string
		opts   Options
		metric string
		want   Score
	}{
		{"unigrams", cat, [][]string{{"the cat was on the mat"}}, Options{}, "ROUGE-1", want(5, 6, 6)},
		{"bigrams", cat, [][]string{{"the cat was on the mat"}}, Options{}, "ROUGE-2", want(3, 5, 5)},
		{"bigrams cross sentences", []string{"the cat", "sat down"}, [][]string{{"cat sat"}}, Options{}, "ROUGE-2", want(1, 1, 3)},
		{"-f A sums over references", cat, [][]string{{"the cat was on the mat"}, {"a cat sat"}}, Options{}, "ROUGE-1", want(7, 9, 12)},
		{"-f B keeps the best recall", cat, [][]string{{"a cat sat"}, {"the cat was on the mat"}}, Options{Best: true}, "ROUGE-1", want(5, 6, 6)},
		{"union LCS", []string{"w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"}, [][]string{{"w1 w2 w3 w4 w5"}}, Options{}, "ROUGE-L", want(4, 5, 10)},
		{"LCS clipped by unigrams", []string{"a b", "a b"}, [][]string{{"a b"}, {"a b"}}, Options{}, "ROUGE-L", want(4, 4, 8)},
		{"skip-bigrams", []string{"a c b"}, [][]string{{"a b c"}}, Options{SkipGap: 4}, "ROUGE-S4", want(2, 3, 3)},
		{"skip-bigrams with unigrams but not the last", []string{"a c b"}, [][]string{{"a b c"}}, Options{SkipGap: 4, SkipUnigrams: true}, "ROUGE-SU4", want(3, 5, 5)},
		{"skip gap bounds pairs", []string{"a b c d"}, [][]string{{"a d"}}, Options{SkipGap: 1}, "ROUGE-S1", want(0, 1, 5)},
		{"wider gap reaches", []string{"a b c d"}, [][]string{{"a d"}}, Options{SkipGap: 2}, "ROUGE-S2", want(1, 1, 6)},
		{"unlimited gap", []string{"a b c d"}, [][]string{{"a d"}}, Options{SkipGap: -1}, "ROUGE-S*", want(1, 1, 6)},
		{"word limit cuts both sides", []string{"one two", "three four five"}, [][]string{{"four five one two three"}}, Options{WordLimit: 3}, "ROUGE-1", want(1, 3, 3)},
		{"word limit counts raw words", []string{"U.S. troops left"}, [][]string{{"u s troops"}}, Options{WordLimit: 2}, "ROUGE-1", want(2, 2, 3)},
		{"byte limit cuts inside a sentence", []string{"aaa bbb", "ccc ddd"}, [][]string{{"aaa bbb ccc ddd"}}, Options{ByteLimit: 10}, "ROUGE-1", want(2, 3, 3)},
		{"stemming matches inflections", []string{"He said the markets were falling"}, [][]string{{"markets fall, says he"}}, Options{Stem: true}, "ROUGE-1", want(3, 4, 6)},
		{"stopwords removed", cat, [][]string{{"the cat was on the mat"}}, Options{RemoveStopwords: true}, "ROUGE-1", want(2, 2, 2)},
		{"alpha weighs precision", cat, [][]string{{"the cat"}}, Options{Alpha: 0.9}, "ROUGE-1", newScore(2, 2, 6, 0.9)},
		{"no references", cat, nil, Options{}, "ROUGE-1", Score{}},
		{"empty candidate", nil, [][]string{{"a b"}}, Options{}, "ROUGE-L", Score{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Evaluate(tt.cand, tt.refs, tt.opts)[tt.metric]
			if !ok {
				t.Fatalf("metric %s missing", tt.metric)
			}
			if got != tt.want {
				t.Errorf("%s = %+v, want %+v", tt.metric, got, tt.want)
			}
		})
	}
}

func TestNewScoreRoundsLikePerl(t *testing.T) {
	s := newScore(1, 3, 7, 0.5)
	if s.R != 0.33333 || s.P != 0.14286 {
		t.Fatalf("R, P = %v, %v; want 0.33333, 0.14286", s.R, s.P)
	}
	if wantF := round5(s.P * s.R / (0.5*s.P + 0.5*s.R)); s.F != wantF {
		t.Errorf("F = %v, want %v from the rounded R and P", s.F, wantF)
	}
}

func TestMetrics(t *testing.T) {
	got := Options{MaxN: 3, SkipGap: 4, SkipUnigrams: true}.Metrics()
	wantNames := []string{"ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-L", "ROUGE-S4", "ROUGE-SU4"}
	if !slices.Equal(got, wantNames) {
		t.Errorf("Metrics() = %v, want %v", got, wantNames)
	}
	scores := Evaluate([]string{"a b c"}, [][]string{{"a b"}}, Options{MaxN: 3, SkipGap: 4, SkipUnigrams: true})
	if names := SortedMetrics(scores); !slices.Equal(names, wantNames) {
		t.Errorf("SortedMetrics = %v, want %v", names, wantNames)
	}
}

func TestCounterMatchesEvaluate(t *testing.T) {
	refs := [][]string{
		{"Storms flooded the river valley on Monday.", "Thousands of residents left their homes."},
		{"Floods forced thousands from homes in the valley after storms."},
	}
	cands := []string{
		"Heavy storms flooded the valley.",
		"Thousands of residents fled their homes on Monday.",
		"Officials said the river would crest on Tuesday.",
	}
	opts := Options{Stem: true}
	r := NewReferences(refs, opts)
	for n := 1; n <= 3; n++ {
		c := r.NewCounter(n)
		for i, text := range cands {
			s := r.Prepare(text)
			with := c.RecallWith(s)
			c.Add(s)
			if c.Recall() != with {
				t.Errorf("n=%d after %d: Recall %v != RecallWith %v", n, i, c.Recall(), with)
			}
			wantR := Evaluate(cands[:i+1], refs, Options{Stem: true, MaxN: 3})[NGramName(n)].R
			if math.Abs(round5(c.Recall())-wantR) > 1e-9 {
				t.Errorf("n=%d after %d sentences: counter recall %v, Evaluate %v", n, i+1, c.Recall(), wantR)
			}
		}
		d := c.Clone()
		c.Reset()
		if c.Recall() != 0 || d.Recall() == 0 {
			t.Errorf("n=%d: Reset/Clone not independent: %v, %v", n, c.Recall(), d.Recall())
		}
	}
}

func TestBootstrap(t *testing.T) {
	var rng drand48
	rng.seed(0)
	if got := rng.next(); got != 0.17082803610628972 { // perl -e 'srand(0); print rand()'
		t.Fatalf("drand48 after srand(0) = %v, want Perl's 0.17082803610628972", got)
	}
	per := []Scores{
		{"ROUGE-1": {R: 0.2, P: 0.4, F: 0.26667}},
		{"ROUGE-1": {R: 0.4, P: 0.2, F: 0.26667}},
		{"ROUGE-1": {R: 0.6, P: 0.6, F: 0.6}},
	}
	plain := Bootstrap(per, 0, 95, 0)["ROUGE-1"]
	if plain.Mean.R != 0.4 || plain.Mean.P != 0.4 || plain.Low != plain.Mean {
		t.Errorf("plain means = %+v", plain)
	}
	iv := Bootstrap(per, 1000, 95, 0)["ROUGE-1"]
	if !(iv.Low.R <= iv.Mean.R && iv.Mean.R <= iv.High.R && iv.Low.R >= 0.2 && iv.High.R <= 0.6) {
		t.Errorf("interval %+v not ordered within the data", iv)
	}
	if math.Abs(iv.Mean.R-0.4) > 0.01 {
		t.Errorf("bootstrap mean %v far from 0.4", iv.Mean.R)
	}
	if again := Bootstrap(per, 1000, 95, 0)["ROUGE-1"]; again != iv {
		t.Errorf("bootstrap not deterministic: %+v vs %+v", again, iv)
	}
}

func FuzzEvaluate(f *testing.F) {
	f.Add("The cat sat on the mat.", "the cat was on the mat", 0)
	f.Add("  leading space. U.S. $5", "u s", 2)
	f.Add("", "a", 1)
	f.Add("a-b-c\td\ne", "--", 3)
	f.Fuzz(func(t *testing.T, cand, ref string, limit int) {
		opts := Options{MaxN: 3, SkipGap: 4, SkipUnigrams: true, Stem: true, WordLimit: limit % 5}
		if limit%2 == 1 {
			opts = Options{ByteLimit: limit % 17, RemoveStopwords: true, SkipGap: -1}
		}
		s := Evaluate(strings.Split(cand, "\n"), [][]string{strings.Split(ref, "\n"), {ref}}, opts)
		for name, v := range s {
			for _, x := range []float64{v.R, v.P, v.F} {
				if x < 0 || x > 1 || math.IsNaN(x) {
					t.Fatalf("%s out of range: %+v", name, v)
				}
			}
		}
		if s["ROUGE-L"].R > s["ROUGE-1"].R {
			t.Errorf("ROUGE-L recall %v above ROUGE-1 %v", s["ROUGE-L"].R, s["ROUGE-1"].R)
		}
	})
}

func TestReferencesConcurrent(t *testing.T) {
	ref, cand := benchText(120, 3), benchText(130, 4)
	r := NewReferences([][]string{ref, benchText(100, 5)}, benchOpts)
	want := r.Score(cand)
	done := make(chan Scores)
	for i := 0; i < 4; i++ {
		go func() { done <- r.Score(cand) }()
	}
	for i := 0; i < 4; i++ {
		got := <-done
		for name, s := range want {
			if got[name] != s {
				t.Errorf("concurrent %s = %+v, want %+v", name, got[name], s)
			}
		}
	}
}
