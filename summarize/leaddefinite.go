package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, beside introwords.go. A
// reader's summary whose first sentence is not its article's first may
// write "the X" for an X that article introduced in the sentence just
// before ("Police later found the man in a shed." after "... a local man
// went missing on friday."): the reader, who never read that sentence,
// asks which X. The lead takes the introducing words of the previous
// sentence instead ("found a local man in a shed"), even a bare "a X",
// which in a lead reads as new where "the X" points back at nothing.

// leadDefTimeNouns are nouns whose "the" points at a time, not at
// something told before ("the week", "the day"), idioms ("all the way",
// "the public"), and modals that a lower-cased month may be ("the may
// 2014 crash" after "a phone may have").
var leadDefTimeNouns = lex.Set("day", "week", "month", "year", "time", "weekend", "night", "morning",
	"evening", "afternoon", "decade", "season", "moment", "future", "past", "end", "rest", "first", "same",
	"way", "world", "country", "public", "press", "media", "internet", "start",
	"may", "will", "can", "might", "must", "should", "would", "could")

// introduceLeadDefinite rewrites the first "the X" of sum's first
// sentence (leadDefRewrite) to the words its article's previous sentence
// introduces X with (leadDefIntro), and adds the words it writes to
// sum.Words.
func (c *cluster) introduceLeadDefinite(sum *chorus.Summary) {
	if len(sum.Sentences) == 0 {
		return
	}
	c.leadDefAt(sum, 0, "")
}

// summaryAfter returns the sentences of sum after the i-th, lower case.
func summaryAfter(sum *chorus.Summary, i int) string {
	var b strings.Builder
	for _, x := range sum.Sentences[i+1:] {
		b.WriteString(lex.Lower(x.Text))
		b.WriteByte(' ')
	}
	return b.String()
}

// leadDefAt rewrites sentence i of sum (leadDefRewrite) with its
// article's previous sentence, before being the summary above it (lower
// case), and reports whether it did.
func (c *cluster) leadDefAt(sum *chorus.Summary, i int, before string) bool {
	s := sum.Sentences[i].Text
	ci := c.candIndex(s)
	if ci < 0 || c.cands[ci].doc >= len(c.docs) {
		return false
	}
	prev := c.prevSentence(&c.cands[ci])
	if prev == "" {
		return false // an article's opening, or a window with no sentence end
	}
	t, ok := leadDefRewrite(s, prev, before)
	if !ok {
		t, ok = c.farDefRewrite(&c.cands[ci], s, before, func() string { return summaryAfter(sum, i) }) // definite_farintro.go
	}
	if ok {
		sum.Words += countWords(t) - countWords(s)
		sum.Sentences[i].Text = t
	}
	return ok
}

// leadDefRewrite returns s with its first "the X" (outside quotation
// marks, X one plain lower-case word, not before "of", "in question" or a
// possessive, not written earlier in s) written as prev introduces X
// (leadDefIntro). Past the lead (before is not empty) X must not be
// named above, by its stem (introWordsNamed), nor modify a noun after it
// ("the speed limit"), and the introduction must hold a modifier: there
// a bare "a X" for a thing the summary went on about read worse ("a
// sled belonged to ...").
func leadDefRewrite(s, prev, before string) (string, bool) {
	f := lex.SpaceFieldsShared(s)
	for k := 0; k+1 < len(f); k++ {
		if lex.ContainsAny(f[k], "\"“”") {
			return "", false // a quotation's words are its speaker's
		}
		if f[k] != "the" && (k > 0 || f[k] != "The") {
			continue
		}
		x, punct := lowerCore(f[k+1])
		plain := plainLower(strings.TrimSuffix(f[k+1], ","))
		if leadPossessive(f[k+1], before) {
			punct, plain = false, true // "the couple's car": leadposs.go
		}
		if x == "" || punct && !strings.HasSuffix(f[k+1], ",") || !plain || len(x) < 3 ||
			lex.IsStopword(x) || leadDefTimeNouns[x] || verbForm(x) {
			continue
		}
		if !punct && k+2 < len(f) && (f[k+2] == "of" || strings.HasPrefix(f[k+2], "'") ||
			f[k+2] == "in" && k+3 < len(f) && strings.HasPrefix(f[k+3], "question")) {
			continue // "the head of ...", "the X in question": the phrase says which
		}
		if before != "" && !punct && k+2 < len(f) && plainLower(f[k+2]) && !lex.IsStopword(f[k+2]) && !verbForm(f[k+2]) &&
			!strings.HasSuffix(f[k+2], "ed") {
			continue // "the speed limit": X modifies the noun after it
		}
		if containsWord(lex.Lower(strings.Join(f[:k], " ")), x) || before != "" && introWordsNamed(before, x) {
			continue
		}
		intro, ok := leadDefIntro(prev, x)
		if !ok || before != "" && !strings.Contains(intro, " "+x) || before != "" && strings.Count(intro, " ") < 2 {
			continue
		}
		if k == 0 {
			intro = capitalizeFirst(intro)
		}
		words := lex.SpaceFieldsShared(intro)
		g := append(append(append([]string{}, f[:k]...), words[:len(words)-1]...), f[k+1:]...)
		return strings.Join(g, " "), true
	}
	return "", false
}

// introduceBodyDefinites is introduceLeadDefinite for the sentences
// after the first, with leadDefRewrite's stricter guards: "Tenants
// disputed the report" after no report reads "... disputed an annual
// housing report" when the article's previous sentence wrote those words.
func (c *cluster) introduceBodyDefinites(sum *chorus.Summary) {
	var before strings.Builder
	for i := range sum.Sentences {
		if i > 0 {
			c.leadDefAt(sum, i, before.String())
		}
		before.WriteString(lex.Lower(sum.Sentences[i].Text))
		before.WriteByte(' ')
	}
}

// leadDefIntro returns the words of prev (lower case) that introduce noun
// once: "a" or "an", up to introWordsMods plain modifiers and noun, which
// ends there (a comma, a full stop, the end, or a next word that cannot
// go on with the noun: a stopword or a verb). It reports false when prev
// writes noun more than once or in no such phrase.
func leadDefIntro(prev, noun string) (string, bool) {
	f := lex.SpaceFields(lex.Lower(prev))
	found := ""
	for j, w := range f {
		core, punct := lowerCore(w)
		if core != noun {
			if strings.Contains(w, noun) {
				return "", false // "officials", "man's": another form
			}
			continue
		}
		if found != "" || punct && !strings.HasSuffix(w, ",") && !strings.HasSuffix(w, ".") {
			return "", false
		}
		if !punct && j+1 < len(f) {
			if n := f[j+1]; !lex.IsStopword(n) && !verbForm(n) && !strings.HasSuffix(n, "ed") {
				return "", false // "a police officer": the noun goes on
			}
		}
		k := introArticle(f, j)
		if k < 0 {
			return "", false
		}
		found = strings.Join(append(f[k:j:j], noun), " ")
	}
	return found, found != ""
}
