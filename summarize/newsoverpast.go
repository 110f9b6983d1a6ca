package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. Ordering by first mention
// can hold the day's news behind a line of background: "<the team got bad
// news about its pitcher>." "<he last missed a season in 2015>." and only
// then "<the pitcher broke his wrist in Sunday's game>.". When a chosen
// sentence after the second names the day of the news (a weekday,
// "yesterday", "tonight", outside quotation marks) and the sentence right
// before it tells a past year (earlier than the latest year the cluster
// writes) and no day, the day's sentence moves above that background,
// with the lines of its article that read on from it (follows). Every
// other sentence keeps its order; nothing is chosen again.
//
// Guards, each from a worse reading: the day's sentence stands on its
// own (no pronoun, connective or quotation opening, no early word
// pointing back: "another 24 inches on Tuesday"), tells no plan or
// supposition ("will", "could", "scheduled", "slated", "hopes", "would
// have") and no past year, holds no "today" ("USA Today", "as relevant
// today") nor "Black Friday", has newsUpMinWords words, tells the
// summary's story (newsUpOnStory: "Stocks opened higher Monday" stays)
// and takes no name from the background alone ("Martin tweeted Monday"
// after "... opposite Steve Martin ..."); the next sentence of its
// article does not lean on it ("The tribal chief ..."). The background
// is not its article's line right before the day's sentence, leans on
// nothing before it ("It ...", "The previous high was ..."), tells no
// plan, and does not go on a story told in order of years
// (inNarrative: a life told from birth stays in order). A first draft
// that also brought the day's sentence right after the lead when the
// sentences between came from other articles read worse in three of
// eight (another story's news, a side story, a line the lead's next
// sentence went on from) and was dropped.
//
// Multi-News validation (5,598 summaries): 7 change, all read: 4 better
// (an arrest told right after the arrest it details, a death before a
// launch picture's caption, a memo before a family's background, a
// demand before a 2012 probation), 0 worse, 3 the same. Train 1-38,000
// (37,857 summaries): 25 change, all read: 16 better (an execution, a
// sentence, a body found, a re-registration, a medal's return told
// before the year-old background), 3 worse (another story's death set
// between two lines of a mixed cluster, a side story's divorce and a
// reporter's presence moved above the crime's background), 6 the same.

// newsUpMinWords is the fewest words a sentence moved by newsOverPast has.
const newsUpMinWords = 8

// newsUpDays name the day of the news. "Today" is left out: it is as
// often a name ("USA Today") or a manner of speaking ("as relevant
// today").
var newsUpDays = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "tonight")

// newsUpNotDay are the words before a weekday that make it no day of the
// news: a day counted back or ahead, or a name ("Black Friday").
var newsUpNotDay = lex.Set("last", "next", "black", "cyber", "good", "super", "ash", "palm", "easter")

// newsUpPlans are words of a plan, a schedule or a supposition: a
// sentence holding one (or "would have") tells no event of the day.
// "Would" alone is often reported speech ("said it would remain").
var newsUpPlans = lex.Set("will", "could", "might", "scheduled", "slated", "expected", "hopes", "plans")

// newsOverPast moves, in a reader's summary, a sentence naming the day of
// the news above the past-year background right before it; see the file
// comment.
func (c *cluster) newsOverPast(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 3 {
		return
	}
	latest := -1
	for j := 2; j < len(picked); j++ {
		cd := &c.cands[c.facts[picked[j]].rep]
		low := lex.Lower(cd.text)
		if !strings.Contains(low, "day") && !strings.Contains(low, "tonight") {
			continue // cheap: no weekday, "yesterday", "tonight"
		}
		if cd.words < newsUpMinWords || cd.flags&flagDependent != 0 || opensWithQuote(cd.text) || pointsBackEarly(cd.text) ||
			strings.Contains(low, "would have") {
			continue
		}
		w := frameWords(beforeQuote(cd.text))
		if !newsUpNamesDay(w) || slices.ContainsFunc(w, func(x string) bool { return newsUpPlans[x] }) {
			continue
		}
		bg := &c.cands[c.facts[picked[j-1]].rep]
		if !lex.HasDigit(bg.text) || c.follows(picked[j], picked[j-1]) || bg.flags&flagDependent != 0 || pointsBackEarly(bg.text) ||
			containsWord(lex.Lower(bg.text), "previous") {
			continue
		}
		bw := frameWords(beforeQuote(bg.text))
		if newsUpNamesDay(bw) || slices.ContainsFunc(bw, func(x string) bool { return newsUpPlans[x] }) {
			continue
		}
		if latest < 0 {
			latest = c.latestYear()
		}
		if !pastYearIn(bw, latest) || pastYearIn(w, latest) || !c.newsUpOnStory(picked, j) || c.namedIn(cd.text, picked, j) ||
			c.inNarrative(picked, j, bw, latest) {
			continue
		}
		end := j + 1 // picked[j:end] moves: the sentence and what reads on from it
		for end < len(picked) && c.follows(picked[end], picked[end-1]) {
			end++
		}
		if end < len(picked) && c.leansOnNews(picked[end], cd) {
			continue // the sentence after the run leans on it: "The tribal chief ..."
		}
		to := j - 1
		run := append([]int(nil), picked[j:end]...)
		copy(picked[to+len(run):end], picked[to:j])
		copy(picked[to:], run)
		j = end - 1
	}
}

