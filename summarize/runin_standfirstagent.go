package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A standfirst run into a lede whose subject is a study and its authors:
// "Tarnwick pier was never a roman port, saying the stones were brought
// there after a flood a two year survey by geologists has found that the
// old harbour ...". cutStandfirst wants the lede's subject to reach its
// auxiliary with no tie word between (subjectThenAux), and "by" is one:
// "<noun> by <name>" closes many a headline. After a noun that names a
// study ("study", "survey", "report"), "by" and its authors make one
// subject with the noun, and the auxiliary after them the lede's verb:
// agentSubjectThenAux lets cutStandfirst read that subject too. The cut
// is made before selection, as cutStandfirst's.
//
// Measured against 578636d (default summaries): Multi-News validation 1
// of 5,598 summaries changes, better (an abbey's headline and deck cut
// from a study's lede, which now leads; the summary's shorter opening
// takes in one more sentence, the one a later "Buried there ..." points
// back to); train 1-6,000 0 of 5,975; train 1-38,000, the 98 clusters
// selected for this branch's shapes (the study-by-authors lede among
// them): 0 change from it. The shape is rare: a scan of train 1-38,000
// found two more articles with a study's noun and "by" in a fused first
// sentence, neither with an auxiliary after the authors.

// Bounds of agentSubjectThenAux.
const (
	// agentNounMax is the most words from the article to the study's
	// noun ("a two year survey").
	agentNounMax = 4
	// agentNameMax is the most words of the authors after "by".
	agentNameMax = 2
)

// agentNouns name a study whose authors "by" may give inside a lede's
// subject.
var agentNouns = lex.Set("study", "survey", "report", "analysis", "review", "poll", "audit", "investigation",
	"inquiry", "probe", "paper")

// agentSubjectThenAux reports whether the words after word k, a lede's
// "the", "a" or "an", are a study's noun phrase (one to agentNounMax words
// of letters, no tie word, the last one of agentNouns), "by", one to
// agentNameMax words of letters that are no stopword, and an auxiliary
// (bareAuxiliaries).
func agentSubjectThenAux(words []string, k int, raw func(int) string) bool {
	by := -1
	for j := k + 1; j < len(words) && j <= k+agentNounMax+1; j++ {
		if words[j] == "by" {
			by = j
			break
		}
		if !labelWord(raw(j)) || headlineTies[words[j]] || clauseVerbs[words[j]] {
			return false
		}
	}
	if by < k+2 || !agentNouns[words[by-1]] {
		return false
	}
	for j := by + 1; j < len(words) && j <= by+agentNameMax+1; j++ {
		if bareAuxiliaries[words[j]] {
			return j > by+1
		}
		if !labelWord(raw(j)) || lex.IsStopword(words[j]) || strings.HasSuffix(words[j], "ing") {
			return false
		}
	}
	return false
}
