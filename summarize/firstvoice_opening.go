package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// An article's first sentence that addresses the reader ("If you've ever
// ...", "Join us as we ...") or speaks as "we" (addressesReader, weVoice)
// is left to the lead: markNarrators spares it there, since a first
// sentence that addresses the reader opens as a feature and the lead is
// chosen again without it (summarizeWith). Once the lead is chosen,
// though, such a sentence could still follow it, a flyer's call to
// action or a columnist's aside in the middle of the news, whose "you"
// or "we" a reader cannot place. A reader's summary leaves it out past
// the lead (markOpeningVoices, flagNarrator); the lead itself keeps it.
//
// The lead's own article keeps its opening (missedLede may bring it
// back to open the summary), and so does a sentence that names its
// speaker (saysWho: "..., critics say."). When the lead is chosen again
// (summarizeWith, selectPairNews), the flags are cleared first
// (clearOpeningVoices), so that the choice reads the sentences as before.
//
// Measured against 08c0714 (reader's summaries; Fill unchanged):
// validation 35 of 5,598 changed, read all: 26 better (a flyer's "Join
// us as we ...", "If you've driven on ...", "Look to your left ...", a
// campaign's "... abandoned our veterans" gone), 0 worse, 9 the same
// (another aside or a weaker filler took the place); train 1-6,000 38
// of 5,975 changed, read all: 23 better, 4 worse (a caption or a
// paper's heading came in as filler or lede: "Press releases studies 1
// & 2: ...", a news line gave way to a writer's aside), 11 the same.

// markOpeningVoices flags with flagNarrator each article's first
// sentence without quotation marks that addresses the reader or speaks
// as "we" (addressesReader, weVoice) and is not a wording of lead, the
// fact chosen to open a reader's summary.
func (c *cluster) markOpeningVoices(lead leadChoice) {
	leadDoc := -1
	if lead.fact >= 0 {
		s, ok := lead.member[lead.fact]
		if !ok {
			s = c.facts[lead.fact].rep
		}
		leadDoc = c.cands[s].doc
	}
	for i := range c.cands {
		cd := &c.cands[i]
		if cd.pos != 0 || cd.fact == lead.fact || cd.doc == leadDoc || cd.flags&(flagQuote|flagBoilerplate) != 0 || refused(cd) {
			continue // the lead's own article's opening sets the lead up (missedLede may bring it back)
		}
		if strings.HasPrefix(cd.text, "Meet ") {
			continue // "Meet <name>, a ...": the only sentence that may introduce who it is
		}
		if (addressesReader(cd.text) || weVoice(cd.text)) && !saysWho(cd.text) {
			cd.flags |= flagNarrator
			c.voiced = append(c.voiced, i)
		}
	}
}

// clearOpeningVoices clears the flags markOpeningVoices set, for the
// lead is chosen again: the sentences it left out past the first lead
// take part in choosing the next one as they did before.
func (c *cluster) clearOpeningVoices() {
	for _, i := range c.voiced {
		c.cands[i].flags &^= flagNarrator
	}
	c.voiced = c.voiced[:0]
}

// saysWho reports whether s names whose words it gives: a verb of speech
// (speaksNamed), a "say" after a plural ("Chemists say you ...") or a
// closing "..., say harbour researchers." (the last few words after its
// last comma open with "say" and end with a plural).
func saysWho(s string) bool {
	words := lex.LetterWords(s, -1)
	if speaksNamed(words) {
		return true
	}
	for k := 1; k < len(words); k++ {
		if p := words[k-1]; words[k] == "say" && len(p) > 3 && strings.HasSuffix(p, "s") && p != "this" {
			return true // "critics say", "chemists say"
		}
	}
	if i := strings.LastIndex(s, ", "); i >= 0 {
		tail := lex.LetterWords(s[i:], -1)
		if len(tail) < 2 || len(tail) > saysTailWords || tail[0] != "say" {
			return false // not "..., say researchers."
		}
		last := tail[len(tail)-1]
		return len(last) > 3 && strings.HasSuffix(last, "s") // a plural speaker, not "..., say something."
	}
	return false
}

// saysTailWords is the most words of a closing "..., say researchers." that
// saysWho reads.
const saysTailWords = 5
