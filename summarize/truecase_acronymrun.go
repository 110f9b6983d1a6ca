package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage's last step, right after
// raiseExpandedNames, which raises a spelled-out name only when its
// acronym follows it in parentheses. A summary as often spells a name
// out in one sentence and writes its acronym in another, or a quoted
// speaker's title holds it: "the coastal rivers authority found ...
// CRA's chief said", "the Tarnby harbour patrol" beside "a THP boat". The
// truecase model leaves such a name's common words lower-case.
// raiseAcronymRuns raises the lower-case words of a run whose initials
// spell, in order, a word of three to six capitals the summary writes
// elsewhere (a sentence, a voice statement or a claim), by the same test
// as raiseExpandedNames (expandedRun): words of letters spaced by one
// space, the function words of initialismFunction ("of", "and", "for")
// left out inside and kept lower-case, an organisation's head
// (expandedHeads) as the run's last word or before a function word, no
// word of the run in capitals itself ("GPS program and saw" spells no
// "GPS"): "the coastal rivers authority" → "the Coastal Rivers
// Authority", "department of harbour safety" → "Department of Harbour
// Safety". A term spelled before its acronym holds no head and is left
// ("chief executive officer", "magnetic resonance imaging"). It also
// raises a run of two to five words ending on a head whose initials a
// source writes in parentheses right after the same run
// (spellsOutBeforeParens, as raiseParenAcronyms reads it): "the coastal
// rivers authority" beside a source's "coastal rivers authority ( cra )",
// though the summary never writes "CRA". "group" joined expandedHeads
// with this rule ("the vale estates group" beside "VEG's director").
//
// Measured against c2b99de (letter case alone; raiseOrgNameWords's
// possessive suffix of the same commit counted in): validation 60 of
// 5,598 summaries changed, all read with their source: 60 better / 0
// worse / 0 same ("the National Labor Relations Board", "the
// Environmental Working Group" beside "EWG's director", "the UK's
// Advertising Standards Authority" beside a source's "( asa )", "Great
// Ormond Street Hospital", "Whole Foods Market Inc.'s"). Train 1-6,000:
// the acronym half alone 53 changed, 40 drawn at random and read, then
// the other 13: 53 better ("the Toronto District School Board", "the
// Democratic People's Republic of Korea", "the World Speed Project" beside
// "WSP"); the source half added 9, all read, all better ("the Government
// Accountability Office", "the Religious Freedom Restoration Act"): 62
// changed, 62 better / 0 worse / 0 same.
// ROUGE: one letter's case, untouched (ROUGE lower-cases).
//
// Known misses: a head inside the run with no function word after it
// ("office of tide records" spelled by a source's "( otr )" is read only
// when the summary writes "OTR"); a run holding a word with an
// apostrophe or a hyphen as its last word; an acronym of two letters or
// of more than six; a name with no acronym anywhere ("the Syrian
// observatory for human rights", "save the children").

// acronymRunMax is the longest acronym raiseAcronymRuns spells out: a
// longer word in capitals is more often a shouted word or a dateline.
const acronymRunMax = 6

// raiseAcronymRuns raises the spelled-out names of the summary's
// acronyms in the sentences, voice statements and claims of sum; see the
// file comment.
func (c *cluster) raiseAcronymRuns(sum *chorus.Summary) {
	acrs := summaryAcronyms(sum)
	var memo map[string]bool     // made at the first lower-case head, rare
	var inParens map[string]bool // the words the sources set in parentheses, read once
	spelled := func(w string) bool {
		ok, seen := memo[w]
		if !seen {
			if memo == nil {
				memo = map[string]bool{}
				inParens = c.parenthesizedWords()
			}
			ok = inParens[w] && c.spellsOutBeforeParens(w)
			memo[w] = ok
		}
		return ok
	}
	rewriteTexts(sum, func(s string) string {
		if len(acrs) > 0 {
			s = raiseAcronymRunsIn(s, acrs)
		}
		return raiseParenSpelledRuns(s, spelled)
	})
}

