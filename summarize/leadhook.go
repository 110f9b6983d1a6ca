package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A reader's lead that opens on a hook -- advice or an order put to the
// reader ("Be prepared to pay more than the sticker price.", "Add up their
// face value, and the Tarnwick coins come to under $600.") or a phrase
// leaning back on what the article told before ("In the process, the
// harbour board learned ...", "As a result, ...") -- has not stated the
// news. Such a lead is chosen again as a feature opening is
// (summarizeWith: pickLead's reader choice, what the other sources lead
// with weighing in, the hook marked down by leadFeature). In that reader
// choice, a fact whose chosen wording opens as a feature or a hook ("Yes,
// indeed it has, for Anna Varga will marry today.") leads in another
// source's plain wording of it when one can lead ("Anna Varga marries
// today in Tarnwick.": plainMember). The blind judges of the forty-first
// session's development reading read such first sentences as the news
// told last ("sale price, the main event, comes last", "buying advice
// opens summary") or as an answer to a question the reader never saw
// ("'Yes, indeed it has' answers a missing question"). A lead chosen again from a hook alone is
// kept only when it is another wording of the hook's fact or the other
// sources' openings tell it more than the hook (newsOverHook); otherwise
// the hook stays, as a past year's scene does (leadyear.go).
//
// Measured against 0dda51f on Multi-News default summaries: validation 6
// of 5,599 change, all read: 5 better (a coin's sale, a couple's
// announcement, a senator's record, a toy's sell-out and an anniversary
// told first instead of "Add up ...", "Let the ...", "Go back and watch
// ...", "Be prepared ..." and "Yes, indeed it has, ..."), 1 the same (one
// leaning opening for another); train 1-38,000 19 of 37,863 change, all
// read: 9 better (a recall, a vow, a lawsuit, a health warning, a product
// withdrawn, a new app told before the hook), 2 worse (a hook left alone
// without the line that explained it; an investor's figure for a
// product's launch), 8 the same (order only, or one weak opening for
// another).
//
// Tried and not kept: the same with the plain wording chosen for every
// feature opening's fact, not only a reply's or a hook's (train 22
// changed: 10 better, 5 worse -- captions glued to a lede, a garbled
// "police say" lede --, 7 the same); that and no agreement check of the
// new lead, "don" and "never" read as orders (train 54 changed, of 40
// read 14 better, 12 worse -- "Don Wright ...", "Don Aaron ..." and
// "Go-ahead ..." read as orders, off-topic replacements --, 14 the
// same); and, in leadAmong, no opening without an event cue (eventCues
// 0) taking a reader's lead from one with two or more (validation 118
// changed, of 31 read 6 better, 12 worse -- "<city> police are
// investigating a deadly assault." and other plain ledes lost, junk and
// headline run-ins leading --, 13 the same).

// hookOpeners are the first words of a lead that tells the reader what to
// do: advice or an order, no news.
var hookOpeners = lex.Set("add", "be", "take", "try", "expect", "prepare", "beware", "grab",
	"brace", "buckle", "get", "keep", "don", "dont", "say", "let", "go", "stop",
	"make", "pack", "bring", "put", "step", "hold", "guess", "ask", "tell", "check")

// hookOpeners2 are the first two words of a lead that leans back on what
// its article told before it.
var hookOpeners2 = lex.Set("the process", "a result", "in addition", "in turn", "by then",
	"that point", "that end", "even so", "that said", "top of", "the meantime", "in response",
	"since then", "until then", "after that", "before that", "that time", "that case",
	"doing so", "so doing", "in fact", "other words", "that reason", "this reason")

// hookLeaners are the first words that hookOpeners2's pairs follow: "In
// the process", "As a result", "At that point", "On top of that".
var hookLeaners = lex.Set("in", "as", "at", "to", "on", "by", "for", "after", "before", "since", "until", "even", "that")

