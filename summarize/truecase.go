package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
	"github.com/chorusnews/chorus/voices"
)

// This file belongs to the reading stage's last step: a lower-cased
// cluster (Multi-News: "the oxfam shop in swansea") gives a summary in
// lower case but for sentence openings and the names the rules before
// wrote in full. truecaseSummary raises its words to the case cased
// text writes them in (package truecase): names, places, days and months,
// "U.S.". The capitals already written (a name in full, a speaker's name)
// are kept, and are evidence for the same words elsewhere in the summary,
// as are the full names the sources give the summary's surnames
// (sourceFullNames: "Stephen R. reed" reads "Stephen R. Reed").

// sourceCaseNames returns the sources' case evidence (Names.AddSource over
// every candidate), built once per cluster: write runs again as the
// budget is fitted, and truecaseSummary and namesSeen read the same
// evidence. Callers copy it (names := *c.sourceCaseNames()); the copies
// share its source counts and split words, which never change once built.
func (c *cluster) sourceCaseNames() *truecase.Names {
	if c.tcNames == nil {
		c.tcNames = new(truecase.Names)
		words := 0
		for i := range c.cands {
			words += strings.Count(c.cands[i].text, " ") + 1
		}
		c.tcNames.GrowSource(words)
		for i := range c.cands {
			c.tcNames.AddSource(c.cands[i].text)
		}
	}
	return c.tcNames
}

// truecaseSummary writes the sentences, voices and disputes of sum in the
// case cased text gives their words, when the cluster is lower-cased.
func (c *cluster) truecaseSummary(sum *chorus.Summary) {
	if !c.lowerCased() {
		raiseDateMonths(sum) // a lower-cased article's "on 15 may" in a cased cluster
		return
	}
	m := truecase.Default()
	// The sources' sentence openings: a word the model hardly knows that
	// opens many of them is a name ("Adele is back" ... "queen adele").
	sources := *c.sourceCaseNames()
	// Twice: the names the first pass writes ("John Berry") raise the
	// same words where the model alone does not ("Mr. berry"). A first
	// pass that raised nothing leaves the second the same evidence, and
	// so nothing to raise. The second takes a common word the first
	// raised beside a name as no evidence after "the" or a count
	// (Names.AddRaised): "ferry" raised in "Marlow Ferry line" stays
	// lower-case in "two ferry crew".
	full := c.sourceFullNames(sum)
	before := evidenceTexts(sum)
	if truecaseOnce(m, sum, sources, full, nil) {
		truecaseOnce(m, sum, sources, full, before)
	}
	rewriteTexts(sum, raiseAfterQuestion)
	raiseAcronyms(sum)
	raiseOneStoryWords(sum)
	c.raisePublishers(sum)
	c.raiseInitialisms(sum)
	c.raiseParenAcronyms(sum) // "lied to the sec" -> "lied to the SEC" beside "( sec )" (truecase_parenacronym.go)
	raiseInitialNames(sum)
	raiseOpeningAcronyms(sum)
	raiseOpeningUS(sum)
	raiseSpokenSurnames(sum)
	raiseOrgNameWords(sum)
	raiseBrandNames(sum)
	raiseUS(sum)
	raiseUSBeforeNoun(sum)     // "four other us soldiers" -> "four other US soldiers" (truecase_usnoun.go)
	c.raiseUN(sum)             // "the un's food agency" -> "the UN's food agency" (truecase_un.go)
	c.raiseTwoLetterNames(sum) // "gm said" -> "GM said" beside "general motors" (truecase_twoletter.go)
	raiseListedNames(sum)
	raiseDotted(sum)
	raiseHyphenAfterName(sum) // "Rory cellan-jones" -> "Rory Cellan-Jones" (truecase_hyphengiven.go)
	raiseHyphenNames(sum)
	c.raiseGivenNames(sum)
	c.raiseHonorificGivenNames(sum)
	c.raisePairGivenNames(sum)          // "aka stormy Daniels" -> "aka Stormy Daniels" (truecase_pairgiven.go)
	c.caseSurnamesAfterGiven(sum)       // "Jeff sessions" -> "Jeff Sessions" (surnamecase.go)
	c.caseSurnamesAfterListedGiven(sum) // "Jennifer glass," -> "Jennifer Glass," (surnamecase_listed.go)
	c.caseUnseenNameWords(sum)          // "Chen guangcheng" -> "Chen Guangcheng" (surnamecase_unseen.go)
	c.raiseUnseenPairNames(sum)         // "shooter dylann roof" -> "shooter Dylann Roof" (truecase_unseenpair.go)
	c.raisePlacesAfterOf(sum)           // "the town of sevnica" -> "the town of Sevnica" (truecase_placeof.go)
	c.raiseNamedUnseen(sum)             // "a robot named ultron" -> "a robot named Ultron" (truecase_namedunseen.go)
	c.raiseCountryNames(sum)            // "in turkey" -> "in Turkey" beside "turkish" (truecase_country.go)
	raiseRoadNumbers(sum)               // "on interstate 5" -> "on Interstate 5" (truecase_road.go)
	raiseStormNames(sum)                // "hurricane Matthew" -> "Hurricane Matthew" (truecase_storm.go)
	raiseHalfNames(sum)                 // "native Americans" -> "Native Americans" (truecase_halfname.go)
	raiseAgeListNames(sum)              // "Carver, 32, and brown, 30" -> "… and Brown, 30" (truecase_agelist.go)
	c.raiseTeamNames(sum)               // "the New York jets" -> "the New York Jets" (truecase_team.go)
	c.raiseTitledNames(sum)
	c.raiseTitledKnownNames(sum)
	raiseArticleNames(sum)    // "linked to al-qaida" -> "linked to al-Qaida" (truecase_hyphengiven.go)
	raiseParenLower(sum)      // "the vellmark export commission (vec)" -> "… (VEC)" (truecase_parenlower.go)
	raiseExpandedNames(sum)   // "the national gridiron league (NGL)" -> "the National Gridiron League (NGL)" (truecase_expanded.go)
	c.raiseAcronymRuns(sum)   // "the coastal rivers authority … CRA's chief" -> "the Coastal Rivers Authority …" (truecase_acronymrun.go)
	raiseNameHeads(sum)       // "at Marlow Ridge high school" -> "at Marlow Ridge High School" (truecase_namehead.go)
	c.raiseShowTitles(sum)    // "on the daily show" -> "on The Daily Show" beside "stewart" (truecase_show.go)
	c.raiseWorkTitles(sum)    // the song "paper lanterns" -> the song "Paper Lanterns" (truecase_worktitle.go)
	c.raiseLaterSurnames(sum) // "Jeff Sessions … laced into sessions," -> "… into Sessions," (surnamecase_later.go)
	c.raiseSlotNames(sum)     // "company theranos" -> "company Theranos" (truecase_slotname.go)
	lowerAwardNouns(sum)      // "10 Oscar Nominations" -> "10 Oscar nominations" (truecase_awardnoun.go)
	raiseGeoNames(sum)        // "the Mediterranean sea" -> "the Mediterranean Sea" (truecase_geoname.go)
	raiseStateAgencies(sum)   // "the Ohio highway patrol" -> "the Ohio Highway Patrol" (truecase_stateagency.go)
	raisePaperNames(sum)      // "the Miami herald" -> "the Miami Herald" (truecase_paper.go)
	raisePortfolios(sum)      // "first Minister Ada Brisk" -> "First Minister Ada Brisk" (truecase_portfolio.go)
	raiseStateAbbrevs(sum)    // "in Kirkland, wash." -> "in Kirkland, Wash." (truecase_stateabbrev.go)
	raiseDateMonths(sum)      // "on 15 may" -> "on 15 May" (truecase_month.go)
	raiseRomanNumerals(sum)
}

