package bench

import (
	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/rouge"
)

// This file is the new-content measure of the update datasets (those whose
// examples carry the articles already read, dataset.Example.Before). The
// duc2006-split references were written for the whole topic, so ROUGE there
// rewards a summary of the later half whether or not the earlier half
// already told it: it measures what leaving seen content out costs, never
// what it buys. The new-content recall measures the second: of the
// references' content bigrams that the new articles hold and none of the
// seen ones does — what a reference says that only the new articles could
// have told the reader — the share the summary's first Protocol.Words
// words hold (clipped counts, as ROUGE's), averaged over the clusters that
// have any. Bigrams are of ROUGE's tokens with -m stemming, both tokens
// outside ROUGE's stopword list.

// bigramCounts counts the content bigrams of the texts, at most limit
// tokens in all (0: no limit).
func bigramCounts(texts []string, limit int) map[[2]string]int {
	out := map[[2]string]int{}
	n := 0
	for _, t := range texts {
		toks := rouge.Tokens(t)
		if limit > 0 {
			toks = toks[:min(len(toks), limit-n)]
		}
		n += len(toks)
		for i := 1; i < len(toks); i++ {
			if rouge.IsStopword(toks[i-1]) || rouge.IsStopword(toks[i]) {
				continue
			}
			out[[2]string{rouge.Stem(toks[i-1]), rouge.Stem(toks[i])}]++
		}
	}
	return out
}

// articleTexts returns the titles and texts of the articles.
func articleTexts(arts []chorus.Article) []string {
	out := make([]string, 0, 2*len(arts))
	for _, a := range arts {
		out = append(out, a.Title, a.Text)
	}
	return out
}

// newContent returns the new-content recall of a summary (its sentences)
// of the articles, read after seen, against the references, cut at words
// tokens; ok is false when the references hold no new content bigram or
// nothing was seen.
func newContent(sentences []string, seen, articles []chorus.Article, refs [][]string, words int) (recall float64, ok bool) {
	if len(seen) == 0 {
		return 0, false
	}
	old := bigramCounts(articleTexts(seen), 0)
	fresh := bigramCounts(articleTexts(articles), 0)
	sum := bigramCounts(sentences, words)
	total, hit := 0, 0
	for _, ref := range refs {
		for g, n := range bigramCounts(ref, 0) {
			if old[g] > 0 || fresh[g] == 0 {
				continue
			}
			total += n
			hit += min(n, sum[g])
		}
	}
	if total == 0 {
		return 0, false
	}
	return float64(hit) / float64(total), true
}
