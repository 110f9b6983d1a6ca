package dispute

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// A sentence often tells an accusation and, in a closing relative
// clause, its denial: "Ann Pell is accused of taking bribes from the
// builders, which she denies." Such a sentence is shown as the source's
// two parts, cut at the comma before "which" with an ellipsis, as
// splitDenial shows a claim and its denial joined by "but".

// relativeDenial returns the claim and the denial of a sentence whose
// last clause, after ", which" or an appositive naming an accusation
// (", a charge the board denies", ", an allegation that he disputes"),
// denies what the sentence told before it: the clause runs to the
// sentence's end, its subject a
// pronoun or at most three words after "the" ("which the bank denied"),
// then auxiliaries and adverbs, the verb of denial ("denied", "denies",
// "disputes"; not "rejected", which may refuse an offer), and at most
// four more words with no comma. The part before must state a claim
// with a verb (mentionOnly: "amid the allegations, which he denies"
// names it only), run six to forty words and hold no other denial.
func relativeDenial(all []sentence, s sentence, docs []voices.Doc) (chorus.Dispute, bool) {
	v := closingDenial(s.words)
	if v < 0 {
		return chorus.Dispute{}, false
	}
	if s.isJunk() || !complete(s.text) || lex.ContainsAny(s.text, "\"“”") || captionLike(s.text) {
		return chorus.Dispute{}, false
	}
	// w: the clause's first word after its comma ("which", or the "a" of
	// ", a charge the board denies"); j: its subject's first word.
	w, j := -1, -1
	for i := v - 1; i >= 1 && i >= v-9; i-- {
		if s.words[i] == "which" {
			if s.words[i-1] == "," {
				w, j = i, i+1
			}
			break
		}
		if accusationNouns[s.words[i]] {
			a := i - 1
			if a >= 1 && s.words[a] != "a" && s.words[a] != "an" {
				a-- // ", a false claim ..."
			}
			if a >= 1 && (s.words[a] == "a" || s.words[a] == "an") && s.words[a-1] == "," {
				w, j = a, i+1
				if s.words[j] == "that" {
					j++
				}
			}
			break
		}
	}
	if w < 7 || j >= v {
		return chorus.Dispute{}, false
	}
	// The clause's subject, then auxiliaries and adverbs.
	who := ""
	switch {
	case pronouns[s.words[j]]:
		j++
	case s.words[j] == "the":
		k := j + 1
		for k < v && k <= j+3 && !adverbs[s.words[k]] && !finite[s.words[k]] && !lyAdverb(s.words[k]) {
			k++
		}
		if k == j+1 {
			return chorus.Dispute{}, false
		}
		who = speakerName(s, strings.Join(s.orig[j:k], " "))
		j = k
	default:
		return chorus.Dispute{}, false
	}
	for ; j < v; j++ {
		if !adverbs[s.words[j]] && !finite[s.words[j]] && !lyAdverb(s.words[j]) {
			return chorus.Dispute{}, false
		}
	}
	if rest := s.words[v+1:]; len(rest) > 4 || slices.Contains(rest, ",") {
		return chorus.Dispute{}, false
	}
	before := s.words[:w-1]
	if len(before) > 40 {
		return chorus.Dispute{}, false // a long sentence: which of its parts is denied is unclear
	}
	if mentionOnly(before) || hasAny(before, rebuttals) || denyAt(before) >= 0 {
		return chorus.Dispute{}, false
	}
	claimText, denialText, ok := cutAtComma(s.text, s.words[w], true)
	if !ok {
		return chorus.Dispute{}, false
	}
	return splitPair(all, s, docs, claimText, denialText, who), true
}

// closingDenial returns the index of a verb of denial among the last
// five words of ws ("which he strongly denies"), or -1.
func closingDenial(ws []string) int {
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-5; i-- {
		switch ws[i] {
		case "denied", "denies", "disputed", "disputes":
			return i
		}
	}
	return -1
}