// raiseAfterQuestion capitalises a lower-case letter that follows a
// question mark and a space inside a sentence of a lower-cased cluster
// ("Second place? it fell to fourth" → "It fell"): cased text opens what
// follows a question with a capital, and the splitter kept the two in one
// sentence. An exclamation mark is left alone: it ends names too
// ("Yahoo! shares").
func raiseAfterQuestion(s string) string {
	i := strings.Index(s, "? ")
	if i < 0 {
		return s
	}
	b := []byte(s)
	for ; i+2 < len(b); i++ {
		if b[i] == '?' && b[i+1] == ' ' && 'a' <= b[i+2] && b[i+2] <= 'z' {
			b[i+2] -= 'a' - 'A'
		}
	}
	return string(b)
}

// sourceFullNames returns the full names (sorted) that the sources give
// the surnames of sum (lowerGivenNames), as truecaseSummary raises a
// surname by them where no rule wrote the name in full ("Stephen R.
// reed", "parscale said" after "@parscale"): those whose given name is a
// listed one, whose surname the truecase model knows as no common word
// nor one written mostly in lower case (nor a part of a hyphened one:
// "six-time"), that is no plural of a word the cluster writes ("novels"
// beside "novel"), that the cluster does not write
// twice before another name-shaped word (namedBefore), and that no
// couple shares (twoPeople).
func (c *cluster) sourceFullNames(sum *chorus.Summary) []string {
	bare, _ := c.lowerGivenNames(summaryNameCores(sum))
	if len(bare) == 0 {
		return nil
	}
	tc := truecase.Default()
	two := c.twoPeople()
	var out []string
	for sur, full := range bare {
		first, _, _ := strings.Cut(full, " ")
		if two[sur] || tc.Common(sur) || tc.MostlyLower(sur) || !lex.IsGivenName(lex.Lower(first)) || commonPart(tc, sur) {
			continue
		}
		if stem, ok := strings.CutSuffix(sur, "s"); ok && c.writesWord(stem) {
			continue // "frank novels ... a novel": a plural noun
		}
		if !c.namedBefore(sur) {
			out = append(out, full)
		}
	}
	slices.Sort(out)
	return out
}