// newsUpNamesDay reports whether the words w name the day of the news
// (newsUpDays, newsUpNotDay).
func newsUpNamesDay(w []string) bool {
	for i, x := range w {
		if newsUpDays[x] && (i == 0 || !newsUpNotDay[w[i-1]]) {
			return true
		}
	}
	return false
}

// newsUpOnStory reports whether picked[j] tells the summary's story: it
// shares a content term with the lead, or three with one of the
// sentences before it. A day's sentence of another story ("Stocks opened higher
// Monday ...") stays where it is.
func (c *cluster) newsUpOnStory(picked []int, j int) bool {
	cd := &c.cands[c.facts[picked[j]].rep]
	if lex.Intersect(cd.terms, c.cands[c.facts[picked[0]].rep].terms) >= 1 {
		return true
	}
	for _, f := range picked[1:j] {
		if lex.Intersect(cd.terms, c.cands[c.facts[f].rep].terms) >= 3 {
			return true
		}
	}
	return false
}

// namedIn reports whether s holds a capitalised word (not a stopword)
// that the sentence right before picked[j] holds and no sentence before
// that does: s leans on the background for a name ("Martin tweeted on
// Monday ..." after "... opposite Steve Martin ...") and must stay after
// it.
func (c *cluster) namedIn(s string, picked []int, j int) bool {
	names := newsUpCapitals(s)
	if len(names) == 0 {
		return false
	}
	inBg := newsUpCapitals(c.cands[c.facts[picked[j-1]].rep].text)
	for _, f := range picked[:j-1] {
		for x := range newsUpCapitals(c.cands[c.facts[f].rep].text) {
			delete(inBg, x)
		}
	}
	for x := range names {
		if inBg[x] {
			return true
		}
	}
	return false
}

// newsUpCapitals returns the capitalised words of s of three letters or
// more that are no stopwords, a possessive "'s" cut off.
func newsUpCapitals(s string) map[string]bool {
	out := map[string]bool{}
	for _, x := range lex.SpaceFields(s) {
		x = lex.TrimPunct(x, trimMarks)
		x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")
		if len(x) < 3 || x[0] < 'A' || x[0] > 'Z' || lex.IsStopword(lex.Lower(x)) {
			continue
		}
		out[x] = true
	}
	return out
}

// pastYearIn reports whether the words w name a year earlier than latest.
func pastYearIn(w []string, latest int) bool { return firstPastYear(w, latest) > 0 }

// leansOnNews reports whether fact f, from cd's article, leans on what comes
// before it (a pronoun, a connective, "the X" or a word pointing back):
// it must stay right after cd.
func (c *cluster) leansOnNews(f int, cd *candidate) bool {
	next := &c.cands[c.facts[f].rep]
	return next.doc == cd.doc && (next.flags&(flagDependent|flagDefinite) != 0 || pointsBackEarly(next.text))
}

// inNarrative reports whether the background bw (the words of the
// sentence right before picked[j]) continues a story told in order of
// years: the sentence before it tells a past year no later than the
// background's first ("<born in 1947>." "<president 1993 to 2001>."
// "<senator in 2001>.").
func (c *cluster) inNarrative(picked []int, j int, bw []string, latest int) bool {
	if j < 2 {
		return false
	}
	y := firstPastYear(bw, latest)
	p := firstPastYear(frameWords(beforeQuote(c.cands[c.facts[picked[j-2]].rep].text)), latest)
	return p > 0 && p <= y
}

// firstPastYear returns the first year of w earlier than latest, 0 for
// none.
func firstPastYear(w []string, latest int) int {
	for _, x := range w {
		if y := yearOf(x); y > 0 && y < latest {
			return y
		}
	}
	return 0
}

// beforeQuote returns s without what its double quotation marks
// enclose: a year in a quotation ("... what life was like in 1776.") is
// no background of the news. A mark left open keeps the rest out.
func beforeQuote(s string) string {
	s = quoteMarks.Replace(s) // paraphrase.go
	var b strings.Builder
	for in := false; ; in = !in {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			if !in {
				b.WriteString(s)
			}
			return b.String()
		}
		if !in {
			b.WriteString(s[:i])
			b.WriteByte(' ')
		}
		s = s[i+1:]
	}
}
