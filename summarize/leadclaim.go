package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A chosen article's opening that makes a claim about its subject instead
// of telling what happened ("Anna Varga is proving that the harbour is as
// busy as ever.", "Anna Varga has never been one to hold back.", "Tarnwick
// isn't so quiet these days.", "Ferry fans could soon pay for their
// loyalty.") does not lead in place of the cluster's best lead
// (leadAmong): the reader's summary would open on a feature's hook and
// tell the event second or never. claimHook reads such a sentence: no
// event cue (eventCues: no verb of happening, place, time or number) and
// a main verb that states a quality, not an act -- a copula before a
// predicate ("is a natural", "isn't so empty"), "has (never) been" before
// one, "is proving/showing that", or a modal of likelihood ("could",
// "can", "may", "tends to", "looks like"). It yields only to a best lead
// from another article that states an event (an event cue) and is no
// hook, junk line or feature opening itself, nor a later sentence opening
// on "the"/"this" (its article introduced its subject); the summary then
// starts again from that best lead (leadAndSelect). Only the first choice
// is read so: a feature opening ("It's ...", "Sometimes ...") is left to
// the reader's second choice (summarizeWith), which also leaves out its
// asides, and that second choice keeps its leadAmong.
//
// Measured against 25beb9c on Multi-News default summaries: validation 18
// of 5,599 change, all read: 11 better (a launch, a pay gap, a union's
// appeal, a rant, a protest, a sponsorship deal, a rescue told first
// instead of "Space isn't so empty these days.", "<name> has never been
// one to hold back his feelings.", "Conditions ... could hardly have been
// worse."), 3 worse (a headline run-in leads; a side story and another
// story of a mixed cluster lead), 4 the same; train 1-38,000 120 of
// 37,863 change, of 40 drawn and read 20 better (the event for "X is no
// more.", "One young girl ... is luckier than most.", "A little known
// social network might be about to boom."), 6 worse (a credits
// line, a chart detail, a fragment, a list item and a writer's aside
// lead), 14 the same. ROUGE of Fill unchanged (45.93 / 16.24 / 19.83).
//
// Tried and not kept: giving the place to the next opening of the
// selection instead of the best lead (validation 25 changed: a hook
// ("Be prepared ...") or a scene not naming its subject took it); the
// same in the reader's second choice too (a junk line, "Important
// information ...", led); no feature-opening guard, "is to" and "is
// <adverb>-ly" read as claims (train 159 changed, of 40 read 18 better,
// 11 worse: "A hospital ... is to open ..." and "<name> is publicly
// discussing ..." lost the lead, feature asides stayed after it; 11 the
// same).

// claimStates are the forms of "be" whose predicate claimHook reads.
var claimStates = lex.Set("is", "are", "isn", "aren")

// claimModals state a likelihood or a habit, no act.
var claimModals = lex.Set("could", "can", "might", "may", "tend", "tends", "seems", "seem", "looks")

// claimAdverbs may stand between a verb and its predicate.
var claimAdverbs = lex.Set("now", "already", "still", "not", "never", "really", "hardly", "so", "also", "just",
	"ever", "once", "again", "truly", "t", "always", "soon", "officially")

// claimNotPredicate open a predicate that tells where or how someone is
// now, news a lead may state ("is in hospital", "is on trial", "are
// among the dead", "is about to ...").
var claimNotPredicate = lex.Set("in", "at", "on", "under", "among", "out", "back", "behind", "dead", "missing",
	"expected", "set", "about", "due", "up", "down", "off", "facing", "free", "safe", "alive",
	"accused", "suspected", "believed", "likely", "unlikely", "ready", "scheduled", "poised", "to")

// claimReports tell a finding or a report, news even in a modal ("Caps
// can help patients keep their hair, a new study suggests.").
var claimReports = lex.Set("according", "study", "studies", "suggests", "suggest", "research", "researchers",
	"report", "reports", "survey", "poll", "finds", "found", "shows", "scientists")

// claimProving are the verbs of "is proving that ...".
var claimProving = lex.Set("proving", "showing")

// claimHook reports whether s, an article's opening, claims a quality of
// its subject and states no event (see above).
func claimHook(s string) bool {
	if eventCues(s) > 0 {
		return false
	}
	w := lex.LetterWords(s, 40)
	for _, x := range w {
		if claimReports[x] {
			return false
		}
	}
	for i := 1; i < len(w); i++ {
		x := w[i]
		switch {
		case claimModals[x]:
			return true
		case claimStates[x]:
			j := i + 1
			for j < len(w) && (claimAdverbs[w[j]] || strings.HasSuffix(w[j], "ly")) {
				j++ // "is publicly discussing", "is now a natural"
			}
			if j >= len(w) {
				return false
			}
			if claimProving[w[j]] {
				return true
			}
			return !claimNotPredicate[w[j]] && !strings.HasSuffix(w[j], "ing") && !pastParticiple(w[j])
		case x == "has" || x == "have":
			j := i + 1
			for j < len(w) && claimAdverbs[w[j]] {
				j++
			}
			if j+1 >= len(w) || w[j] != "been" {
				return false
			}
			n := w[j+1]
			return !claimNotPredicate[n] && !strings.HasSuffix(n, "ing") && !pastParticiple(n)
		case x == "was" || x == "were" || x == "had" || x == "will" || x == "would" || x == "says" || x == "said" ||
			x == "say" || x == "did" || x == "does" || x == "do":
			return false // a past, a future or a report: an act
		}
	}
	return false
}

// claimYields reports whether fact f, an article's opening that leadAmong
// would put first, is a claim hook (claimHook) that gives way to the best
// lead of the cluster: a reader's summary, the best lead another
// article's sentence that states an event and is no hook or junk.
func (l *leadChoice) claimYields(f int) bool {
	c := l.c
	if !c.reader || l.again || f == l.fact || l.fact < 0 {
		return false
	}
	a, b := l.text(f), l.text(l.fact)
	if !claimHook(a.text) || c.featureForm(a.text) || a.doc == b.doc {
		// A feature opening ("It's ...", "Sometimes ...") is chosen
		// again with its asides left out (summarizeWith).
		return false
	}
	if b.pos > 0 && definiteOpening(b.text) {
		return false // "The juvenile ...": its article introduced it before
	}
	return eventCues(b.text) > 0 && !c.hookish(b.text) && !c.junkish(b.text) && !yearSceneOpening(b.text)
}

// definiteOpening reports whether s opens on "the", "this", "these" or
// "those".
func definiteOpening(s string) bool {
	w := lex.LetterWords(s, 1)
	return len(w) > 0 && (w[0] == "the" || w[0] == "this" || w[0] == "these" || w[0] == "those")
}

// text returns the sentence of fact f that leads.
func (l *leadChoice) text(f int) *candidate {
	if m, ok := l.member[f]; ok {
		return &l.c.cands[m]
	}
	return &l.c.cands[l.c.facts[f].rep]
}