// leadHook reports whether s opens on advice or an order to the reader
// (hookOpeners: "Be prepared ...", "Add up ...", "Don't ...") or on a
// phrase leaning back on what came before ("In the process, ...", "As a
// result, ...", "At that point, ..."). An opening word that is a capitalised
// name's ("Mark Osei said ...", "Grab & Go, the chain, ...") is not read
// as an order: the order's second word is lower case.
func leadHook(s string) bool {
	w := lex.LetterWords(s, 4)
	if len(w) < 3 {
		return false
	}
	if hookLeaners[w[0]] && (hookOpeners2[w[1]+" "+w[2]] || len(w) > 3 && hookOpeners2[w[2]+" "+w[3]] && w[1] == "the") {
		return true
	}
	if w[0] == "in" && hookOpeners2[w[0]+" "+w[1]] {
		return true
	}
	if !hookOpeners[w[0]] {
		return false
	}
	f := lex.FirstFields(s, 2)
	head := lex.Lower(strings.TrimRight(f[0], ",.:;!"))
	if i := strings.IndexAny(head, "'’"); i > 0 {
		head = head[:i] // "Let's", "Don't"
	}
	if len(f) < 2 || !lowerInitial(f[1]) || head != w[0] {
		return false // "Go-ahead Tarnwick wants ...": a word of a compound
	}
	if w[0] == "don" {
		// "Don't ...", "don ' t ...", not the name ("Don Osei said ...",
		// lower-cased in some sources).
		return strings.ContainsAny(f[0], "'’") || strings.HasPrefix(f[1], "'") || strings.HasPrefix(f[1], "’")
	}
	return true
}

// lowerInitial reports whether the field x opens with a lower-case letter
// or an apostrophe ("Don't", "don ' t" split apart).
func lowerInitial(x string) bool {
	for _, r := range x {
		return r == '\'' || r == '’' || r >= 'a' && r <= 'z'
	}
	return false
}

// hookish reports whether s, a reader's lead, opens as a feature
// (featureForm) or on a hook (leadHook).
func (c *cluster) hookish(s string) bool { return c.featureForm(s) || leadHook(s) }

// answerWords open a reply to a question the reader never saw: "Yes,
// indeed it has, ...".
var answerWords = lex.Set("yes", "no", "sure", "well", "oh", "okay", "ok", "indeed")

// replyOrHook reports whether s, a reader's lead, opens on a reply
// (answerWords) or a hook (leadHook): the openings whose fact another
// source's plain wording leads (plainMember). Other feature openings
// ("When Anna Varga sailed ...", "A study shows we ...") keep their
// wording: read on train 1-38,000, the plain wording that replaced them
// was often a caption glued to the lede.
func replyOrHook(s string) bool {
	w := lex.LetterWords(s, 1)
	return len(w) > 0 && answerWords[w[0]] || leadHook(s)
}

// plainMember returns a wording of fact f that can lead and opens neither
// as a feature nor on a hook, from the article that comes first in
// reading order; -1 for none.
func (c *cluster) plainMember(f int) int {
	ms := slices.Clone(c.facts[f].members)
	slices.SortStableFunc(ms, func(a, b int) int { return c.rank[c.cands[a].doc] - c.rank[c.cands[b].doc] })
	for _, m := range ms {
		cd := &c.cands[m]
		if cd.pos == 0 && c.canLead(cd) && !isLabel(cd) && c.passes(cd) && !c.junkish(cd.text) && !c.hookish(cd.text) {
			return m
		}
	}
	return -1
}

// plainOverHook reports whether m, the wording of fact f that a reader's
// lead chose, opens plain while f's representative opens as a feature or
// on a hook: it takes the representative's place even when longer, the
// reader's summary keeping within its budget at the end (budgetfit.go).
func (c *cluster) plainOverHook(f, m int) bool {
	return c.reader && replyOrHook(c.cands[c.facts[f].rep].text) && !c.hookish(c.cands[m].text)
}

// newsOverHook reports whether the lead chosen again for a reader in place
// of old, the sentence of a lead opening on a hook (leadHook), is another
// wording of old's fact or tells what the other sources open with more
// than old does (leadAgreement): a hook is left in place when no source
// tells the news more plainly.
func (c *cluster) newsOverHook(old int) bool {
	if c.lead < 0 {
		return false
	}
	if c.lead == c.cands[old].fact {
		return true
	}
	return c.leadAgreement(&c.cands[c.facts[c.lead].rep]) > c.leadAgreement(&c.cands[old])
}
