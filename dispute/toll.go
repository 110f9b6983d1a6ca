package dispute

import (
	"math"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/voices"
)

// This file sets the figures of different sources side by side: which
// count the same event, which cannot both be right, and how a dispute
// over them is shown.

// mention is one figure of one sentence.
type mention struct {
	s     sentence
	fig   figure
	terms []uint64 // the sentence's content terms beside its counts
}

// figures returns the counts the sources give differently: for each kind
// and counted noun, the two earliest figures of different sources that
// cannot both be right and count the same event, each one claim citing
// every source that gives it (and up to MaxClaims figures in all).
func figures(all []sentence, docs []voices.Doc) []chorus.Dispute {
	byKey := map[string][]mention{}
	var keys []string
	for _, s := range all {
		// A source's own count of the event is in its lead; a figure
		// beside a past date, another place or a total counts another
		// thing.
		if s.pos >= leadSentences || otherCount(s.words) {
			continue
		}
		ws := s.words
		if k := fullDate(ws); k >= 0 {
			// A caption's date: only what follows the caption counts,
			// when the caption ends there ("... on July 29, 2013. Eight
			// people were injured ...").
			ws = nil
			if strings.Contains(s.text, s.words[k]+". ") {
				ws = s.words[k+1:]
			}
		}
		figs := figuresOf(ws)
		if len(figs) == 0 || s.isJunk() || !complete(s.text) || runIn(s.text) {
			continue
		}
		for _, f := range figs {
			key := f.kind + "|" + f.noun
			if byKey[key] == nil {
				keys = append(keys, key)
			}
			byKey[key] = append(byKey[key], mention{s: s, fig: f, terms: topical(s)})
		}
	}
	var out []chorus.Dispute
	for _, key := range keys {
		if d, ok := differing(byKey[key], docs, key); ok {
			out = append(out, d)
		}
	}
	return out
}

// differing returns the dispute of the mentions of one count, if two
// sources give figures of the same event that cannot both be right.
func differing(ms []mention, docs []voices.Doc, key string) (chorus.Dispute, bool) {
	// agrees reports whether source doc gives a figure compatible with
	// m's anywhere in its lead: then it does not dispute m (the test of
	// the event is left out on purpose: a source that agrees on any
	// sentence is not shown as disagreeing).
	// The mentions of each source, so that agrees reads only the
	// source's own: over all of ms, the pair loop below was cubic in the
	// mentions (250 invented sources of 200 toll sentences: 14 s).
	byDoc := map[int][]mention{}
	for _, o := range ms {
		byDoc[o.s.doc] = append(byDoc[o.s.doc], o)
	}
	agrees := func(doc int, m mention) bool {
		for _, o := range byDoc[doc] {
			if compatible(o, m) {
				return true
			}
		}
		return false
	}
	a, b := -1, -1
	for i, m := range ms {
		for j := i + 1; j < len(ms); j++ {
			o := ms[j]
			if o.s.doc == m.s.doc || compatible(m, o) || !sameEvent(m, o) || agrees(m.s.doc, o) || agrees(o.s.doc, m) {
				continue
			}
			if a < 0 || m.s.pos+o.s.pos < ms[a].s.pos+ms[b].s.pos {
				a, b = i, j
			}
		}
	}
	if a < 0 {
		return chorus.Dispute{}, false
	}
	// The claims: the pair's figures, then others of the same event that
	// differ from both, each citing the sources that give it.
	shown := []mention{ms[a], ms[b]}
	for _, m := range ms {
		if len(shown) == MaxClaims {
			break
		}
		fits := true
		for _, s := range shown {
			if compatible(m, s) || !sameEvent(m, s) {
				fits = false
			}
		}
		if fits && !agrees(m.s.doc, ms[a]) && !agrees(m.s.doc, ms[b]) {
			shown = append(shown, m)
		}
	}
	kind, noun, _ := strings.Cut(key, "|")
	topic := topics[kind]
	if p, ok := strings.CutSuffix(noun, " (part)"); ok {
		topic += " (" + p + " among them)"
	} else if noun != "people" {
		topic += " (" + noun + ")"
	}
	rose, dated := false, true
	for _, m := range shown {
		if hasAny(m.s.words, updateWords) {
			rose = true
		}
		if m.s.publishedOf().IsZero() {
			dated = false
		}
	}
	if dated {
		// Earliest report first; a count that only grows with time is
		// an update.
		slices.SortStableFunc(shown, func(x, y mention) int { return x.s.publishedOf().Compare(y.s.publishedOf()) })
		rose = true
		for k := 1; k < len(shown); k++ {
			if !shown[k].s.publishedOf().After(shown[k-1].s.publishedOf()) || shown[k].fig.value < shown[k-1].fig.value {
				rose = false
			}
		}
		if rose {
			topic += ": the count changed as reports came in"
		} else {
			topic += ": the sources differ"
		}
	} else if rose {
		// A later count is given as an update: show it as one, lowest
		// figure first.
		slices.SortStableFunc(shown, func(x, y mention) int { return x.fig.value - y.fig.value })
		topic += ": the count changed as reports came in"
	} else {
		// Without the sources' times the figures may be one count
		// reported at different times rather than a disagreement: most
		// differing tolls of undated news are a count that rose (of 17
		// read on development clusters, 13 were). The topic says so.
		slices.SortStableFunc(shown, func(x, y mention) int { return x.s.idx - y.s.idx })
		topic += undatedDiffer
	}
	d := chorus.Dispute{Topic: topic}
	cited := map[int]bool{}
	for _, m := range shown {
		var srcs []int
		for _, o := range ms {
			if !cited[o.s.doc] && compatible(o, m) && sameEvent(o, m) && !slices.Contains(srcs, o.s.doc) {
				srcs = append(srcs, o.s.doc)
			}
		}
		for _, s := range srcs {
			cited[s] = true
		}
		if len(srcs) == 0 {
			continue
		}
		c := claimOf(m.s, docs, srcs)
		if m.s.pos < leadTollSentences {
			m.s.c.shown[leadKey+c.Text] = ""
		}
		d.Claims = append(d.Claims, c)
	}
	if len(d.Claims) < 2 {
		return chorus.Dispute{}, false
	}
	return d, true
}

