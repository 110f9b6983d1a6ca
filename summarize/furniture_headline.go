package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file cuts a headline run into an article's first sentence when the
// story does not repeat it (cutFusedHeadline and cutRepeatedHeadline need
// the repeat): "Harbour board fines ferry line over late crossings a
// westvale ferry line has been fined ..." reads "A westvale ferry line has
// been fined ...". Without the repeat the cut rests on the grammar of the
// two: a headline drops its articles, so none stands in the words before
// the cut; the story opens with "the", "a" or "an" and a noun phrase whose
// verb follows within a few words ("a westvale ferry line has ..."), so
// the words before cannot take it as their object, and no clause of theirs
// (a verb of saying or thinking, an infinitive, a subordinator) is left
// open.

// Bounds of cutUnrepeatedHeadline.
const (
	// bareHeadMinWords and bareHeadMaxWords bound the headline's words.
	bareHeadMinWords = 5
	bareHeadMaxWords = 20
	// bareSubjectMaxWords is the most words between the story's article
	// and its verb.
	bareSubjectMaxWords = 6
)

// cutUnrepeatedHeadline returns s, a lower-cased article's first
// sentence, from its story when a headline runs into it: the first "the",
// "a" or "an" after bareHeadMinWords to bareHeadMaxWords words opens the
// story when
//   - no article, punctuation (but an apostrophe or hyphen inside a word),
//     subordinator or first or second person pronoun stands before it,
//     nor a verb of saying or thinking (clauseVerbs: "officials believe
//     the ...") or "to" in the last three words (an infinitive's object:
//     "... plans to visit the ...");
//   - the word before it ends a headline (headlineEnd: no preposition,
//     auxiliary, "-ed"/"-ing" word or verb that takes an object);
//   - an auxiliary (bareAuxiliaries: "has", "was", "will") follows it
//     within bareSubjectMaxWords words of a noun phrase (words that are no
//     glue, "of", "in", "at", "from", "for" or "on" aside, and carry no
//     punctuation but a possessive);
//   - fusedLedeMinWords words or more follow, and the story does not open
//     pointing back (defect.Dangles).
//
// After a picture's label the story may open on a person's title and
// name instead of an article (titleStory, furniture_titlehead.go).
//
// A cased article is left as it is: it was measured on Multi-News's
// lower-cased text.
func cutUnrepeatedHeadline(s string, cased bool) string {
	return cutUnrepeatedHeadlineIn(nil, s, cased)
}

// cutUnrepeatedHeadlineIn is cutUnrepeatedHeadline reading the words of s
// from h.
func cutUnrepeatedHeadlineIn(h *headFields, s string, cased bool) string {
	if cased {
		return s
	}
	starts, words := h.of(s, bareHeadMaxWords+60)
	if len(words) < bareHeadMinWords+fusedLedeMinWords {
		return s
	}
	raw := func(i int) string { return fieldText(s, starts, i) }
	for k := 0; k < len(words) && k <= bareHeadMaxWords; k++ {
		w := words[k]
		if headTitles[w] && k >= bareHeadMinWords && headlineEnd(s, starts, k) && !toBefore(words, k) &&
			len(words)-k >= fusedLedeMinWords && titleStory(words, k, raw) {
			if lede := lex.UpperFirst(s[starts[k]:]); h.storyOpening(lede, words[:k]) {
				return lede
			}
		}
		if !ledeOpener[w] {
			if bareHeadStop[w] || clauseVerbs[w] || lex.ContainsAny(raw(k), `.,;:!?"“”()[]|/—–`) || raw(k) == "-" || raw(k) == "--" {
				return s
			}
			continue
		}
		if k < bareHeadMinWords || !headlineEnd(s, starts, k) || toBefore(words, k) || k+1 < len(words) && rateWords[words[k+1]] {
			return s
		}
		if !subjectThenAux(words, k, raw) || len(words)-k < fusedLedeMinWords {
			return s
		}
		lede := lex.UpperFirst(s[starts[k]:])
		if !h.storyOpening(lede, words[:k]) || seenCaption(words[k:]) {
			return s // "Close skip ... a police officer is seen on camera punching ...": a video's caption, not the story
		}
		return lede
	}
	return s
}

// toBefore reports whether "to" is one of the three words before word k:
// "... plans to visit the ...", "... to help reduce the ...".
func toBefore(words []string, k int) bool {
	for i := max(0, k-3); i < k; i++ {
		if words[i] == "to" {
			return true
		}
	}
	return false
}

