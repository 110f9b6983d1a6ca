package summarize

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/defect"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file chooses the lead: the sentence that opens the summary and, with
// a one-sentence budget, is the whole summary. A reader expects it to state
// the event — who, what, where, when — so it is chosen among the sources'
// own lead sentences (the first leadDepth sentences of each article), by
// the learned score, by how central its words are to the cluster and by
// its event cues: a verb of happening, a place, a time, a number. A lead
// whose number a later source updates ("the toll rose to 31") is passed
// over, so the lead reflects the latest facts.

const (
	// leadDepth is how many opening sentences of each article may lead.
	leadDepth = 3
	// leadMinWords is the shortest sentence that can lead.
	leadMinWords = 6
	// leadMaxWords is the longest sentence that can lead.
	leadMaxWords = 70
	// Weights of the lead score: learned score + leadCentral·centrality +
	// leadCue·(cues/4) − leadPos·position. Chosen by reading the fixtures
	// and examples/quake; the learned score already favours early,
	// central sentences, these break its near-ties toward the event.
	leadCentral = 0.5
	leadCue     = 0.2
	leadPos     = 0.05
	// leadAgree weighs, for a one-sentence summary, how much the other
	// sources' opening sentences tell the same (leadAgreement): the event
	// is what every source's lead tells. It is left out of the lead of a
	// longer summary, where it changed which selections are started again
	// from the lead and cost 0.25 R-1 on duc2003.
	leadAgree = 0.5
	// leadReaderAgree is leadAgree for a reader's summary whose lead
	// opened as a feature (featureForm), chosen again (summarizeWith):
	// the replacement should be what the other sources lead with. Applied
	// to every reader's lead (with leadFeature), at 0.5 it changed S1 in
	// 474 of 5,622 Multi-News validation summaries, at 0.2 in 312; of 24
	// read at 0.2, 8 better, 6 worse (a court ruling's lede or a race
	// result lost on a near-tie), 10 the same; and the fixture dateline's
	// reaction lede (insurers fell as a wildfire ...) overtook the event.
	leadReaderAgree = 0.5
	// leadReaderCue weighs, besides leadCue, the event cues of a reader's
	// lead chosen again (summarizeWith): the replacement of a feature
	// opening should state the event — who did what, where, when — not a
	// background fact or a reaction the other sources' ledes also touch.
	// Multi-News validation (5,622 default summaries): at 0.3, 46 change,
	// all read: 21 better ("Bill cosby ... was slapped with the stiff
	// prison sentence tuesday ..." for "See you in three to 10 years,
	// pops."; a recall for "Important safety notice ..."), 10 worse (a
	// detail or a byline line for a clean lede), 15 the same.
	leadReaderCue = 0.3
	// leadFeature is subtracted from a lead that opens as a feature
	// (featureForm) when the lead is chosen again for a reader.
	leadFeature = 0.3
	// leadSlack is how much lower than the best lead's score a selected
	// sentence's may be for it to lead instead, so that the selection need
	// not change.
	leadSlack = 0.3
	// leadStale is subtracted from a lead whose number a later source
	// updates.
	leadStale = 1.0
)

// leadChoice is the outcome of pickLead.
type leadChoice struct {
	fact     int             // chosen fact, -1 for none
	shortest int             // words of the shortest lead candidate, 0 if none
	score    map[int]float64 // lead score of every candidate that fits
	opening  map[int]bool    // candidates that open their article
	member   map[int]int     // fact → its sentence that leads, when not its representative
	// verified caches whether a fact passed the sentence defect detectors
	// (canLead), which run only on the candidates that could win.
	verified map[int]bool
	// pictured holds the facts whose leading sentence describes a
	// picture of someone it does not introduce (pictureShowsBack,
	// leadpicture.go): they lead only when no other fact can.
	pictured map[int]bool
	c        *cluster
	again    bool // chosen again for a reader (pickLead's reader)
}

// use makes fact f the lead of c, represented by the sentence of it that
// can lead. After selection (selected), that sentence replaces the
// representative only if it is no longer, so the budget still holds,
// or if it is another source's plain wording of a reader's hook
// (plainOverHook, leadhook.go).
func (l leadChoice) use(c *cluster, f int, selected bool) {
	c.lead = f
	m, ok := l.member[f]
	if !ok || f < 0 || selected && c.cands[m].words > c.cands[c.facts[f].rep].words && !c.plainOverHook(f, m) {
		return
	}
	c.facts[f].rep = m
}