// raiseParenSpelledRuns raises, in s, the lower-case run of two to five
// words ending on an organisation's head (expandedHeads) whose initials
// the cluster writes in parentheses right after the same run (spelled,
// spellsOutBeforeParens): "the coastal rivers authority" beside "the
// coastal rivers authority ( cra )" in a source. The longest run that
// spells a word so wins.
func raiseParenSpelledRuns(s string, spelled func(string) bool) string {
	var b []byte
	for e := 1; e <= len(s); e++ {
		i, end, ok := runWordEnd(s, e)
		if !ok || s[i] < 'a' || s[i] > 'z' || !expandedHeads[s[i:e]] {
			continue
		}
		// The initials of the run's words, last first, up to five, the
		// function words ("of", "and") left out.
		var rev [5]byte
		n := 0
		for k, j := i, e; n < len(rev); {
			if !initialismFunction[lex.Lower(s[k:j])] {
				rev[n] = s[k] | 0x20
				n++
			}
			if k < 2 || s[k-1] != ' ' || !isASCIILetter(s[k-2]) {
				break
			}
			j = k - 1
			k = j - 1
			for k > 0 && isASCIILetter(s[k-1]) {
				k--
			}
			if k > 0 && s[k-1] != ' ' {
				break
			}
		}
		for m := n; m >= 2; m-- {
			var w [5]byte
			for x := 0; x < m; x++ {
				w[x] = rev[m-1-x]
			}
			letters := string(w[:m])
			if !spelled(letters) {
				continue
			}
			starts, ok := expandedRun(s, end, strings.ToUpper(letters))
			if !ok || acronymInRun(s, starts) {
				continue
			}
			b = raiseRunStarts(b, s, starts)
			break
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// summaryAcronyms returns, in first-seen order and once each, the words
// of three to acronymRunMax capitals in sum's sentences, voice
// statements and claims.
func summaryAcronyms(sum *chorus.Summary) []string {
	var out []string
	add := func(t string) {
		for i := 0; i < len(t); {
			if !isAlnumASCII(t[i]) {
				i++
				continue
			}
			j := i
			for j < len(t) && isAlnumASCII(t[j]) {
				j++
			}
			if w := t[i:j]; len(w) >= 3 && len(w) <= acronymRunMax && allUpperASCII(w) &&
				(i == 0 || t[i-1] < 0x80) && (j == len(t) || t[j] < 0x80) && !containsString(out, w) {
				out = append(out, w)
			}
			i = j
		}
	}
	for _, st := range sum.Sentences {
		add(st.Text)
	}
	for _, v := range sum.Voices {
		for _, st := range v.Statements {
			add(st.Text)
		}
	}
	for _, d := range sum.Disputes {
		for _, cl := range d.Claims {
			add(cl.Text)
		}
	}
	return out
}

// containsString reports whether list holds w.
func containsString(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// raiseAcronymRunsIn raises, in s, the lower-case words of every run
// that spells one of acrs and names a body (expandedRun).
func raiseAcronymRunsIn(s string, acrs []string) string {
	var b []byte
	for e := 1; e <= len(s); e++ {
		i, end, ok := runWordEnd(s, e)
		if !ok {
			continue
		}
		last := s[i] | 0x20
		for _, a := range acrs {
			if a[len(a)-1]|0x20 != last {
				continue
			}
			starts, ok := expandedRun(s, end, a)
			if !ok || acronymInRun(s, starts) {
				continue
			}
			b = raiseRunStarts(b, s, starts) // once, though two acronyms spell the run
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// acronymInRun reports whether a word of the run starting at starts opens
// with two capitals: an acronym standing for its own letter ("GPS
// program and saw" spells no "GPS").
func acronymInRun(s string, starts []int) bool {
	for _, k := range starts {
		if k+1 < len(s) && 'A' <= s[k] && s[k] <= 'Z' && 'A' <= s[k+1] && s[k+1] <= 'Z' {
			return true
		}
	}
	return false
}

// runWordEnd reports whether e ends a word of ASCII letters in s that
// can end a run: the next byte is no letter, hyphen or non-ASCII byte,
// and no apostrophe but that of an "'s" (then end is past the "'s";
// else end is e); and the word, from i, stands after a space or at the
// start (not the "s" of "'s" or a word's part after a hyphen).
func runWordEnd(s string, e int) (i, end int, ok bool) {
	if !isASCIILetter(s[e-1]) || e < len(s) && (isASCIILetter(s[e]) || s[e] == '-' || s[e] >= 0x80) {
		return 0, 0, false
	}
	end = e
	if e+1 < len(s) && s[e] == '\'' && s[e+1] == 's' && (e+2 == len(s) || !isASCIILetter(s[e+2])) {
		end = e + 2
	} else if e < len(s) && s[e] == '\'' {
		return 0, 0, false
	}
	i = e - 1
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	if i > 0 && s[i-1] != ' ' {
		return 0, 0, false
	}
	return i, end, true
}

// parenthesizedWords returns the words of two to acronymRunMax ASCII
// letters that the cluster's paragraphs set alone in parentheses, spaced
// ("( cra )") or tight ("(cra)"), as written: one pass over the sources
// instead of one search for each word spellsOutBeforeParens is asked,
// which finds its "( w )" or "(w)" only where this set holds w.
func (c *cluster) parenthesizedWords() map[string]bool {
	set := map[string]bool{}
	for d := range c.docs {
		for _, t := range c.docs[d].paras {
			for p := 0; ; {
				k := strings.IndexByte(t[p:], '(')
				if k < 0 {
					break
				}
				p += k + 1
				start, spaced := p, p < len(t) && t[p] == ' '
				if spaced {
					start++
				}
				end := start
				for end < len(t) && end-start <= acronymRunMax && isASCIILetter(t[end]) {
					end++
				}
				if n := end - start; n < 2 || n > acronymRunMax {
					continue
				}
				if spaced && strings.HasPrefix(t[end:], " )") || !spaced && end < len(t) && t[end] == ')' {
					set[t[start:end]] = true
				}
			}
		}
	}
	return set
}