// subjectThenAux reports whether the article at word k opens a noun
// phrase of at most bareSubjectMaxWords words that an auxiliary follows:
// "a westvale ferry line has", "the mayor of westvale was".
func subjectThenAux(words []string, k int, raw func(int) string) bool {
	for j := k + 1; j < len(words) && j <= k+bareSubjectMaxWords+1; j++ {
		w := words[j]
		if bareAuxiliaries[w] {
			return j > k+1
		}
		r := strings.TrimSuffix(strings.TrimSuffix(raw(j), "'s"), "’s")
		if lex.ContainsAny(r, `.,;:!?"“”()[]|/—–'’`) || w == "" {
			return false
		}
		if headlineTies[w] && !subjectTies[w] || clauseVerbs[w] || lex.IsAttributionVerb(w) {
			return false
		}
	}
	return false
}

// bareAuxiliaries are the finite verbs that follow a story's subject
// ("a ferry has sunk", "the mayor will resign"). "May" and "might" are
// left out: "may" is also a month.
var bareAuxiliaries = lex.Set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
	"must", "should", "did", "does")

// subjectTies may stand inside a story's subject: "the mayor of westvale",
// "a man in custody".
var subjectTies = lex.Set("of", "in", "at", "from", "for", "on")

// bareHeadStop are words that leave the words before a story's article no
// headline: an article (a headline drops them), subordinators and
// relatives whose clause goes on, first and second person pronouns (a
// writer's or quoted voice), and "according".
var bareHeadStop = lex.Set("the", "a", "an", "though", "although", "since", "because", "while", "if", "where",
	"what", "how", "why", "when", "whether", "until", "unless", "that", "which", "who", "whom", "whose", "i", "we",
	"you", "my", "our", "your", "me", "us", "according", "as", "than", "so")

// clauseVerbs take a clause without "that" ("officials believe the ferry
// ...", "she says a deal ..."): verbs of saying, thinking and knowing, in
// their base and "-s" forms (the "-ed" forms headlineEnd refuses).
var clauseVerbs = lex.Set("say", "says", "said", "tell", "tells", "told", "believe", "believes", "think",
	"thinks", "thought", "fear", "fears", "hope", "hopes", "expect", "expects", "know", "knows", "knew", "claim",
	"claims", "allege", "alleges", "suspect", "suspects", "argue", "argues", "insist", "insists", "warn", "warns",
	"confirm", "confirms", "report", "reports", "announce", "announces", "suggest", "suggests", "reveal", "reveals",
	"learn", "learns", "estimate", "estimates", "predict", "predicts", "hear", "hears", "feel", "feels", "felt",
	"understand", "understands", "assume", "assumes", "worry", "worries", "indicate", "indicates", "mean", "means",
	"add", "adds", "note", "notes", "recall", "recalls", "acknowledge", "acknowledges", "admit", "admits", "agree",
	"agrees", "deny", "denies", "realize", "realizes", "notice", "notices", "decide", "decides", "ensure", "ensures",
	"doubt", "doubts", "wish", "wishes", "guess", "guesses", "bet", "bets", "figure", "figures", "contend",
	"contends", "maintain", "maintains", "assert", "asserts", "state", "states", "explain", "explains", "write",
	"writes", "wrote", "ask", "asks", "demand", "demands", "promise", "promises", "pledge", "pledges", "vow", "vows",
	"swear", "swears", "show", "shows", "find", "finds", "found", "see", "sees", "saw", "prove", "proves", "mean",
	"imagine", "imagines", "remember", "remembers", "forget", "forgets", "wonder", "wonders", "reckon", "reckons",
	"whereas", "unlike", "like")

// seenCaption reports whether words, a story's opening, describe what a
// picture or video shows: "is seen", "are seen", "can be seen" within
// its first bareSubjectMaxWords+3 words.
func seenCaption(words []string) bool {
	for i := 1; i < len(words) && i <= bareSubjectMaxWords+3; i++ {
		if words[i] == "seen" || words[i] == "pictured" || words[i] == "shown" {
			return true
		}
	}
	return false
}

// fieldText is word i of s as it stands in s (its punctuation kept), from
// the word starts fieldStarts gave, without the spaces after it.
func fieldText(s string, starts []int, i int) string {
	end := len(s)
	if i+1 < len(starts) {
		end = starts[i+1]
	}
	return strings.TrimRight(s[starts[i]:end], " ")
}