// verify reports whether fact f's leading sentence passes the defect
// detectors; when it does not, another wording of the fact that passes
// them and fits as well takes its place.
func (l *leadChoice) verify(f int) bool {
	if ok, done := l.verified[f]; done {
		return ok
	}
	c := l.c
	ft := &c.facts[f]
	cur := ft.rep
	if m, ok := l.member[f]; ok {
		cur = m
	}
	ok := c.passes(&c.cands[cur])
	if !ok {
		for _, m := range ft.members {
			if m != cur && c.canLead(&c.cands[m]) && c.cands[m].words <= c.cands[cur].words && c.passes(&c.cands[m]) {
				l.member[f], ok = m, true
				break
			}
		}
	}
	l.verified[f] = ok
	return ok
}

// pickLead returns the fact that should open a summary within maxWords
// words (0: no limit). With alone, the lead is the whole summary, and what
// the other sources' opening sentences also tell weighs in (leadAgree).
// With reader, the lead is chosen again for a reader's summary whose lead
// opened as a feature: agreement weighs in (leadReaderAgree) and a lead
// that opens as a feature loses leadFeature. It reports no fact, with the length of the shortest candidate, when none
// fits; and no fact and no length when the cluster has no sentence fit to
// lead.
func (c *cluster) pickLead(maxWords int, alone, reader bool) leadChoice {
	out := leadChoice{fact: -1, score: make(map[int]float64), opening: make(map[int]bool),
		member: make(map[int]int), verified: make(map[int]bool), c: c, again: reader}
	var fit []int // facts within maxWords, to verify best first
	all := map[int]int{}
	for f := range c.facts {
		ft := &c.facts[f]
		rep := &c.cands[ft.rep]
		pos := rep.pos
		for _, m := range ft.members {
			pos = min(pos, c.cands[m].pos)
		}
		if pos >= leadDepth || c.barred != nil && c.offStoryFact(f, c.barred) {
			continue
		}
		if !c.canLead(rep) {
			// Another source's wording of the same fact may lead.
			m := slices.IndexFunc(ft.members, func(m int) bool { return c.canLead(&c.cands[m]) })
			if m < 0 && !c.canLeadPicture(rep) {
				continue
			}
			if m >= 0 {
				rep = &c.cands[ft.members[m]]
				out.member[f] = ft.members[m]
			}
		}
		if c.reader && c.junkish(rep.text) {
			// Another source's wording of the same fact may lead without
			// the teaser's ellipsis or the headline run into it.
			if m := slices.IndexFunc(ft.members, func(m int) bool { return c.canLead(&c.cands[m]) && !c.junkish(c.cands[m].text) }); m >= 0 {
				rep = &c.cands[ft.members[m]]
				out.member[f] = ft.members[m]
			}
		} else if c.reader && !c.featureForm(rep.text) && c.restatedRunIn(rep.text) {
			// Another source's wording of the same fact may lead without
			// the headline or standfirst it restates (a feature opening
			// is left to the reader's second choice, which also leaves
			// out its asides).
			if m := slices.IndexFunc(ft.members, func(m int) bool {
				t := c.cands[m].text
				return c.canLead(&c.cands[m]) && !c.junkish(t) && !c.restatedRunIn(t)
			}); m >= 0 {
				rep = &c.cands[ft.members[m]]
				out.member[f] = ft.members[m]
			}
		}
		if reader && replyOrHook(rep.text) {
			// Another source's plain wording of the same fact may lead
			// (plainMember, leadhook.go).
			if m := c.plainMember(f); m >= 0 {
				rep = &c.cands[m]
				out.member[f] = m
			}
		}
		if c.reader && isLabel(rep) {
			// A caption or a label, no sentence, is no reader's lead
			// (isLabel, labellead.go).
			continue
		}
		if c.reader && pictureShowsBack(rep.text) {
			if out.pictured == nil {
				out.pictured = map[int]bool{}
			}
			out.pictured[f] = true
		}
		all[f] = rep.words
		if maxWords > 0 && rep.words > maxWords {
			continue
		}
		cues := float64(eventCues(rep.text)) // read once for both weights
		s := ft.score + leadCentral*c.centrality(rep) + leadCue*cues/4 - leadPos*float64(pos)
		if alone {
			s += leadAgree * c.leadAgreement(rep)
		} else if reader {
			s += leadReaderAgree*c.leadAgreement(rep) + leadReaderCue*cues/4
		}
		if reader && (c.hookish(rep.text) || yearSceneOpening(rep.text)) {
			s -= leadFeature
		}
		if c.stale[f] {
			s -= leadStale
		}
		if c.reader && c.junkish(rep.text) {
			s -= leadJunk
		}
		out.score[f] = s
		out.opening[f] = pos == 0
		fit = append(fit, f)
	}
	if c.reader {
		// A continuation gives its place to its article's opening.
		var raised map[int]float64
		fit = slices.DeleteFunc(fit, func(f int) bool {
			rep := c.facts[f].rep
			if m, ok := out.member[f]; ok {
				rep = m
			}
			g, ok := c.continuesOpening(f, &c.cands[rep], out.score)
			if ok {
				if raised == nil {
					raised = map[int]float64{}
				}
				raised[g] = max(raised[g], out.score[f])
			}
			return ok
		})
		for g, s := range raised {
			out.score[g] = max(out.score[g], s)
		}
	}
	byScore := func(x, y int) int {
		if r := cmp.Compare(out.score[y], out.score[x]); r != 0 {
			return r
		}
		return cmp.Compare(x, y)
	}
	slices.SortFunc(fit, byScore)
	if c.reader && len(fit) > 1 {
		// A lead restating the headline run into it gives way to another
		// source's clean opening telling its event (cleanOpeningFor).
		f := fit[0]
		rep := &c.cands[c.facts[f].rep]
		if m, ok := out.member[f]; ok {
			rep = &c.cands[m]
		}
		if !c.featureForm(rep.text) && c.restatedRunIn(rep.text) {
			if g := c.cleanOpeningFor(f, rep, fit, &out); g >= 0 {
				i := slices.Index(fit, g)
				copy(fit[1:i+1], fit[:i])
				fit[0] = g
				out.score[g] = max(out.score[g], out.score[f])
			}
		}
	}
	for pass := 0; pass < 2 && out.fact < 0; pass++ {
		for _, f := range fit {
			if out.pictured[f] != (pass == 1) {
				continue // a picture's description leads last (leadpicture.go)
			}
			if out.verify(f) {
				out.fact = f
				break
			}
		}
	}
	// The shortest candidate, for the message of a budget too small.
	facts := make([]int, 0, len(all))
	for f := range all {
		facts = append(facts, f)
	}
	slices.SortFunc(facts, func(x, y int) int {
		if r := cmp.Compare(all[x], all[y]); r != 0 {
			return r
		}
		return cmp.Compare(x, y)
	})
	if out.fact < 0 {
		for _, f := range facts {
			if out.verify(f) {
				out.shortest = all[f]
				break
			}
		}
	} else if len(facts) > 0 {
		out.shortest = all[facts[0]] // a lead was found: only its being positive counts
	}
	return out
}

