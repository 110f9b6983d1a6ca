package summarize

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/rouge/porter"
)

// The tuning harness: go test ./summarize -run TestTune -tune multinews-val
// -tune.limit 1000. It prints approximate ROUGE-1/2 (Porter-stemmed, word
// cut-off) of the summarizer on a validation set; bench gives the official
// figures. Never point it at a test split.
var (
	tuneSet   = flag.String("tune", "", "dataset to tune on (multinews-val or duc2003)")
	tuneLimit = flag.Int("tune.limit", 500, "clusters to read")
	tuneModel = flag.String("tune.model", "", "model file to tune with (default: the embedded model)")
	trainN    = flag.Int("train", 0, "fit a model on this many multinews-train clusters and write it to -tune.model")
)

func TestTrain(t *testing.T) {
	if *trainN == 0 || *tuneModel == "" {
		t.Skip("training harness: pass -train N -tune.model FILE")
	}
	dir, err := dataset.Dir()
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	var tr Trainer
	err = dataset.Read(dir, "multinews-train", *trainN, func(ex dataset.Example) error {
		refs := make([]string, len(ex.References))
		for i, r := range ex.References {
			refs[i] = strings.Join(r, " ")
		}
		tr.Add(ex.Cluster.Articles, refs)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m, err := tr.Fit()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(*tuneModel)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := m.Write(f); err != nil {
		t.Fatal(err)
	}
	m.Write(os.Stdout)
}

func TestTune(t *testing.T) {
	if *tuneSet == "" {
		t.Skip("tuning harness: pass -tune DATASET")
	}
	if strings.Contains(*tuneSet, "test") || *tuneSet == "duc2004" || *tuneSet == "longbench200" {
		t.Fatalf("tune on validation data only, not %s", *tuneSet)
	}
	dir, err := dataset.Dir()
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	words, recall := 260, false
	if dataset.IsDUC(*tuneSet) {
		words, recall = 100, true
	}
	var sz Summarizer
	if *tuneModel != "" {
		f, err := os.Open(*tuneModel)
		if err != nil {
			t.Fatal(err)
		}
		sz.Model, err = ReadModel(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	var r1, r2 float64
	n := 0
	err = dataset.Read(dir, *tuneSet, *tuneLimit, func(ex dataset.Example) error {
		sum, err := sz.Summarize(ex.Cluster.Articles, chorus.Options{Words: words, Fill: true})
		if err != nil {
			return nil
		}
		var sents []string
		for _, s := range sum.Sentences {
			sents = append(sents, s.Text)
		}
		a, b := quickRouge(sents, ex.References, words, recall)
		r1 += a
		r2 += b
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%s n=%d R1=%.2f R2=%.2f (%s)\n", *tuneSet, n, 100*r1/float64(n), 100*r2/float64(n),
		map[bool]string{true: "recall", false: "F"}[recall])
}

// quickRouge approximates ROUGE-1.5.5 -m -l words: mean over references of
// ROUGE-1 and ROUGE-2 recall or F.
func quickRouge(cand []string, refs [][]string, words int, recall bool) (float64, float64) {
	ct := rougeTokens(strings.Join(cand, " "), words)
	var s1, s2 float64
	for _, ref := range refs {
		rt := rougeTokens(strings.Join(ref, " "), 0)
		for n, acc := range []*float64{&s1, &s2} {
			cg, rg := ngrams(ct, n+1), ngrams(rt, n+1)
			hit, ctot, rtot := 0, 0, 0
			for g, k := range rg {
				hit += min(k, cg[g])
				rtot += k
			}
			for _, k := range cg {
				ctot += k
			}
			if rtot == 0 || ctot == 0 {
				continue
			}
			r, p := float64(hit)/float64(rtot), float64(hit)/float64(ctot)
			if recall {
				*acc += r
			} else if hit > 0 {
				*acc += 2 * r * p / (r + p)
			}
		}
	}
	return s1 / float64(len(refs)), s2 / float64(len(refs))
}

func rougeTokens(s string, limit int) []string {
	if limit > 0 {
		f := strings.Fields(s)
		if len(f) > limit {
			f = f[:limit]
		}
		s = strings.Join(f, " ")
	}
	s = strings.ToLower(s)
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r)) || r > 127 }) {
		if len(w) > 3 {
			w = porter.Stem(w)
		}
		out = append(out, w)
	}
	return out
}

func ngrams(t []string, n int) map[string]int {
	m := make(map[string]int)
	for i := 0; i+n <= len(t); i++ {
		m[strings.Join(t[i:i+n], " ")]++
	}
	return m
}
