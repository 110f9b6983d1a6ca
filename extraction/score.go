// Package extraction scores extracted article text against a gold article
// body with the metric of scrapinghub's article-extraction-benchmark
// (evaluate.py): it sits beside the way in (HTML → article text) and
// measures it, it is not part of the summarizing pipeline.
//
// Text is cut into tokens (runs of letters, digits and '_', as Python's
// \w+ finds them, case kept), tokens into overlapping 4-token shingles, and
// the shingle multisets of the extracted and the gold text are compared:
// true positives are the shingles both hold, false positives the extra
// ones extracted, false negatives the gold ones missed. Each page's counts
// are normalised to sum to 1, so that long pages weigh no more than short
// ones; precision and recall are averaged over pages and F1 is taken from
// the two averages.
package extraction

import (
	"strings"
	"unicode"
)

// ShingleSize is the number of tokens in a shingle (the benchmark's ngram_n).
const ShingleSize = 4

// Counts are one page's shingle true positives, false positives and false
// negatives, normalised to sum to 1 (all zero when neither text has a token).
type Counts struct {
	TP, FP, FN float64
}

// Precision is the page's precision as the benchmark defines it: 1 when
// nothing was extracted wrongly or missed, 0 when nothing was extracted
// rightly or wrongly.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is the page's recall as the benchmark defines it.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// isWord reports whether r belongs to a token: what Python's re module
// matches with \w on str patterns (letters, numbers, the underscore).
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens returns the tokens of s in order.
func Tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isWord(r) })
}

// shingles counts the shingles of s. A text shorter than ShingleSize
// tokens has one shingle of all its tokens; a text without tokens has none.
func shingles(s string) map[string]int {
	toks := Tokens(s)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	n := max(1, len(toks)-ShingleSize+1)
	for i := range n {
		// NUL cannot occur inside a token, so the joined key is unambiguous.
		out[strings.Join(toks[i:min(len(toks), i+ShingleSize)], "\x00")]++
	}
	return out
}

// Match compares an extracted text (pred) with the gold text and returns
// the page's normalised shingle counts.
func Match(gold, pred string) Counts {
	g, p := shingles(gold), shingles(pred)
	var tp, fp, fn int
	for k, gc := range g {
		pc := p[k]
		tp += min(gc, pc)
		fn += max(0, gc-pc)
	}
	for k, pc := range p {
		fp += max(0, pc-g[k])
	}
	s := tp + fp + fn
	if s == 0 {
		return Counts{}
	}
	t := float64(s)
	return Counts{TP: float64(tp) / t, FP: float64(fp) / t, FN: float64(fn) / t}
}

// Exact reports whether the two texts have the same tokens in the same
// order (the benchmark's per-page accuracy).
func Exact(gold, pred string) bool {
	a, b := Tokens(gold), Tokens(pred)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Scores are a system's figures over a set of pages.
type Scores struct {
	// Precision is averaged over the pages where something was extracted
	// or expected wrongly or rightly (TP+FP > 0), Recall over those with
	// TP+FN > 0; F1 is their harmonic mean.
	Precision, Recall, F1 float64
	// Pages is the number of pages scored.
	Pages int
}

// Mean averages per-page counts into Scores as evaluate.py does.
func Mean(pages []Counts) Scores {
	var p, r float64
	var np, nr int
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			p += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			r += c.Recall()
			nr++
		}
	}
	s := Scores{Pages: len(pages)}
	if np > 0 {
		s.Precision = p / float64(np)
	}
	if nr > 0 {
		s.Recall = r / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