// leadAmong returns the picked fact opening its article that best leads,
// if its lead score is within leadSlack of the best lead of the cluster;
// -1 otherwise (a picture's description, pictured, only when it is the
// best lead), and -1 when that fact opens on a claim about its subject
// while the best lead states the event (claimYields, leadclaim.go). A
// selection that already holds a good lead keeps its content and only puts
// that lead first.
func (l *leadChoice) leadAmong(picked []int) int {
	if l.fact < 0 {
		return -1
	}
	var cands []int
	for _, f := range picked {
		if s, ok := l.score[f]; ok && l.opening[f] && s >= l.score[l.fact]-leadSlack && (!l.pictured[f] || f == l.fact) {
			cands = append(cands, f)
		}
	}
	slices.SortStableFunc(cands, func(x, y int) int { return cmp.Compare(l.score[y], l.score[x]) })
	for _, f := range cands {
		if l.verify(f) {
			if l.claimYields(f) {
				return -1 // the best lead opens instead (leadclaim.go)
			}
			return f
		}
	}
	return -1
}

// canLead reports whether a sentence may lead c's summary: it has the
// shape of a lead (canLeadShape) and, in a reader's summary, is no page's
// junk line (junkLead) nor opens with a group told by a count alone
// ("All eight were ...": countsGroupBack, leadcount.go) or with a
// written piece told before ("The memo was ...": writtenBack,
// leadwritten.go) or with a picture of someone it does not introduce
// ("A video shows the girl ...": pictureShowsBack, leadpicture.go, which
// pickLead still lets lead when nothing else can). The benchmarks'
// summaries (Fill) keep the shape alone.
func (c *cluster) canLead(cd *candidate) bool {
	return c.canLeadPicture(cd) && !(c.reader && pictureShowsBack(cd.text))
}

// canLeadPicture is canLead but for a picture's description
// (pictureShowsBack).
func (c *cluster) canLeadPicture(cd *candidate) bool {
	return canLeadShape(cd) && !(c.reader && (junkLead(cd.text) || countsGroupBack(cd.text) || droppedLater(cd.text) || cd.widgetFeature || cd.answerCut || writtenBack(cd.text)))
}

