package dataset

import (
	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/rouge"
)

// This file makes update-style references for the DUC 2006 stand-ins of
// the update task (duc2006-split-new, duc2006-update-new). DUC 2006's
// references were written for a whole topic, so on duc2006-split and
// duc2006-update they reward what a set tells whether or not the reader's
// earlier articles told it too. An update summary's references tell only
// what the new set adds. Here each reference keeps those of its sentences
// that the new articles tell and the seen ones do not: more of the
// sentence's content bigrams occur in the new articles and in no seen one
// than occur in a seen one. Bigrams are of ROUGE's tokens, stemmed (-m),
// both tokens outside ROUGE's stopword list, as in bench's new-content
// recall. A reference left with no sentence is dropped, and an example
// left with fewer than minNewRefs references (jackknifing needs two) or
// with nothing seen (a topic's first set) is skipped.
//
// The references so made are a proxy, not an assessor's update summary:
// sentences are attributed by shared words only, so a sentence that
// paraphrases the seen articles can count as new and one that merges old
// and new facts falls to the side with more bigrams, and they are shorter
// than DUC 2007's 100-word update references (about 40-60 words of the
// 250). They are built from the articles' own bigrams, so a summarizer
// that simply avoids the seen articles' bigrams is rewarded by
// construction: read them beside the whole-topic figures, which say what
// leaving seen content out costs.

// minNewRefs is the fewest update-style references an example keeps.
const minNewRefs = 2

// contentBigrams returns the set of content bigrams of the texts.
func contentBigrams(texts ...string) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, t := range texts {
		toks := rouge.Tokens(t)
		for i := 1; i < len(toks); i++ {
			if rouge.IsStopword(toks[i-1]) || rouge.IsStopword(toks[i]) {
				continue
			}
			out[[2]string{rouge.Stem(toks[i-1]), rouge.Stem(toks[i])}] = true
		}
	}
	return out
}

// articleBigrams returns the content bigrams of the articles' titles and
// texts.
func articleBigrams(arts []chorus.Article) map[[2]string]bool {
	texts := make([]string, 0, 2*len(arts))
	for _, a := range arts {
		texts = append(texts, a.Title, a.Text)
	}
	return contentBigrams(texts...)
}

// newReferences returns the update-style references of an example whose
// reader has read seen before articles (see above), and whether enough
// remain to score it.
func newReferences(refs [][]string, seen, articles []chorus.Article) ([][]string, bool) {
	if len(seen) == 0 {
		return nil, false
	}
	old, fresh := articleBigrams(seen), articleBigrams(articles)
	var out [][]string
	for _, ref := range refs {
		var keep []string
		for _, s := range ref {
			o, f := 0, 0
			for g := range contentBigrams(s) {
				if old[g] {
					o++
				} else if fresh[g] {
					f++
				}
			}
			if f > o {
				keep = append(keep, s)
			}
		}
		if len(keep) > 0 {
			out = append(out, keep)
		}
	}
	return out, len(out) >= minNewRefs
}

// withNewReferences wraps fn so that each example gets update-style
// references, skipping those that cannot be scored with them; limit
// (<= 0: none) counts the examples passed on.
func withNewReferences(limit int, fn func(Example) error) func(Example) error {
	n := 0
	return func(ex Example) error {
		refs, ok := newReferences(ex.References, ex.Before, ex.Cluster.Articles)
		if !ok {
			return nil
		}
		if limit > 0 && n >= limit {
			return errStop
		}
		n++
		ex.References = refs
		return fn(ex)
	}
}