// undatedDiffer ends the topic of a count whose sources differ when their
// times are not all known: the difference may be an update.
const undatedDiffer = ": the sources differ, perhaps as the count was updated"

// updateWords tell that a count is an update of an earlier one.
var updateWords = map[string]bool{"rose": true, "rises": true, "rising": true, "risen": true, "climbed": true, "increased": true, "jumped": true,
	"revised": true, "updated": true, "initially": true}

// span returns the range of values figure f allows: an exact figure
// itself, a lower bound up to a tenth above it ("at least 23" beside 31
// disputes it), or without end when the bound is a round figure ("more
// than 100" beside 114 agrees; "more than a dozen" beside 14), an
// estimate a tenth either side.
func span(f figure) (lo, hi float64) {
	v := float64(f.value)
	switch {
	case f.bound == '>' && f.value >= 20 && f.value%10 == 0 || f.bound == 'D':
		// "more than 100", "more than a dozen": a round bound, the
		// larger figure not known.
		return v, math.Inf(1)
	case f.bound == '>':
		return v, v * 1.1
	case f.bound == '~' || f.bound == 'd':
		return v * 0.9, v * 1.1 // "about 60", "two dozen"
	}
	return v, v
}

// compatible reports whether two mentions can tell the same count: their
// ranges meet, or they differ by a few and one of them counts the
// attackers who died with their victims ("four dead" beside "killing
// three ... before being killed by police").
func compatible(a, b mention) bool {
	alo, ahi := span(a.fig)
	blo, bhi := span(b.fig)
	if alo <= bhi && blo <= ahi {
		return true
	}
	gap := max(alo, blo) - min(ahi, bhi)
	if gap <= 5 && (attackerDied(a.s.words) || attackerDied(b.s.words)) {
		return true
	}
	if gap <= 1 && a.fig.kind == "dead" && (attackerNamed(a.s.words) || attackerNamed(b.s.words)) {
		// 49 victims beside 50 dead: the gunman may be among them.
		return true
	}
	return false
}

// attackerNamed reports words that name an attacker ("the gunman",
// "opened fire"): a toll may or may not count him.
func attackerNamed(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "gunman", "gunmen", "shooter", "bomber", "bombers", "attacker", "attackers", "assailant", "killer":
			return true
		case "fire":
			if i > 0 && ws[i-1] == "opened" {
				return true
			}
		}
	}
	return false
}