// canLeadShape reports whether a sentence has the shape of a lead: a
// whole, self-contained statement of a lead's length, not a question,
// quote or fragment, and not one that presupposes its event or person
// (presupposes) or names a person by a surname alone (candidate.bare),
// nor one whose "the X" its article introduced just before
// (flagLeansBack, antecedent.go: a reader's summary only). A
// sentence with quotation marks may lead only when they hold short titles
// or phrases (quotesOnlyNames).
func canLeadShape(cd *candidate) bool {
	return selectable(cd) && cd.words >= leadMinWords && cd.words <= leadMaxWords && cd.bare == "" &&
		cd.flags&(flagDependent|flagUnfinished|flagQuestion|flagLeansBack) == 0 && !presupposes(cd.text) &&
		(cd.flags&flagQuote == 0 || quotesOnlyNames(cd.text) || !quotedApart(cd.text))
}

// quotedApart reports whether s holds a quotation mark. A single quote
// standing apart after a word ending in s is the possessive of a plural or
// of a name, written apart in tokenized text ("the two nations ' leaders",
// "the islands ' foreign minister"): flagQuote counts it as a quote, but
// it leaves a news lead a lead.
func quotedApart(s string) bool {
	if lex.ContainsAny(s, "\"“”‘’`") || strings.Contains(s, "''") {
		return true
	}
	w := lex.SpaceFieldsShared(s)
	for i, x := range w {
		prev := ""
		if i > 0 {
			prev = lex.Lower(w[i-1])
		}
		if x == "'" && (!strings.HasSuffix(prev, "s") || strings.HasSuffix(prev, "'s")) ||
			x != "'" && (strings.HasPrefix(x, "'") || strings.HasSuffix(x, "'")) {
			return true // "' quoted", "'quoted", "quoted'", "the country's ' final frontier '"
		}
	}
	return false
}

// Bounds of quotesOnlyNames.
const (
	// leadQuoteWords is the most words one quoted span of a lead may
	// hold: a title or a phrase ("Fiddler on the Roof"), not speech.
	leadQuoteWords = 6
	// leadQuoteShare is the largest share of a lead's words that may be
	// inside quotation marks.
	leadQuoteShare = 0.25
	// leadQuoteAfter is how many words must come before a lead's first
	// quotation mark.
	leadQuoteAfter = 3
	// leadQuoteSpans is the most quoted spans a lead may hold: more are
	// a headline's or a listing's run of titles.
	leadQuoteSpans = 2
)

// quotesOnlyNames reports whether the quotation marks of s enclose only
// titles and short phrases — a film, a slogan, a nickname — in a sentence
// that states an event in the writer's words: "A man who shouted "heil
// Trump" at a performance of "Fiddler on the Roof" has apologized". The
// marks must pair up (double quotes only), no span may exceed
// leadQuoteWords words nor all spans leadQuoteShare of the sentence, and
// leadQuoteAfter words must come before the first. Read on Multi-News
// validation: such sentences were barred from leading, so a cluster whose
// every lede names a show or a slogan opened with a later detail.
func quotesOnlyNames(s string) bool {
	if strings.Contains(s, " ' ") || lex.ContainsAny(s, "‘’") {
		return false
	}
	s = quoteMarks.Replace(s)
	parts := strings.Split(s, "\"")
	if len(parts) < 3 || len(parts) > 2*leadQuoteSpans+1 || len(parts)%2 == 0 || lex.CountFields(parts[0]) < leadQuoteAfter {
		return false
	}
	inside, all := 0, 0
	for i, p := range parts {
		n := lex.CountFields(p)
		all += n
		if i%2 == 1 {
			if n == 0 || n > leadQuoteWords {
				return false
			}
			inside += n
		}
	}
	return float64(inside) <= leadQuoteShare*float64(all)
}

// presupposes reports whether s opens with "the" and a noun for an event
// or a person that nothing before it has introduced: "The attack set off
// clashes ...", "The man, 51, appeared in court ...", "The victim was
// named as ...". Opening a summary, it leaves the reader asking which
// attack, which man. A noun a modifier pins down ("The attack on the
// embassy ...", "The man who ...") does not; nor does a name or an
// institution ("The council voted ...", "The FBI has reopened ...", which
// the broader flagDefinite rule also catches in lower-cased text and which
// readers take as known). So too a count or a part of a group told
// before (countedBack, partOfTold: "The three rental buildings will be
// renamed ...", "One of the suspects, a <age> sailor, ...").
func presupposes(s string) bool {
	w := lex.LetterWords(s, 7)
	switch {
	case len(w) >= 3 && w[0] == "the" && presupposedNouns[w[1]]:
		return !defect.IsPostModifier(w[2])
	case len(w) > 0 && w[0] == "the":
		return countedBack(lex.FirstFields(s, 12)) // read as written: "The three-time winner ..." counts nothing
	case len(w) > 0 && partWords[w[0]]:
		f := lex.FirstFields(s, 2)
		return len(f) == 2 && !strings.ContainsAny(f[1], "-–") && partOfTold(w) // "One-third of the ..." is no part
	}
	return false
}

