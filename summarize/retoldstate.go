package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the selection stage's reader pass, after
// replaceRetoldEvents: one state told twice in other words
// (replaceRetoldStates). Two sources often say the same thing of one
// subject with words that share no term (invented: "Inspectors said the
// goats, taken from a farm near Tarnwick, are in poor health and need
// homes." and, three sentences on, "Many of the goats were sickly and
// thin."). Selection's word tests and retellsEvent, which asks for a
// shared event word, miss them. Here a small hand list of wordings of
// one state (stateWords) stands in for the shared word: the retelling
// opens on words the other holds (its subject), gives a wording of the
// state the other gives in its own words, and adds at most stateOwn
// content words, no number and no denial the other lacks.
//
// Measured against 3ea9674 with retoldhour.go (da5aded): Multi-News
// validation 1 of 5,599 default summaries changed, read: better (rescued
// animals "in poor health" and, three sentences on, "sickly and
// underweight"); train 1-38,000 0 of 37,862 changed. Fill ROUGE on
// validation unchanged (45.93/16.24/19.83). Tried and not kept: wordings
// of speaking (talk, spoke, spoken) as one state, and a subject of stop
// words alone ("He"): validation 1 more changed, worse ("He won't be the
// first dropout to speak." read as retelling another's speech, and the
// link to the next sentence lost). Not fixed: a state told with many
// words of its own besides ("had not spoken to anyone ... since <a
// story of its own>"; "thought to have died of thirst, as is
// common in <a place's heat>"), where the other sentence's words are few
// and the subject a pronoun.

// stateOwn is the most content words, besides its wording of the state,
// a retelling may give that the other sentence lacks.
const stateOwn = 2

// stateWords maps a wording of a state, one word or two, to the state.
var stateWords = map[string]string{
	"sickly": "ill", "poor health": "ill", "ill": "ill", "malnourished": "ill", "emaciated": "ill",
}

// stateShares are words of a share a retelling's subject may open on
// ("many of the goats").
var stateShares = lex.Set("many", "some", "several", "all", "most", "few", "half")

// statesOf returns the states s gives a wording of (stateWords) and the
// words of those wordings (nil when none).
func statesOf(s string) (states []string, words map[string]bool) {
	ws := lex.LetterWords(lex.Lower(s), -1)
	mark := func(w ...string) {
		if words == nil {
			words = make(map[string]bool)
		}
		for _, x := range w {
			words[x] = true
		}
	}
	for i, w := range ws {
		if i+1 < len(ws) {
			if st, ok := stateWords[w+" "+ws[i+1]]; ok {
				states = append(states, st)
				mark(w, ws[i+1])
				continue
			}
		}
		if st, ok := stateWords[w]; ok {
			states = append(states, st)
			mark(w)
		}
	}
	return states, words
}

// retellsState reports whether chosen fact f tells again a state chosen
// fact p tells in other words: f gives a wording of a state p gives
// (statesOf) that p does not hold itself, f's words before its first
// helping verb are p's terms (one at least), stop words or a share
// (stateShares), f without its frame
// (retoldBody) gives at most stateOwn content words p lacks besides the
// wording, no number p lacks (numbersToldIn) and opens with no quotation
// mark, and f denies something just when p does.
func (c *cluster) retellsState(f, p int) bool {
	x, y := &c.cands[c.facts[f].rep], &c.cands[c.facts[p].rep]
	sx, wx := statesOf(x.text)
	if len(sx) == 0 {
		return false // most sentences give no state: spare the other's reading
	}
	sy, wy := statesOf(y.text)
	shared := false
	for _, st := range sx {
		if slices.Contains(sy, st) {
			shared = true
		}
	}
	if !shared || quoteFirst(x.text) || c.deniesRead(x) != c.deniesRead(y) {
		return false
	}
	for w := range wx {
		if wy[w] {
			return false // the same word: the other repeat tests' case
		}
	}
	body := retoldBody(x.text)
	ws := lex.LetterWords(lex.Lower(body), -1)
	verb := slices.IndexFunc(ws, func(w string) bool { return subjectAux[w] })
	if verb < 1 {
		return false
	}
	own, subject := c.retoldOwnTerms(body, x, y), false
	for _, w := range ws[:verb] {
		h, stop, _ := lex.Term([]byte(w))
		switch {
		case stateShares[w] && !slices.Contains(y.terms, h):
			own--
		case stop:
		case !slices.Contains(y.terms, h):
			return false
		default:
			subject = true
		}
	}
	if !subject {
		return false // a pronoun's state may be anyone's
	}
	for w := range wx {
		h, stop, _ := lex.Term([]byte(w))
		if !stop && !slices.Contains(y.terms, h) {
			own--
		}
	}
	return own <= stateOwn && numbersToldIn(body, y.text) && !strings.Contains(body, "?")
}

// replaceRetoldStates leaves out each chosen fact that tells again a
// state another chosen fact tells in other words (retellsState), when
// the rest holds adaptiveMin words; the opening and a fact the next one
// leans on stay (leaveOutRetold). A reader's summary only.
func (c *cluster) replaceRetoldStates(picked []int) []int {
	if len(picked) < 2 {
		return picked
	}
	return c.leaveOutRetold(picked, 0, func(f, _ int, others []int) bool {
		return slices.ContainsFunc(others, func(p int) bool { return c.retellsState(f, p) })
	})
}
