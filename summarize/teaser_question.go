package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/sentence"
)

// A writer's teasing question run into the sentence that answers it: "The
// culprit? a loose mooring line.", "Dull, right? but wait, the council
// found ...", "Ready? the ferry's new captain is ...". The splitter keeps a
// question this short with the words after it (sentence runOnMinWords),
// cutLeadIn cuts it only after a question word, cutKicker only at an
// article's start. For a reader (Fill, the benchmarks' summary, keeps the
// sentence whole):
//   - cutTeaserQuestion cuts the question before selection when the
//     answer is a sentence of its own: teaserAnswerMinWords words or more
//     with a finite verb in its first teaserVerbWords words (before a
//     relative "that", "which", ...; a plural after a figure is a noun),
//     opening on no word that leans on the question (teaserLeanWords: "it
//     fell ...", "but wait, ...", "don't forget ...") and with no
//     narrator's "i". A leading "well, " goes with it. Cut past an
//     article's first sentence, the answer may not lead (candidate.
//     answerCut): "What was the offense? <name> said the word ..." is no
//     lede.
//   - teaserQuestion tells the sentence whose answer is a short phrase
//     ("a loose mooring line."), leans on the question or is a narrator's,
//     and markTeasers leaves it out. An answer with a figure ("Her crime?
//     carrying 40 crates ...") or a longer phrase is the story's and stays.
//
// Neither touches a question of more than teaserQuestionWords words, with
// a quotation mark, bracket or stop, or ending on no letter or figure; a
// name written with a bang or "which" ("Yahoo? ...", "Which? ...": a
// consumer group); a question a verb of speech follows ("Why? asked the
// mayor") or that a quotation closes after ("... too high," a skipper
// said); a head with a possessive ("Roe's answer? ..." says whose words
// follow); a one-word topic and a pronoun for it ("Tarnwick? it came
// third ...") or an answer opening on a demonstrative ("New ferry? this
// vessel ...": cut, it would point at nothing).
//
// Measured against 6cfaca0 (default summaries, every changed one read):
// validation 16 changed: 9 better (teasers "The reason? a tweet ...",
// "Ho-hum, right? but wait, ...", "Get it? ..." gone; "Conclusion?",
// "Ready?", "Well," cut from news sentences), 1 worse (a promo's
// "Interested in cabins? ..." gave way to a menu line run into a lodge's
// blurb), 6 the same; train 1-6,000 7 changed: 3 better, 1 worse (a
// photo caption came in by a cascade), 3 the same.

// Bounds of cutTeaserQuestion.
const (
	// teaserQuestionWords is the most words of a teasing question.
	teaserQuestionWords = 4
	// teaserAnswerMinWords is the fewest words of an answer that is a
	// sentence of its own.
	teaserAnswerMinWords = 7
	// teaserPhraseWords is the most words of an answer that is a phrase
	// and tells too little to stand ("a loose mooring line."); a longer
	// one ("the harbour board's failure to fix the pier for ten years.")
	// is the story's and the sentence is left whole.
	teaserPhraseWords = 6
	// teaserVerbWords is how far into the answer its finite verb may
	// come ("this ferry, the town's oldest, sank ...").
	teaserVerbWords = 12
)

// teaserLeanWords open an answer that leans on its question or is the
// writer's aside: a pronoun for what the question named, a conjunction, a
// reason clause, a prompt to the reader.
var teaserLeanWords = lex.Set("it", "it's", "he", "he's", "she", "she's", "they", "they're", "that's",
	"but", "and", "so", "or", "because", "not", "nope", "yes", "no", "yep", "wait", "well", "try", "you",
	"you'll", "you're", "we", "i", "i'm", "nothing", "just", "only", "then", "here", "here's", "what", "please",
	"don't", "do", "imagine", "think", "consider", "guess", "check", "see")

// teaserPronouns open an answer about the one word a question named
// ("Harbourfest? it drew ..."): the question names the topic, and the
// sentence is left whole.
var teaserPronouns = lex.Set("it", "it's", "he", "he's", "she", "she's", "they", "they're")

// teaserDemonstratives open an answer that points back at the question
// ("New ferry? this one sails ..."): without it, the answer would open on
// a pointer to nothing, and the sentence is left whole.
var teaserDemonstratives = lex.Set("this", "that", "these", "those")

// teaserRelatives end the part of an answer where its finite verb may
// stand: after them a verb is a clause's ("a habit that costs ...").
var teaserRelatives = lex.Set("that", "which", "who", "whose", "whom", "where", "when", "to")