// countedBack reports whether the fields f (a sentence's first) open with
// "the" and a count of things told before, with no modifier that says
// which before a dash: "The three rental buildings -- at <addresses> --
// will be renamed ...", "The two Americans say ...". "The two men
// suspected of ...", "The two suspects in <event> ...", "The two largest
// studies of ..." and "The two apps, <names>, ..." say which.
func countedBack(f []string) bool {
	if len(f) < 4 || lex.Lower(f[0]) != "the" || !leadCounts[lex.Lower(f[1])] {
		return false
	}
	for i, raw := range f[2:min(len(f), 6)] {
		x := strings.Trim(lex.Lower(raw), ",;:")
		if raw == "--" || raw == "—" || raw == "-" || raw == "–" {
			// "The three buildings -- at <addresses> -- will ...": an aside
			// of numbers; "The two apps — <name> and <name> — ..." names
			// them.
			return i > 0 && lex.ContainsAny(strings.Join(f[2+i:], " "), "0123456789")
		}
		if leadFiniteVerbs[x] {
			return true // "The two Americans say ...": the subject ends bare
		}
		if defect.IsPostModifier(x) || pinningForm(x) || strings.HasSuffix(raw, ",") {
			return false
		}
	}
	return true
}

// leadFiniteVerbs end the subject of a sentence: auxiliaries and verbs
// of saying.
var leadFiniteVerbs = lex.Set("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
	"may", "might", "say", "says", "said")

// pinningForm reports whether the lower-case word x, after a noun,
// says which one is meant: a participle ("killed", "accused", "living")
// or a superlative ("largest", "most").
func pinningForm(x string) bool {
	return len(x) > 4 && (strings.HasSuffix(x, "ed") || strings.HasSuffix(x, "ing") || strings.HasSuffix(x, "est")) || x == "most"
}

// leadCounts are the small counts "the" may open a lead with.
var leadCounts = lex.Set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// partOfTold reports whether the words w open with a part of a group of
// people or things presupposedNouns holds, told before: "One of the
// suspects, the harbour's pilot, was held ...", "Some of the children
// were ...". "One of the suspects in <event> ..." and "One of the
// suspects accused of ..." say which.
func partOfTold(w []string) bool {
	if len(w) < 5 || !partWords[w[0]] || w[1] != "of" || w[2] != "the" || !presupposedNouns[w[3]] {
		return false
	}
	return !defect.IsPostModifier(w[4]) && !pinningForm(w[4])
}

// partWords open a part of a group: "One of the ...", "Some of the ...".
var partWords = lex.Set("one", "some", "many", "most", "two", "three", "four", "several", "both", "all", "none", "each")

// presupposedNouns are nouns for an event or a person that "the" presents
// as already told: the event nouns of a news story and the people in it.
// Weather and fire are not among them: "The storm killed 12 people ..."
// states its event.
var presupposedNouns = lex.Set("attack", "attacks", "crash", "shooting", "blast", "explosion",
	"accident", "incident", "collision", "stabbing", "killing", "killings", "assault",
	"raid", "bombing", "ambush", "arrest",
	"man", "woman", "men", "women", "boy", "girl", "child", "children", "baby", "victim",
	"victims", "suspect", "suspects", "couple", "pair", "driver", "pilot", "gunman", "gunmen",
	"shooter", "attacker", "attackers", "teen", "teenager", "teens", "student", "owner",
	"mother", "father", "son", "daughter", "wife", "husband", "family", "families", "boyfriend",
	"girlfriend", "dog", "animal", "officer", "officers", "deputy", "soldier", "patient",
	"singer", "actor", "actress", "star", "player", "rapper", "lawmaker", "senator",
	"schedule", "lawsuit", "suit", "case", "move", "decision", "deal", "plan", "findings",
	"discovery", "team", "researchers", "scientists", "study", "list", "story", "letter",
	"video", "photo", "photos", "footage", "book", "film", "show", "episode", "song", "album",
	"company", "firm", "group", "facility", "zoo", "school", "hospital", "ship", "plane",
	"vessel", "car", "truck", "bus", "train", "event", "ceremony", "wedding")

// passesDetectors reports whether the sentence defect detectors let a
// sentence lead: no caption, credit, promo, fragment or unattributed
// quote. Dangling openings are judged by the flags (reference.go), which
// let "The ferry ran aground ..." lead.
func passesDetectors(s string) bool { return passesSet(defect.Detect(s, defect.Context{})) }

// passesSet reports whether the defects d of a sentence let it pass
// (passesDetectors).
func passesSet(d defect.Set) bool {
	return d.First() == defect.OK || d == defect.Set(0).With(defect.DanglingReference)
}