// attackerDied reports words that count an attacker among the dead or
// tell that he died too.
func attackerDied(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "bomber", "bombers", "attacker", "attackers", "gunman", "gunmen", "assailant", "assailants", "shooter", "militants":
			for j := max(0, i-3); j < i; j++ {
				if ws[j] == "including" {
					return true
				}
			}
		case "himself", "themselves":
			return true
		case "police":
			if i >= 2 && ws[i-1] == "by" && (ws[i-2] == "killed" || ws[i-2] == "dead") {
				return true
			}
		}
	}
	return false
}

// eventTerms is the number of content terms, beside the count's own words
// and figures, two figures' sentences must share to count the same event.
const eventTerms = 2

// sameEvent reports whether two mentions count the same event: their
// sentences share eventTerms content terms beside their counts.
func sameEvent(a, b mention) bool { return lex.Intersect(a.terms, b.terms) >= eventTerms }

// topical returns the content terms of s without its count words,
// figures and weekdays (speaker.go): a weekday is no word of an event,
// two crashes on one Tuesday share "tuesday" and nothing else
// (Multi-News train: a Texas wreck beside an Illinois crash).
func topical(s sentence) []uint64 {
	var lw lex.Words
	var kept []string
	for _, w := range s.words {
		if _, num := atoi(w); num || counts[w] != "" || people[w] || w == "," || strings.Trim(w, "0123456789") == "" || weekdays[w] {
			continue
		}
		kept = append(kept, w)
	}
	return lex.ContentTerms(nil, &lw, strings.Join(kept, " "))
}

// leadSentences is the number of a source's first sentences whose figures
// count: the lead, where a report gives its count of the event.
const leadSentences = 6

// otherWords date a count to another time, or make it a total of more
// than the event or a count in a trial.
var otherWords = map[string]bool{"since": true, "ago": true, "similar": true, "previous": true, "separate": true,
	"nationwide": true, "overall": true, "jury": true, "guilty": true, "convicted": true, "sentenced": true,
	"trial": true, "annually": true, "worldwide": true}

// otherCount reports whether words date a sentence to another time, or
// make its figures totals over a country or a period: a year, "last week",
// "since", "across the country", "so far this year".
func otherCount(ws []string) bool {
	for i, w := range ws {
		if n, ok := number(w); ok && n >= 1900 && n <= 2100 && !dated(ws, i) {
			return true
		}
		if otherWords[w] {
			return true
		}
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch {
		case w == "last" && (next == "month" || next == "year"),
			(w == "across" || w == "around" || w == "throughout") && next == "the" && i+2 < len(ws) && (ws[i+2] == "country" || ws[i+2] == "region" || ws[i+2] == "world"),
			w == "in" && (next == "all" || next == "total") && (i+2 == len(ws) || ws[i+2] == ","):
			return true
		}
	}
	return false
}

// fullDate returns the index of the year of a full date in ws ("July 24,
// 2014"), or -1: a photo caption's date, run into the text (a report's
// lead dates its event by day).
func fullDate(ws []string) int {
	for i, w := range ws {
		if n, ok := number(w); ok && n >= 1900 && n <= 2100 && dated(ws, i) {
			return i
		}
	}
	return -1
}

// runIn reports a sentence that holds another sentence's end and a
// dateline ("... died. Cape Charles, Va. — A couple ..."): page text run
// together, whose figures may belong to either part.
func runIn(s string) bool {
	for _, dash := range []string{" — ", " -- ", " – "} {
		i := strings.Index(s, dash)
		if i <= 0 {
			continue
		}
		for _, f := range lex.SpaceFieldsShared(s[:i]) {
			// A sentence's end: a word of four letters or more, or a
			// figure, before a full stop ("Mr." and "Va." are no end).
			if w, ok := strings.CutSuffix(f, "."); ok && len(w) >= 4 && !strings.Contains(w, ".") {
				return true
			}
		}
	}
	return false
}

// complete reports whether s reads as a whole sentence: it ends as one,
// holds enough words, and is not a run of captions ("...").
func complete(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), "\"'”’) ")
	if t == "" || !lex.ContainsAny(t[len(t)-1:], ".!?") {
		return false
	}
	n := lex.CountFields(s)
	return n >= 4 && n <= 70 && !strings.Contains(s, "...") && !strings.Contains(s, "…")
}
