package summarize

import (
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, after the other
// case rules. A lower-cased cluster writes a date's month in lower case
// ("on 15 may", "(april 19)", "Tuesday, aug. 4"), and the truecase model
// leaves some: "may" and "march" are common words, and a day before the
// month ("on 3 june", the British order) is a context it rarely saw.
// raiseDateMonths writes the month with a capital where the words around
// it make it a date:
//   - a short form with its stop ("aug.", "sept.") before a day;
//   - a month before a day or a year, after a word that opens a date
//     ("on", "since", "(", "Tuesday,"; monthDateWords);
//   - a month after a day that follows such a word, where "may" and
//     "march" must also end the clause or go on as a date does ("on 10
//     may, the court", "on 4 march in London"; not "up to 10 may die");
//   - a month other than "may", "march" and "august" after such a word
//     ("in november").
//
// It also runs on a cased cluster, whose lower-cased article can still
// bring "on 23 may" into a summary.
//
// Measured against 18c2d0d (letter case alone; Fill unchanged):
// validation 6 of 5,598 summaries changed, all read, all better ("on 10
// May", "(April 19)", "on Mar. 11"); train 1-38,000 18 of 37,856, all
// read, all better ("on 2 May", "Wednesday, 17 May", "in July of", "on 4
// March in"), and two more "mar." dates after the short form was added.
// Left: a month glued to a footnote mark or a day ("3 june1", "aug.20").

// raiseDateMonths raises, in the sentences, voice statements and claims
// of sum, a lower-case month that the words around it make a date's.
func raiseDateMonths(sum *chorus.Summary) { rewriteTexts(sum, raiseDateMonthsIn) }

// monthNames are the months and the short forms written with a stop.
var monthNames = lex.Set("april", "august", "december", "february", "january", "july", "june", "march",
	"may", "november", "october", "september", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.")

// monthDateWords, before a month or its day, open a date.
var monthDateWords = lex.Set("on", "of", "since", "until", "till", "by", "from", "between", "before", "after",
	"and", "through", "in", "beginning", "starting", "ending", "early", "late", "mid", "last", "next", "this")

// monthAfterWords, after "<day> may" or "<day> march", go on as a date
// does ("on 4 march in London").
var monthAfterWords = lex.Set("in", "at", "and", "after", "when", "while", "by", "to", "with", "from", "for",
	"as", "this", "last", "next", "but", "until", "before", "during", "on", "or", "of")

// weekdayNames, with a comma, stand before a date ("Tuesday, aug. 4").
var weekdayNames = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// raiseDateMonthsIn is raiseDateMonths for one text.
func raiseDateMonthsIn(s string) string {
	if !hasLowerMonthLetters(s) {
		return s
	}
	words := strings.Split(s, " ")
	changed := false
	for i, w := range words {
		key, pre := monthKey(w)
		if key == "" {
			continue
		}
		prev, next, prev2 := "", "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i > 1 {
			prev2 = words[i-2]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		k := strings.IndexByte(w, key[0])
		ends := len(w) > k+len(key) // punctuation after the month: "may," "19)"
		if monthInDate(key, pre || strings.HasSuffix(prev, "("), prev, prev2, next, ends, i == 0) {
			words[i] = w[:k] + strings.ToUpper(w[k:k+1]) + w[k+1:]
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(words, " ")
}

// hasLowerMonthLetters is a cheap test that s may hold a lower-case
// month: one of the letter pairs every month's name opens with.
func hasLowerMonthLetters(s string) bool {
	for _, p := range []string{"ja", "fe", "ma", "ap", "ju", "au", "se", "oc", "no", "de"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// monthKey returns the month word w writes in lower case ("may" of
// "may,", "aug." of "aug."), and whether "(" opens w; "" when w is none.
func monthKey(w string) (string, bool) {
	pre := strings.HasPrefix(w, "(")
	w = strings.TrimPrefix(w, "(")
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return "", false
	}
	if k := strings.IndexByte(w, '.'); k > 0 && monthNames[w[:k+1]] && strings.Trim(w[k+1:], ",;:)") == "" {
		return w[:k+1], pre
	}
	core := strings.TrimRight(w, ",.;:)")
	if monthNames[core] && !strings.HasSuffix(core, ".") {
		return core, pre
	}
	return "", false
}

// monthInDate reports whether a month (key) stands in a date, given the
// words before (prev, prev2) and after (next) it, whether "(" opens it,
// whether punctuation closes it (ends) and whether it opens the text.
func monthInDate(key string, paren bool, prev, prev2, next string, ends, first bool) bool {
	if strings.HasSuffix(key, ".") {
		return !ends && dayOfMonth(next)
	}
	common := key == "may" || key == "march" // words too: "up to 10 may die", "and march 10 miles"
	opener := dateOpener(prev) && !(common && monthLooseWords[strings.ToLower(prev)])
	if !ends && (dayOfMonth(next) || monthYear(next)) && (paren || first || opener) {
		return true
	}
	if dayOfMonth(prev) && (prev2 == "" || dateOpener(prev2) || strings.HasPrefix(prev, "(")) {
		if !common {
			return true
		}
		return ends || next == "" || monthYear(next) || monthAfterWords[strings.ToLower(strings.TrimLeft(next, "("))]
	}
	return !common && key != "august" && dateOpener(prev) // "in november"
}

// monthLooseWords open a date but also a verb's clause ("and march",
// "to may"): before "may" or "march" they make no date.
var monthLooseWords = lex.Set("and", "to", "this", "last", "next", "through")

// dateOpener reports whether w opens a date: one of monthDateWords, "("
// alone, or a weekday with its comma.
func dateOpener(w string) bool {
	lw := strings.ToLower(w)
	if lw == "(" || monthDateWords[lw] {
		return true
	}
	day, ok := strings.CutSuffix(lw, ",")
	return ok && weekdayNames[day]
}

// dayOfMonth reports whether w is a day of a month, 1 to 31, maybe with
// "st"/"nd"/"rd"/"th" and closing punctuation ("19)", "3rd,"): monthDay
// (retoldkey.go) after the punctuation goes.
func dayOfMonth(w string) bool {
	return monthDay(strings.TrimPrefix(strings.TrimRight(w, ",.;:)"), "(")) != ""
}

// monthYear reports whether w is a year from 1800 to 2099, maybe with
// closing punctuation.
func monthYear(w string) bool {
	w = strings.TrimRight(w, ",.;:)")
	if len(w) != 4 {
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1800 && n <= 2099
}