// passes returns passesDetectors(cd), the detectors read once per text of
// the cluster (detect).
func (c *cluster) passes(cd *candidate) bool { return passesSet(c.detect(cd.text)) }

// detect returns defect.Detect(s, defect.Context{}), computed once per
// text of the cluster.
func (c *cluster) detect(s string) defect.Set { return memo(&c.detected, s, detectAlone) }

// detectAlone returns the defects of s read with no context.
func detectAlone(s string) defect.Set { return defect.Detect(s, defect.Context{}) }

// centrality returns the mean share of independent sources that use each
// content word of cd: 1 when every source uses all its words.
func (c *cluster) centrality(cd *candidate) float64 {
	if len(cd.terms) == 0 || c.st.sources == 0 {
		return 0
	}
	sum := 0.0
	for _, h := range cd.terms {
		sum += float64(c.st.termDF[h])
	}
	return sum / float64(len(cd.terms)) / float64(c.st.sources)
}

// eventCues counts the kinds of event cue in s, 0 to 4: a verb of
// happening, a place (a capitalised word after a preposition of place), a
// time and a number.
func eventCues(s string) int {
	var verb, place, when, num bool
	var buf [32]byte
	prev := "" // the field before w, as written
	for w := range lex.FieldsSeq(s) {
		before := prev
		prev = w
		t := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' })
		t = strings.TrimSuffix(t, ".")
		if t == "" {
			continue
		}
		lw := lowerInto(buf[:0], t) // no allocation for a short word: the cue sets are read with it only
		cue := cueWords[string(lw)]
		switch {
		case lex.HasDigit(t) || cue&cueNumber != 0:
			num = true
			if isYear(t) {
				when = true
			}
		case cue&(cueTime|cueMonth) != 0:
			when = true
		case cue&cueHappen != 0 || len(lw) >= 5 && lw[len(lw)-2] == 'e' && lw[len(lw)-1] == 'd' && cue&cueNotED == 0:
			verb = true
		}
		if before != "" && cue&(cueTime|cueMonth) == 0 {
			if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) && placePreps[lex.Lower(before)] {
				place = true
			}
		}
	}
	n := 0
	for _, b := range []bool{verb, place, when, num} {
		if b {
			n++
		}
	}
	return n
}

