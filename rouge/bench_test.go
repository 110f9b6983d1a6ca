package rouge

import (
	"strings"
	"testing"
)

// benchText invents a summary of about words words, sentences of 20 words,
// drawn deterministically from a small news-like vocabulary.
func benchText(words int, seed uint32) []string {
	vocab := strings.Fields(`the a of in to and officials said on for storm river city
		residents thousands flooded homes valley police government minister talks agreed
		election results votes counted reported killed injured hospital rescue teams
		announced monday tuesday president company shares markets fell rose percent
		investigation court judge ruled appeal statement spokesman according sources`)
	var out []string
	var b strings.Builder
	x := seed
	for i := 0; i < words; i++ {
		x = x*1664525 + 1013904223
		b.WriteString(vocab[int(x>>8)%len(vocab)])
		if (i+1)%20 == 0 || i == words-1 {
			b.WriteString(".")
			out = append(out, b.String())
			b.Reset()
		} else {
			b.WriteString(" ")
		}
	}
	return out
}

var benchOpts = Options{MaxN: 2, SkipGap: 4, SkipUnigrams: true, Stem: true}

// BenchmarkEvaluate scores a 260-word candidate against a 250-word reference
// with -n 2 -2 4 -U -m, references tokenized afresh each time.
func BenchmarkEvaluate(b *testing.B) {
	cand, ref := benchText(260, 1), benchText(250, 2)
	b.ReportAllocs()
	for b.Loop() {
		Evaluate(cand, [][]string{ref}, benchOpts)
	}
}

// BenchmarkReferencesScore is the same with the reference prepared once.
func BenchmarkReferencesScore(b *testing.B) {
	cand, ref := benchText(260, 1), benchText(250, 2)
	r := NewReferences([][]string{ref}, benchOpts)
	b.ReportAllocs()
	for b.Loop() {
		r.Score(cand)
	}
}

// BenchmarkCounterRecallWith is one greedy-oracle step: ROUGE-2 recall of a
// 200-word summary plus one 20-word sentence.
func BenchmarkCounterRecallWith(b *testing.B) {
	cand, ref := benchText(220, 1), benchText(250, 2)
	r := NewReferences([][]string{ref}, benchOpts)
	c := r.NewCounter(2)
	for _, s := range cand[:10] {
		c.Add(r.Prepare(s))
	}
	next := r.Prepare(cand[10])
	b.ReportAllocs()
	for b.Loop() {
		c.RecallWith(next)
	}
}
