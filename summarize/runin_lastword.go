package summarize

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A heading run into a paragraph that opens on the heading's last word,
// so the word stands twice at the seam: a pun heading ("Bridge of sighs
// sighs were heard on the Tarnwick bridge ..."), a topic heading ("Cost
// of ferry fuel fuel prices have risen ..."), a picture's label ("Jane
// Roe / Harbourline Harbourline is closing ..."). The heading says what
// the paragraph says again; cutLastWordHeadings keeps the paragraph from
// the repeated word. The doubled word alone tells too little (a stutter,
// "very, very", "Sirhan Sirhan", "the late late show"), so the heading
// has to read as one: two words or more before the repeated one, among
// them a stopword ("of", "on", "to") or a picture credit's slash, none a
// pronoun, an auxiliary or a verb of saying, and no other punctuation; and
// the paragraph has to read as a sentence from the repeated word: a verb
// right after it ("Fuel prices have", "Sighs were"), or after one more
// word; an appositive set off by a comma ("<name>, the ferry board's
// chair, said ..."); or a name of two words and a verb in "-s" ("<given>
// <surname> wants ..."). The cut is made on a reader's summary of
// lower-cased text after selection: only the sentence changes.
//
// Measured against main at f4cce61 (default summaries): Multi-News
// validation 2 of 5,598 change, both better (a pun heading before a
// candidate's name, a media headline before the moderator's surname;
// the first keeps a second run-in, a deck before the lede, that no rule
// cuts). Train 1-38,000: 3 of 37,857 change, all read, all better (a
// topic heading before "Melanoma is ...", a caption before "Eclipse
// viewers had been warned ...", a photo credit before "Google is
// ..."). A survey of doubled words in the first seven words of every
// default summary sentence (validation and train 1-38,000, 140 found)
// shaped the guards: stutters, "very, very", doubled names and Latin
// names are left.

// Bounds of lastWordHeading.
const (
	// lastWordHeadMin and lastWordHeadMax bound the heading's words,
	// the repeated word among them.
	lastWordHeadMin = 3
	lastWordHeadMax = 7
	// lastWordStoryMin is the fewest words of the paragraph kept.
	lastWordStoryMin = 6
)

// lastWordHeading returns s from the second of two same words at the
// end of its first lastWordHeadMin to lastWordHeadMax words, and true,
// when the words up to the first are a heading and the words from the
// second a paragraph's sentence (see above); s and false otherwise.
func lastWordHeading(s string) (string, bool) {
	starts, words := fieldStarts(s, lastWordHeadMax+4)
	raw := func(i int) string { return fieldText(s, starts, i) }
	stop := false // a stopword or a slash stands in the heading
	for k := 1; k <= lastWordHeadMax && k+3 < len(words); k++ {
		w, r := words[k-1], raw(k-1)
		if r == "/" || r == "|" {
			stop = stop || r == "/"
			continue
		}
		if !lastWordHeadWord(w, r) {
			return s, false
		}
		stop = stop || k > 1 && lex.IsStopword(w) // a heading's first word "the" is no sign
		if k < lastWordHeadMin || words[k] != w || words[k+1] == w || words[k-2] == w {
			continue
		}
		if !stop || len(w) < 3 || lex.IsStopword(w) || strings.IndexFunc(w, notLetter) >= 0 || !lastWordStory(words, raw, k) {
			return s, false
		}
		if countWords(s[starts[k]:]) < lastWordStoryMin {
			return s, false
		}
		lede := lex.UpperFirst(strings.TrimSpace(s[starts[k]:]))
		if !storyOpening(lede) {
			return s, false
		}
		return lede, true
	}
	return s, false
}

// lastWordHeadWord reports whether w, raw as it stands, may stand in a
// heading: no punctuation but an apostrophe or hyphen inside the word, no
// pronoun, auxiliary, verb of saying or relative.
func lastWordHeadWord(w, raw string) bool {
	if w == "" || lex.ContainsAny(raw, `,;:.!?"“”()[]—–/|&*#@…`) || strings.HasPrefix(raw, "'") || strings.HasSuffix(raw, "'") {
		return false
	}
	return !bareAuxiliaries[w] && !clauseVerbs[w] && !lex.IsAttributionVerb(w) && !lastWordClause[w]
}

// lastWordClause are pronouns and relatives that make the words before a
// doubled word a clause, not a heading ("he said there there will ...").
var lastWordClause = lex.Set("i", "you", "he", "she", "it", "we", "they", "who", "which", "that", "there",
	"this", "these", "those", "be", "been", "being", "very", "so", "too", "really", "now")

// lastWordStory reports whether the words from k, the repeated word, read
// as a sentence: a finite verb (an auxiliary, "said", "says", a verb of
// saying, an "-ed" word of 5 letters or more) at word k+1, or at k+2 after
// a content word; a comma after word k and an appositive opening on "the",
// "a", "an" or an age ("<name>, 24, ..."); or a name's second word at k+1
// and a verb in "-s" at k+2 that no auxiliary follows (no plural noun:
// "<word> sea creatures are ...").
func lastWordStory(words []string, raw func(int) string, k int) bool {
	finite := func(w string) bool {
		return bareAuxiliaries[w] || w == "said" || w == "says" || lex.IsAttributionVerb(w) ||
			len(w) > 4 && strings.HasSuffix(w, "ed")
	}
	r := raw(k)
	if strings.HasSuffix(r, ",") && !lex.ContainsAny(strings.TrimSuffix(r, ","), `,;:.!?"“”()`) {
		next := raw(k + 1)
		return ledeOpener[words[k+1]] || len(next) > 1 && strings.Trim(next, "0123456789") == ","
	}
	if r != words[k] {
		return false // punctuation after the repeated word
	}
	if finite(words[k+1]) {
		return true
	}
	if raw(k+1) != words[k+1] || lex.IsStopword(words[k+1]) {
		return false
	}
	if finite(words[k+2]) {
		return true
	}
	v := words[k+2]
	return raw(k+2) == v && len(v) > 3 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") &&
		!strings.HasSuffix(v, "us") && !strings.HasSuffix(v, "is") && !lex.IsStopword(v) &&
		k+3 < len(words) && !finite(words[k+3])
}

// cutLastWordHeadings cuts, in each sentence of a reader's summary of
// lower-cased text, a heading whose last word the paragraph run into it
// opens on (lastWordHeading). Nothing but the sentence's text changes.
func cutLastWordHeadings(sum *chorus.Summary, lower bool) {
	if !lower {
		return
	}
	cutEach(sum, lastWordHeading)
}

// notLetter reports whether r is no letter.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }
