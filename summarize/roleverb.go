package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the attribution stage (role.go): in lower-cased
// text voices.RoleOf reads any word but a stopword after a full name as
// the name going on ("ferry board chairman hana osei foundation"), so a
// title before a name that a verb follows is lost ("ferry spokesman hana
// osei declined comment", "host ilse varga read the question") and a
// summary naming the person in full leaves them unintroduced. When
// RoleOf finds no role, the sentences are read again with a comma closing
// the name before such a verb, where only the title before the name is
// taken. Multi-News validation: 23 of 5,599 summaries change, all read:
// 19 better, 2 worse (a dateline or a clause's noun read into the
// title), 2 the same; train
// 1-38,000: 168 of 37,865, 40 read: 34 better, 5 worse (a title said
// twice, a clause's words in the title, a relation with no one to relate
// to, a county name taken up by the truecaser), 1 the same. Summaries gain
// 0.008 words on average.

// roleBeforeVerb returns the role voices.RoleOf reads for name in sents
// and whether it is a title; when it reads none, the title a sentence
// writes before name where a verb follows it (commaAtNameVerb).
func roleBeforeVerb(sents []string, name string) (string, bool) {
	if r, title := voices.RoleOf(sents, name); r != "" {
		return r, title
	}
	marked := make([]string, len(sents))
	changed := false
	for k, s := range sents {
		marked[k] = commaAtNameVerb(s, name)
		changed = changed || marked[k] != s
	}
	if !changed {
		return "", false
	}
	r, title := voices.RoleOf(marked, name)
	if !title {
		return "", false
	}
	f := lex.SpaceFields(r)
	if rankTitles[lex.Lower(f[len(f)-1])] {
		// "former velmora gov.": an abbreviated rank is rankOf's, which
		// reads it with its guards (a former title, one spelled out).
		return "", false
	}
	for len(f) > 1 && titleTime(lex.Lower(f[0])) {
		f = f[1:] // "at noon president ...": the clause's time, read into the title
	}
	if len(f) < 2 && titleTime(lex.Lower(r)) {
		return "", false
	}
	f = f[writtenSuffix(sents, f, name):]
	// A title opening its sentence keeps the sentence's capital
	// ("First-grade teacher ...") that a summary sentence does not; a
	// title the source writes in capitals ("Vice President") keeps them.
	first, _, _ := strings.Cut(lex.Lower(f[0]), "-")
	if src := titleOpening(sents, strings.Join(f, " ")); src != "" && truecase.Default().Common(first) {
		if _, rest, _ := strings.Cut(src, " "); rest == lex.Lower(rest) {
			f[0] = lex.Lower(f[0][:1]) + f[0][1:]
		}
	}
	return strings.Join(f, " "), true
}

// writtenSuffix returns the index of the first word of the shortest
// ending of the title words f that a sentence of sents writes before
// name after another word than the one f has before it: the title read
// in lower-cased text may have taken in a headline's or a clause's words
// ("inequality sen. hana osei says", where another sentence writes "sen.
// hana osei"). It returns 0 when no sentence does.
func writtenSuffix(sents []string, f []string, name string) int {
	want := lex.SpaceFieldsShared(lex.Lower(name))
	low := make([]string, len(f))
	for k, w := range f {
		low[k] = lex.Lower(w)
	}
	for k := len(f) - 1; k > 0; k-- {
		suffix := low[k:]
		for _, s := range sents {
			if !strings.Contains(lex.Lower(s), want[len(want)-1]) {
				continue
			}
			words := lex.SpaceFieldsShared(lex.Lower(s))
			for j := 0; j+len(suffix)+len(want) <= len(words); j++ {
				if j > 0 && words[j-1] == low[k-1] || !titleWordsAt(words[j:], suffix, false) || !titleWordsAt(words[j+len(suffix):], want, true) {
					continue
				}
				return k
			}
		}
	}
	return 0
}

// titleWordsAt reports whether words open with want; with lastCore the last
// word may carry punctuation ("osei," for "osei").
func titleWordsAt(words, want []string, lastCore bool) bool {
	for k, w := range want {
		got := words[k]
		if lastCore && k == len(want)-1 {
			got, _ = lowerCore(got)
		}
		if got != w {
			return false
		}
	}
	return true
}

// titleTime reports whether the lower-case word w is a time of day or a
// day (timeWords, lead.go, or "noon", "midnight") that opens a clause a
// title before a name may take in, in lower-cased text ("at noon
// president ...", "on monday governor ...").
func titleTime(w string) bool {
	return timeWords[w] || w == "noon" || w == "midnight"
}

// titleOpening returns the words a sentence of sents opens with that are
// r in any case, as the sentence writes them; "" when none opens so.
func titleOpening(sents []string, r string) string {
	for _, s := range sents {
		s = strings.TrimLeft(s, "\"“‘'` ")
		if len(s) > len(r) && s[len(r)] == ' ' && strings.EqualFold(s[:len(r)], r) {
			return s[:len(r)]
		}
	}
	return ""
}

// commaAtNameVerb returns s with a comma after each mention of name (any
// case) that a verb follows (nameVerb), s itself when there is none.
func commaAtNameVerb(s, name string) string {
	want := lex.SpaceFieldsShared(lex.Lower(name))
	if len(want) < 2 || !strings.Contains(lex.Lower(s), want[len(want)-1]) {
		return s
	}
	fields := lex.SpaceFields(s)
	changed := false
	for j := 0; j+len(want) < len(fields); j++ {
		ok := true
		for k, w := range want {
			// A mark on a word of it ("osei,", "osei's"): RoleOf reads
			// what follows, or it is not the name.
			if lex.Lower(fields[j+k]) != w {
				ok = false
				break
			}
		}
		if ok && nameVerb(fields[j+len(want)]) {
			fields[j+len(want)-1] += ","
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// nameVerb reports whether the word f after a name is a verb that ends
// the name: lower-case, and a verb of saying, one of personAfter or a
// form in the past.
func nameVerb(f string) bool {
	if upperStart(f) {
		return false
	}
	w, _ := lowerCore(f)
	return lex.IsAttributionVerb(w) || personAfter[w] || pastTense(w)
}
