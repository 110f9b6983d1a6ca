package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// A picture's caption with no verb at all: a person's name, then where and
// when the picture was taken ("Ilse Varga in her garden in 1994.", "Sen.
// Tomas Rell at a 2011 rally in Velmora.", "Tomas Rell and Ilse Varga at
// the regatta in May 2016."). The other caption rules read a verb of a
// scene or a full date; these carry neither. verblessCaption asks for a
// short sentence that is a name (given names, titles and capitalised
// words only: "Ilse Varga won ..." has a verb before the preposition)
// followed by prepositional phrases with no verb and a date (a year, a
// month or a weekday); dropPictureCaptions leaves it out only when
// another sentence of the summary names its person (sceneCaptionNamed).
// In a lower-cased cluster the names are capitalised only in the text
// the reader gets, after the truecaser (dropWrittenCaptions).
// A caption dated "last year" or "last season" ("<name> in action last
// year.") counts as dated, and the name is found again with its accents
// folded ("Varga" in the caption, "Várga" in the story: foldAccents):
// measured against 9faa3c0, validation 1 changed, better; train 1–38,000
// 1, better (both captions closing the summary).

// Bounds of verblessCaption.
const (
	verblessMaxWords = 14 // the most words of the sentence
	verblessMaxName  = 7  // the most words of the name before the first preposition
)

// verblessPreps open the phrases of place and time after a caption's
// name.
var verblessPreps = lex.Set("in", "at", "with", "during", "on", "near", "outside", "inside", "aboard", "backstage")

// verblessNotTail are the words that make the words after the name a
// clause rather than a caption's place and time: auxiliaries, verbs of
// saying, subordinators, "to" and relatives.
var verblessNotTail = lex.Set("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
	"can", "could", "should", "must", "might", "do", "does", "did", "said", "says", "say", "told", "tells",
	"to", "that", "who", "which", "whose", "where", "when", "while", "because", "if", "than", "as", "not",
	"won", "lost", "got", "gets", "went", "goes", "came", "comes", "made", "makes", "took", "takes", "gave",
	"left", "met", "led", "ran", "saw", "wrote", "spent", "paid", "bought", "sold", "became", "began", "grew",
	"lives", "live", "works", "work", "he", "she", "they", "it", "we", "i", "you")

// verblessEd are words in "-ed" that are no verbs.
var verblessEd = lex.Set("hundred", "united", "sacred", "naked", "beloved", "red", "bed")

// verblessLastPeriods are the periods after "last" that date a caption
// ("<name> in action last year.", "<name> at the final last season.").
var verblessLastPeriods = lex.Set("year", "season", "month", "summer", "spring", "winter", "autumn", "fall")

// verblessWeekdays are the weekdays a caption may close with.
var verblessWeekdays = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// verblessCaption reports whether s reads as a picture's caption with no
// verb, with the words of its name that may tell its person (lower case;
// no given name or title): at most verblessMaxWords words ending in a full
// stop, with no quotation mark, colon, semicolon, question or
// exclamation mark or parenthesis; a name of one to verblessMaxName words
// (titlesBefore, rankTitles, given names, "and" between names, and words
// cased text does not write lower-case, truecase.Model.Common, capitalised
// after the first), none with a comma or a possessive; then, from one of verblessPreps,
// words with none of verblessNotTail, no "-ed" form and no "n't", holding
// a year, a month (before a day or after "in"), a weekday or "last"
// before one of verblessLastPeriods.
func verblessCaption(s string) ([]string, bool) {
	t := strings.TrimSpace(s)
	if len(t) < 12 || t[len(t)-1] != '.' || lex.ContainsAny(t, "\"“”:;?!()") {
		return nil, false
	}
	f := lex.FirstFields(strings.TrimSuffix(t, "."), verblessMaxWords+1) // one more tells a longer sentence
	if len(f) < 3 || len(f) > verblessMaxWords {
		return nil, false
	}
	p := -1
	for i := 1; i < len(f) && i <= verblessMaxName; i++ {
		if verblessPreps[lex.Lower(f[i])] {
			p = i
			break
		}
	}
	if p < 0 || p+1 >= len(f) {
		return nil, false
	}
	var name []string
	for i, raw := range f[:p] {
		if lex.ContainsAny(raw, ",'’") {
			return nil, false
		}
		w := lex.Lower(raw)
		title := titlesBefore[w] || rankTitles[w]
		given := lex.IsGivenName(w)
		switch {
		case w == "and":
			if i == 0 || i == p-1 {
				return nil, false
			}
		case title:
			if i == p-1 {
				return nil, false
			}
		case given && i < p-1:
		case truecase.Default().Common(strings.TrimSuffix(w, ".")):
			return nil, false // "Meet Ilse Varga at ...", "Tomas Rell and Ilse Varga star in ...": a word cased text writes lower-case
		default:
			if r, _ := utf8.DecodeRuneInString(raw); i > 0 && !unicode.IsUpper(r) {
				return nil, false
			}
			name = append(name, w)
		}
	}
	if len(name) == 0 {
		return nil, false
	}
	dated := false
	tail := f[p:]
	for i, raw := range tail {
		w := strings.Trim(lex.Lower(raw), ",.")
		switch {
		case verblessNotTail[w] || strings.HasSuffix(w, "n't"):
			return nil, false
		case len(w) >= 4 && strings.HasSuffix(w, "ed") && !verblessEd[w]:
			return nil, false
		case isYear(w) || verblessWeekdays[w]:
			dated = true
		case w == "last" && i+1 < len(tail) && verblessLastPeriods[strings.Trim(lex.Lower(tail[i+1]), ",.")]:
			dated = true // "<name> in action last year."
		case isMonth(strings.TrimSuffix(w, ".")):
			next := ""
			if i+1 < len(tail) {
				next = tail[i+1]
			}
			if next != "" && next[0] >= '0' && next[0] <= '9' || i > 0 && lex.Lower(tail[i-1]) == "in" {
				dated = true
			} else if w == "may" {
				return nil, false // the verb
			}
		}
	}
	return name, dated
}

// verblessCaptionNamed reports whether the k-th of n sentences (text) is
// a caption with no verb (verblessCaption) whose person another of the n
// names (sceneCaptionNamed).
func verblessCaptionNamed(k, n int, text func(int) string) bool {
	name, ok := verblessCaption(text(k))
	if !ok {
		return false
	}
	if namedElsewhere(name, k, n, text) {
		return true
	}
	// "Anna Varga in action last year." after "<given> Várga has ...":
	// the name as the other sentences spell it, with its accents.
	folded := func(j int) string { return foldAccents(lex.Lower(text(j))) }
	for i := range name {
		name[i] = foldAccents(name[i])
	}
	return namedElsewhere(name, k, n, folded)
}