// commonPart reports whether a part of the hyphened word w, of three
// letters or more, is a common word to the truecase model: "co-hosts",
// "six-time" are no surnames ("al-mahdi" and "jay-z" are names).
func commonPart(tc *truecase.Model, w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	for p := range strings.SplitSeq(w, "-") {
		if len(p) > 2 && (tc.Common(p) || tc.MostlyLower(p)) {
			return true
		}
	}
	return false
}

// writesWord reports whether a candidate of the cluster writes the word
// w (lowerCore).
func (c *cluster) writesWord(w string) bool {
	if w == "" {
		return false
	}
	_, cores := c.candCores()
	for _, cs := range cores {
		for _, x := range cs {
			if x.w == w {
				return true
			}
		}
	}
	return false
}

// evidenceTexts returns the texts of sum that truecaseOnce takes as
// evidence, in the order it reads them.
func evidenceTexts(sum *chorus.Summary) []string {
	var out []string
	for _, st := range sum.Sentences {
		out = append(out, st.Text)
	}
	for _, v := range sum.Voices {
		for _, st := range v.Statements {
			out = append(out, st.Text)
		}
	}
	for _, d := range sum.Disputes {
		for _, cl := range d.Claims {
			out = append(out, cl.Text)
		}
	}
	return out
}

// truecaseOnce raises the words of sum with m, the capitalised words sum
// already holds, the full names the sources give (full) and the sources'
// evidence, and reports whether it raised any. When before holds the
// texts of sum (evidenceTexts) ahead of an earlier pass, the words that
// pass raised that are no names are no evidence after a determiner or a
// count (Names.AddRaised); speakers' names are evidence as written.
func truecaseOnce(m *truecase.Model, sum *chorus.Summary, sources truecase.Names, full []string, before []string) bool {
	names := sources // a copy: the summary's own names are added to it alone
	for _, n := range full {
		names.AddName(n)
	}
	k := 0
	add := func(s string) {
		if k < len(before) {
			names.AddRaised(m, before[k], s)
		} else {
			names.Add(s)
		}
		k++
	}
	for _, st := range sum.Sentences {
		add(st.Text)
	}
	for _, v := range sum.Voices {
		names.AddName(v.Name)
		names.AddName(roleBody(v.Role))
		for _, st := range v.Statements {
			add(st.Text)
		}
	}
	for _, d := range sum.Disputes {
		for _, cl := range d.Claims {
			add(cl.Text)
			names.AddName(cl.Speaker)
		}
	}
	changed := false
	apply := func(s *string) {
		if out := m.Apply(*s, &names); out != *s {
			*s, changed = out, true
		}
	}
	for i := range sum.Sentences {
		apply(&sum.Sentences[i].Text)
	}
	for i := range sum.Voices {
		v := &sum.Voices[i]
		apply(&v.Name)
		apply(&v.Role)
		v.Role = voices.RoleForm(v.Role) // the model raises "majority leader" beside "Senate": a role after a name reads in lower case
		for j := range v.Statements {
			apply(&v.Statements[j].Text)
		}
	}
	for i := range sum.Disputes {
		d := &sum.Disputes[i]
		apply(&d.Topic)
		for j := range d.Claims {
			apply(&d.Claims[j].Text)
			apply(&d.Claims[j].Speaker)
		}
	}
	return changed
}

// roleBody returns the body a voice's role names when the role is that
// alone ("of the Maine Warden Service", "at the …"): voices parts it from
// the person's name it was read with ("Ada Brisk of the Maine Warden
// Service"), and it stays evidence of its case as that name was. Other
// roles are no evidence: "executive director of the American Civil
// Liberties Union" as evidence raised "civil liberties" in a sentence.
func roleBody(role string) string {
	body, ok := strings.CutPrefix(role, "of the ")
	if !ok {
		body, ok = strings.CutPrefix(role, "at the ")
	}
	if !ok {
		return ""
	}
	return body
}