// lowerInto returns strings.ToLower(w) as bytes: appended to buf when w is
// ASCII and fits it, so that a caller that only looks the word up in a map
// allocates nothing.
func lowerInto(buf []byte, w string) []byte {
	if len(w) > cap(buf) {
		return []byte(lex.Lower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return []byte(lex.Lower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// The sets of eventCues' words, for one map lookup per word (cueWords).
const (
	cueNumber = 1 << iota // numberWords
	cueTime               // timeWords
	cueMonth              // months
	cueHappen             // happenVerbs
	cueNotED              // notVerbsED
)

// cueWords maps each word of numberWords, timeWords, months, happenVerbs
// and notVerbsED to the sets that hold it.
var cueWords = func() map[string]uint8 {
	m := make(map[string]uint8)
	for _, set := range []struct {
		words map[string]bool
		bit   uint8
	}{{numberWords, cueNumber}, {timeWords, cueTime}, {months, cueMonth}, {happenVerbs, cueHappen}, {notVerbsED, cueNotED}} {
		for w := range set.words {
			m[w] |= set.bit
		}
	}
	return m
}()

var happenVerbs = lex.Set("struck", "hit", "hits", "kills", "killing", "died", "dies",
	"burst", "shot", "won", "wins", "lost", "fell", "falls", "rose", "rises", "sank",
	"broke", "began", "fled", "swept", "tore", "spread", "cut", "cuts", "quit", "led",
	"sent", "took", "made", "found", "left", "set", "sold", "bought", "struck",
	"collapse", "crash", "vote", "votes", "announces", "launches", "approves", "bans")

// notVerbsED are common words ending in -ed that are no verb of happening.
var notVerbsED = lex.Set("need", "needed", "speed", "seed", "feed", "breed", "hundred",
	"hundreds", "indeed", "based", "red", "bed", "shed", "wed", "proceed", "succeed",
	"expected", "alleged", "related", "concerned", "interested", "called", "named",
	"reported", "quoted", "asked", "added", "stated")

var timeWords = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "today", "yesterday", "tonight", "overnight", "morning",
	"afternoon", "evening", "night", "dawn", "a.m", "p.m", "week", "weekend")

var numberWords = lex.Set("two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds", "thousands",
	"million", "millions", "billion")

var placePreps = lex.Set("in", "at", "near", "off", "from", "across", "outside", "into", "of")

// updateVerbs mark a sentence that updates an earlier figure when "to"
// and a number follow: "rose to 31", "has climbed to more than 40".
var updateVerbs = lex.Set("rose", "risen", "rises", "climbed", "climbs", "increased",
	"jumped", "revised", "grew", "soared")

// updatesFigure reports whether s updates a figure: an update verb, then
// within four words "to", then within three words a number.
func updatesFigure(s string) bool {
	w := lex.SpaceFieldsShared(lex.Lower(s))
	for i, v := range w {
		if !updateVerbs[strings.Trim(v, ",.;")] {
			continue
		}
		for j := i + 1; j < min(i+5, len(w)); j++ {
			if w[j] != "to" {
				continue
			}
			for k := j + 1; k < min(j+4, len(w)); k++ {
				if lex.ContainsAny(w[k], "0123456789") || numberWords[strings.Trim(w[k], ",.;")] {
					return true
				}
			}
		}
	}
	return false
}

// staleFacts returns the facts whose figure a later source updates: a
// sentence of a strictly later-published article that updates a figure
// ("rose to 31"), sharing at least three content words with the fact but
// giving a number the fact lacks. Without publication dates nothing is
// stale.
func (c *cluster) staleFacts() map[int]bool {
	var updates []int
	for i := range c.cands {
		cd := &c.cands[i]
		if len(cd.numbers) == 0 || c.docs[cd.doc].article.Published.IsZero() {
			continue
		}
		if updatesFigure(cd.text) {
			updates = append(updates, i)
		}
	}
	if len(updates) == 0 {
		return nil
	}
	stale := make(map[int]bool)
	for i := range c.cands {
		cd := &c.cands[i]
		t := c.docs[cd.doc].article.Published
		if len(cd.numbers) == 0 || t.IsZero() {
			continue
		}
		for _, u := range updates {
			up := &c.cands[u]
			if up.fact == cd.fact || !c.docs[up.doc].article.Published.After(t) {
				continue
			}
			if lex.Intersect(cd.terms, up.terms) >= 3 && !subset(up.numbers, cd.numbers) {
				stale[cd.fact] = true
				break
			}
		}
	}
	return stale
}

// subset reports whether every hash of sorted unique a is in sorted b.
func subset(a, b []uint64) bool { return lex.Intersect(a, b) == len(a) }

// leadAgreement returns how much the other independent sources' opening
// sentences say what cd says: the mean, over those sources, of the largest
// overlap (Dice coefficient of content words) of cd with one of their
// first two sentences.
func (c *cluster) leadAgreement(cd *candidate) float64 {
	if len(cd.terms) == 0 {
		return 0
	}
	sum, n := 0.0, 0
	for i := range c.docs {
		d := &c.docs[i]
		if d.origin != i || i == cd.doc || len(d.cands) == 0 {
			continue
		}
		n++
		best := 0.0
		for _, ci := range d.cands[:min(2, len(d.cands))] {
			o := c.cands[ci].terms
			best = max(best, 2*float64(lex.Intersect(cd.terms, o))/float64(len(cd.terms)+len(o)))
		}
		sum += best
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// featureForm reports whether s opens as a feature, not as news: an
// opening word of a scene, an aside or a question put as a statement ("If
// you ...", "Imagine ...", "It's ...", "For years ..."), or the reader or
// the writer addressed or speaking ("you", "we", "I"; in a quote too: a
// summary that opens with a quote has not stated the news either). A
// blind judge reads such a first sentence as a lead that never states the
// news.
func featureForm(s string) bool {
	w := lex.LetterWords(s, 60)
	if len(w) < 2 {
		return false
	}
	if featureOpeners[w[0]] || featureOpeners2[w[0]+" "+w[1]] {
		return true
	}
	for _, x := range w {
		if readerWords[x] || writerWords[x] {
			return true
		}
	}
	return false
}

// featureForm returns featureForm(s), computed once per text of the
// cluster.
func (c *cluster) featureForm(s string) bool { return memo(&c.feature, s, featureForm) }

var featureOpeners = lex.Set("if", "when", "imagine", "remember", "now", "so", "well", "yes", "no",
	"except", "oh", "perhaps", "maybe", "sometimes", "what", "how", "why", "whether", "call",
	"meet", "picture", "forget", "think", "consider", "sure", "okay", "ok", "bam", "wow")

var featureOpeners2 = lex.Set("it s", "there s", "here s", "that s", "what s", "for years", "for decades",
	"back in", "years ago", "long before", "it was", "it is", "this is", "there are", "there is",
	"there was", "here is", "like many", "like most", "by now", "once upon")

var readerWords = lex.Set("you", "your", "yourself", "yours")

var writerWords = lex.Set("i", "we", "our", "my", "me", "ourselves", "myself")

// featureAside reports whether s opens as a feature's aside rather than
// as a fact: a question or scene put to the reader ("If you're thinking
// about ...", "You'd think ...", "Imagine ...", "Well, here's ..."), a
// "That's ..."/"It's ..." comment, or years of background ("For decades
// ..."). It is the part of featureForm that reads as out of order right
// after a news lede; openings that often start news ("When ...", "What
// ...", "There are ...", "Now ...", "No ...") and a quoted sentence are
// not asides.
func featureAside(s string) bool {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !strings.ContainsRune("\"'“‘", r) })
	if s == "" || strings.ContainsRune("\"'“‘", []rune(s)[0]) {
		return false
	}
	w := lex.LetterWords(s, 2)
	if len(w) < 2 {
		return false
	}
	w[0], w[1] = lex.Lower(w[0]), lex.Lower(w[1])
	return asideOpeners[w[0]] || asideOpeners2[w[0]+" "+w[1]]
}

var asideOpeners = lex.Set("if", "imagine", "remember", "so", "well", "yes", "oh", "maybe", "sometimes",
	"call", "meet", "picture", "forget", "think", "consider", "sure", "okay", "ok", "bam", "wow", "you", "your")

var asideOpeners2 = lex.Set("it s", "there s", "here s", "that s", "what s", "this is", "here is", "like many",
	"like most", "by now", "once upon", "for years", "for decades", "back in", "years ago", "long before")

// featureAsides returns the facts whose representative sentence opens as
// a feature's aside (featureAside), for a reader's summary whose lead
// opened as a feature and was chosen again (summarizeWith): such a
// sentence, kept, lands right after the new lede ("Lab tests found lead
// in two toys ..." then "If you're thinking about buying a toy ...").
// It returns nil when there are none.
func (c *cluster) featureAsides() map[int]bool {
	var out map[int]bool
	for f := range c.facts {
		if featureAside(c.cands[c.facts[f].rep].text) {
			if out == nil {
				out = make(map[int]bool)
			}
			out[f] = true
		}
	}
	return out
}

// continuesOpening reports whether fact f, led by sentence rep, goes on
// from its article's opening sentence rather than stating the event
// itself, and returns the opening's fact: no wording of f opens an
// article; rep does not introduce its subject with "a" or "an"; its
// subject — its first content word — is named in the opening ("The
// mayor of Velmora, Ana Ruiz, resigned on Monday ..." then "Ruiz, 54, had
// led the city since ..."); and the opening could lead as well: it is a
// lead candidate scoring at most leadOpeningSlack below f, passes the
// defect detectors and is no teaser, headline run-in or feature opening.
// pickLead gives such a sentence's place to the opening in a reader's
// summary. Multi-News validation (5,622 default summaries): 66 change; of
// 40 read, 20 better (the article's lede, naming its subject in full,
// for a detail naming the person by surname alone; the event before the
// detail), 10 worse (the opening a caption, a
// headline or a feature line the detectors miss; a background opening
// for the news), 10 the same.
func (c *cluster) continuesOpening(f int, rep *candidate, score map[int]float64) (int, bool) {
	if rep == nil || rep.pos == 0 {
		return -1, false
	}
	for _, m := range c.facts[f].members {
		if c.cands[m].pos == 0 {
			return -1, false
		}
	}
	o := &c.cands[c.docs[rep.doc].cands[0]]
	g := o.fact
	sg, ok := score[g]
	if !ok || g == f || sg < score[f]-leadOpeningSlack {
		return -1, false
	}
	if w, _, _ := strings.Cut(rep.text, " "); strings.EqualFold(w, "a") || strings.EqualFold(w, "an") {
		return -1, false // it introduces its subject
	}
	if subj, ok := firstContent(&c.tok, rep.text, leadSubjectWords); !ok || !slices.Contains(o.terms, subj) {
		return -1, false
	}
	if c.junkish(o.text) || c.featureForm(o.text) || defect.PoseCaption(o.text) || !c.passes(o) {
		return -1, false
	}
	return g, true
}

// leadOpeningSlack is how much lower than a continuation's lead score its
// article's opening's may be for the opening to take its place.
const leadOpeningSlack = 0.15

// leadSubjectWords is how many opening words of a sentence firstContent
// reads for its subject.
const leadSubjectWords = 3

// firstContent returns the hash of the first content word among the first
// n words of s.
func firstContent(t *tokenizer, s string, n int) (uint64, bool) {
	// t.tokens(s) read only as far as its nth token.
	t.toks = t.toks[:0]
	t.words.Reset(s)
	for i := 0; i < n && t.words.Next(); i++ {
		t.add(t.words.Word())
		if tk := t.toks[i]; !tk.stop && !tk.num {
			return tk.hash, true
		}
	}
	return 0, false
}
