package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/sentence"
)

// A page's kicker, a short teasing question set over the headline, run
// into an article's first sentence in lower case: "Ferry who? the
// tarnwick ferry line will stop its winter crossings ...", "Smooth
// sailing? harbour fees rose on monday for every boat ...". cutLeadIn
// (document.go) cuts a question that opens with a question word ("Why
// now? ..."), not these: a question with none is as often the writer's
// device in the story ("Her crime? stealing a ferry."), whose answer is no
// sentence alone. At an article's first sentence, after a question of at
// most kickerWords words with no quotation, the story restarts in lower
// case: a kicker there is cut before selection (cutKicker) when the rest
// is a sentence of its own, kickerMinRest words or more whose finite verb
// comes within its first kickerVerbWords words; two kickers in a row are
// cut both (cutKickers).

// Bounds of cutKicker.
const (
	// kickerWords is the most words of a kicker's question.
	kickerWords = 4
	// kickerMinRest is the fewest words of the story after the kicker.
	kickerMinRest = 10
	// kickerVerbWords is how far into the story its finite verb may come.
	kickerVerbWords = 8
)

// cutKicker returns s, an article's first sentence, without a kicker's
// question that opens it, first letter in upper case: the question ends
// in "?" (maybe with "!" or "?" after it) after a letter or figure, holds
// at most kickerWords words and no quotation mark or parenthesis, and the
// story after it opens in lower case on no verb of speech ("Why? asked
// the mayor") and is kickerMinRest words or more with a finite verb
// (topicFiniteVerb) in its first kickerVerbWords words, before an
// apposition's comma ("ida roe, a sailor who is ..." answers the
// question; it tells no story), and no narrator's "i" speaks in it (an
// opinion column's own question: "Why him? not only am i ..."). s is
// returned as it is otherwise.
func cutKicker(s string) string {
	i := strings.IndexByte(s, '?')
	if i < 1 || countWords(s[:i]) > kickerWords {
		return s
	}
	head := s[:i]
	if lex.ContainsAny(head, "\"“”‘`([.:;") || strings.Contains(" "+head+" ", " '") || strings.Contains(head, "' ") {
		return s
	}
	if c := head[len(head)-1]; !isASCIILetter(c) && (c < '0' || c > '9') {
		return s
	}
	j := i + 1
	for j < len(s) && (s[j] == '?' || s[j] == '!') {
		j++
	}
	if j >= len(s) || s[j] != ' ' {
		return s
	}
	rest := strings.TrimLeft(s[j:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) {
		return s
	}
	words := lex.SpaceFieldsShared(rest)
	hw := lex.SpaceFieldsShared(head)
	if last := lex.Lower(hw[len(hw)-1]); len(words) < kickerMinRest || sentence.IsBangName(last) || last == "which" {
		return s // "Yahoo? ...", "Which? ..." (a consumer group)
	}
	lower := make([]string, 0, kickerVerbWords)
	for k, raw := range words[:kickerVerbWords] {
		w := lex.TrimPunct(lex.Lower(raw), `,.;:!?'"“”‘’()`)
		if k < 2 && lex.IsQuoteVerb(w) {
			return s
		}
		lower = append(lower, w)
		if strings.HasSuffix(raw, ",") && k+1 < len(words) && determiners[lex.Lower(words[k+1])] {
			break // "ida roe, a sailor ...": an apposition, the answer a noun phrase
		}
	}
	if !topicFiniteVerb(lower) || narrator(rest) {
		return s // no story, or a columnist's "i" whose question is their own
	}
	return lex.UpperFirst(rest)
}

// cutKickers returns s without the kickers that open it, one after
// another ("Ferry late? fares up? the tarnwick ferry line ...": cutKicker
// twice at most).
func cutKickers(s string) string {
	for range 2 {
		out := cutKicker(s)
		if out == s {
			break
		}
		s = out
	}
	return s
}
