// Package baseline holds classic extractive multi-document summarizers used
// as reference points by the benchmark: lead, centroid, LexRank, TextRank,
// MMR and a greedy ROUGE-2 oracle. It sits in the evaluation half of Chorus
// (dataset → summarizers → rouge → bench), beside summarize, and shares the
// clean and sentence stages with it so every system sees the same sentences.
//
// Every system returns at most Options.Words words of whole sentences, or,
// with Options.Fill, whole sentences until it holds at least Options.Words
// words (for protocols where ROUGE cuts the summary itself). Sentences appear
// in the order the system selected them, most important first, so a length
// cut drops the least important words.
package baseline

import (
	"fmt"
	"strings"

	"github.com/chorusnews/chorus"
)

// System is an extractive summarizer.
type System interface {
	// Name is the short lower-case name used on the command line.
	Name() string
	// Summarize summarizes one cluster's articles within opts' budget.
	Summarize(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error)
}

// Referenced is a System that needs the reference summaries, such as the
// oracle. Each reference is given as its sentences.
type Referenced interface {
	System
	SummarizeReferenced(articles []chorus.Article, references [][]string, opts chorus.Options) (chorus.Summary, error)
}

// Names lists the systems New accepts, in table order.
func Names() []string {
	return []string{"lead", "centroid", "lexrank", "textrank", "mmr", "oracle"}
}

// New returns the named system with its default settings. Lead takes the
// first sentences of the articles in turn; use Lead{MostRecent: true} for
// the DUC convention.
func New(name string) (System, error) {
	switch strings.ToLower(name) {
	case "lead":
		return Lead{}, nil
	case "centroid":
		return Centroid{}, nil
	case "lexrank":
		return LexRank{}, nil
	case "textrank":
		return TextRank{}, nil
	case "mmr":
		return MMR{}, nil
	case "oracle":
		return Oracle{}, nil
	}
	return nil, chorus.Errorf(chorus.EINVALID, "unknown baseline %q (want one of %s)", name, strings.Join(Names(), ", "))
}

// minWords is the shortest sentence, in words, that the ranking systems
// (all but lead) consider: shorter ones are mostly datelines and fragments.
const minWords = 6

// prepare splits the articles into sentences, or returns an error when
// there are none.
func prepare(articles []chorus.Article) (*cluster, error) {
	if len(articles) == 0 {
		return nil, chorus.ErrNoArticles
	}
	c := newCluster(articles)
	if len(c.sents) == 0 {
		return nil, chorus.ErrNoText
	}
	return c, nil
}

// errNeedsReferences is returned by Oracle.Summarize.
var errNeedsReferences = chorus.Errorf(chorus.EINVALID, "the oracle needs reference summaries")

// check rejects options a summary cannot honour.
func check(opts chorus.Options) error {
	if opts.Words < 0 || opts.Sentences < 0 {
		return chorus.Errorf(chorus.EINVALID, "negative budget: %d words, %d sentences", opts.Words, opts.Sentences)
	}
	return nil
}

// wrap annotates an error from a named system.
func wrap(name string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("cannot summarize with %s: %w", name, err)
}