// splitTeaserQuestion returns the text after a teasing question that opens
// s (see above), and whether there is one.
func splitTeaserQuestion(s string) (string, bool) {
	i := strings.IndexByte(s, '?')
	if i < 1 || i > 60 {
		return s, false
	}
	head := s[:i]
	if lex.ContainsAny(head, "\"“”‘`([.:;!") || strings.Contains(" "+head+" ", " '") || strings.Contains(head, "' ") ||
		countWords(head) > teaserQuestionWords {
		return s, false
	}
	if c := head[len(head)-1]; !isASCIILetter(c) && (c < '0' || c > '9') {
		return s, false
	}
	j := i + 1
	for j < len(s) && (s[j] == '?' || s[j] == '!') {
		j++
	}
	if j >= len(s) || s[j] != ' ' {
		return s, false
	}
	rest := strings.TrimLeft(s[j:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) && r != '$' && (r < '0' || r > '9') {
		return s, false
	}
	if strings.Contains(head, "'s") || strings.Contains(head, "’s") {
		return s, false // "Roe's answer? ..." names whose words follow
	}
	hw := lex.SpaceFieldsShared(head)
	if last := lex.Lower(hw[len(hw)-1]); sentence.IsBangName(last) || last == "which" {
		return s, false
	}
	if oddQuotes(rest) {
		return s, false // "danish? total disaster," a voiceover says: a quoted question
	}
	words := lex.SpaceFieldsShared(rest)
	if first := lex.Lower(words[0]); len(hw) == 1 && teaserPronouns[first] || teaserDemonstratives[first] {
		return s, false // "Harbourfest? it drew ...", "New ferry? this one sails ...": the question names the topic
	}
	for _, w := range words[:min(2, len(words))] {
		if lex.IsQuoteVerb(lex.TrimPunct(lex.Lower(w), `,.;:!?'"“”‘’()`)) {
			return s, false // "Why? asked the mayor."
		}
	}
	return rest, true
}

// teaserAnswer returns the answer after the teasing questions that open
// s (two at most: "Late again? ferry down? ..."; a third leaves s whole,
// as a cut would open the answer on the last of the run), a leading
// "well, " cut, and whether there is one.
func teaserAnswer(s string) (string, bool) {
	rest, ok := splitTeaserQuestion(s)
	if !ok {
		return s, false
	}
	if more, ok := splitTeaserQuestion(rest); ok {
		rest = more
		if _, third := splitTeaserQuestion(rest); third {
			return s, false // "Sex? Drugs? Graft? ...": a run of questions, cut whole or not at all
		}
	}
	if w, ok := strings.CutPrefix(rest, "well, "); ok {
		return w, true
	}
	return strings.TrimPrefix(rest, "Well, "), true
}

// cutTeaserQuestion returns s without the teasing questions that open it
// when their answer is a sentence of its own (see above), first letter in
// upper case; s otherwise.
func cutTeaserQuestion(s string) string {
	if strings.IndexByte(s, '?') < 1 {
		return s
	}
	if rest, ok := teaserAnswer(s); ok && answerSentence(rest) {
		return lex.UpperFirst(rest)
	}
	return s
}

// answerSentence reports whether rest, the words after a teasing
// question, is a sentence without it (see above).
func answerSentence(rest string) bool {
	words := lex.SpaceFieldsShared(rest)
	if len(words) < teaserAnswerMinWords || leansOnQuestion(words) {
		return false
	}
	lower := make([]string, 0, teaserVerbWords)
	for k, raw := range words[:min(len(words), teaserVerbWords)] {
		w := lex.TrimPunct(lex.Lower(raw), `,.;:!?'"“”‘’()`)
		if k > 0 && teaserRelatives[w] {
			break // "an old habit that costs ...": the clause's verb
		}
		lower = append(lower, w)
		if strings.HasSuffix(raw, ",") && k+1 < len(words) && determiners[lex.Lower(words[k+1])] {
			break // "ida roe, a sailor ...": an apposition, the answer a noun phrase
		}
	}
	return teaserFiniteVerb(lower) && !narrator(rest)
}

// teaserFiniteVerb reports whether one of words, an answer's first words
// lower-cased, may be its finite verb: as topicFiniteVerb, but a plural
// after a figure, a determiner or "of" ("three times the mass", "50
// grams of") is a noun.
func teaserFiniteVerb(words []string) bool {
	for i, w := range words {
		if topicVerbLike(w) || lex.IsAttributionVerb(w) {
			return true
		}
		if i >= 2 && len(w) >= 5 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			if p := words[i-1]; !numberWords[p] && !determiners[p] && p != "of" && (p == "" || p[0] < '0' || p[0] > '9') {
				return true
			}
		}
	}
	return false
}

// leansOnQuestion reports whether words, an answer, open on one of
// teaserLeanWords.
func leansOnQuestion(words []string) bool {
	return len(words) > 0 && teaserLeanWords[lex.TrimPunct(lex.Lower(words[0]), `,.;:!?'"“”‘’()`)]
}

// figureAnswer reports whether rest, an answer that is no sentence,
// holds a figure ("fifty grams of ...", "3 times the mass ..."): the
// answer carries a fact of the story, and the sentence is left whole.
func figureAnswer(rest string) bool {
	for w := range lex.FieldsSeq(rest) {
		w = lex.TrimPunct(lex.Lower(w), `,.;:!?'"“”‘’()$`)
		if numberWords[w] || w != "" && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

// teaserQuestion reports whether s opens with a teasing question whose
// answer is no sentence without it and holds no figure (see above):
// cutTeaserQuestion left it. A reader's summary leaves s out
// (markTeasers).
func teaserQuestion(s string) bool {
	if strings.IndexByte(s, '?') < 1 {
		return false
	}
	rest, ok := teaserAnswer(s)
	if !ok || figureAnswer(rest) || answerSentence(rest) {
		return false
	}
	words := lex.SpaceFieldsShared(rest)
	return len(words) <= teaserPhraseWords || leansOnQuestion(words) || narrator(rest)
}
