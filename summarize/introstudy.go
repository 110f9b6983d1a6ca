package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a pairwise move of the ordering stage: in a reader's
// summary a sentence that points back at a study ("For the study, the
// researchers asked ...", "... an author of the study") or at a person by
// role ("Police questioned the man ...") read before the sentence that
// introduces it ("..., a new study published in <journal> finds", "A man
// with a lighter was seen ...") leaves the reader asking which one. The
// introducing sentence moves to just before the first sentence that
// points back at it; every other sentence keeps its place. A lead that
// points back at a study and that no sentence can replace is rewritten to
// introduce it ("According to the study" reads "According to a study").

// studyUse finds a "the [new] study" (survey, poll, analysis, experiment,
// report) that points back, lower-cased; the group is the noun.
var studyUse = regexp.MustCompile(`\bthe (?:new |latest |recent )?(study|survey|poll|analysis|experiment|report)\b`)

// studyNouns finds studyUse's nouns anywhere: a sentence without one is
// not matched against the expression.
var studyNouns = lex.NewSubstrings("study", "survey", "poll", "analysis", "experiment", "report")

// studySelfIntro is what, right after "the study", makes the phrase
// introduce the study itself ("the study, published in ...", "the study
// by ...", "the study of 900 ...").
var studySelfIntro = regexp.MustCompile(`^(?:'s|’s)?,? ?(?:being |which was |which is |that was |to be |was |is )?(?:published|by|led|conducted|released|presented|appearing|appears|from|of|out|funded|commissioned|carried)\b`)

// studyKnownWords are the words that mention a study or its kin: a
// sentence holding one makes "the study" no dangling reference.
var studyKnownWords = lex.Set("study", "studies", "research", "analysis", "analyses", "survey", "surveys",
	"poll", "polls", "experiment", "experiments", "report", "reports", "paper", "findings")

// studyKnownPieces holds a piece of every word of studyKnownWords: a text
// holding none of them is not read word by word (knowsStudy).
var studyKnownPieces = lex.NewSubstrings("stud", "research", "analys", "survey", "poll", "experiment", "report", "paper", "findings")

// knowsStudy reports whether s (lower-cased) mentions a study or its kin:
// a run of word bytes ([0-9A-Za-z_], as \b reads them) that is one of
// studyKnownWords.
func knowsStudy(s string) bool {
	if !studyKnownPieces.In(s) {
		return false
	}
	for i := 0; i < len(s); {
		if !asciiWordByte(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && asciiWordByte(s[j]) {
			j++
		}
		if studyKnownWords[s[i:j]] {
			return true
		}
		i = j
	}
	return false
}

// studyIntro finds "a [one or two words] study" followed by what ends the
// noun phrase: a verb of finding or saying, a participle, a preposition
// that goes on to tell of it, or the end of a clause.
var studyIntro = regexp.MustCompile(`\b(?:a|an)((?: [a-z-]+){0,2}) (study|survey|poll|analysis|experiment|report)(?:[,.;:]|$| (?:published|by|led|conducted|released|presented|finds|found|find|suggests|suggested|shows|showed|says|said|reveals|revealed|of|in|that|involving|indicates|indicated|concludes|concluded|appearing|out|commissioned|funded|examining|looking|has|have)\b)`)

// studyNoFiller are words that may not stand between the article and the
// noun of an introduction: the phrase is then another's ("a copy of the
// study").
var studyNoFiller = lex.Set("the", "of", "to", "and", "or", "in", "for", "his", "her", "their", "its", "that", "this", "on", "with", "at")

// introducesStudy reports whether s introduces a noun study (or survey,
// poll ...) with "a"/"an" (studyIntro), not as a description ("is a
// study ...").
func introducesStudy(s, noun string) bool {
	return introducesNoun(studyIntro, s, noun)
}

// introducesNoun reports whether a match of intro in s (group 1: the
// words between the article and the noun, group 2: the noun) introduces
// noun: no filler word (studyNoFiller) between the article and the noun,
// and no predicative word before the article ("is a study ...").
func introducesNoun(intro *regexp.Regexp, s, noun string) bool {
	if !strings.Contains(s, noun) {
		return false // no match's group 2 can be noun
	}
	for _, m := range intro.FindAllStringSubmatchIndex(s, -1) {
		if s[m[4]:m[5]] != noun {
			continue
		}
		ok := true
		for _, w := range lex.SpaceFieldsShared(s[m[2]:m[3]]) {
			ok = ok && !studyNoFiller[w]
		}
		before := lex.SpaceFieldsShared(s[:m[0]])
		if ok && (len(before) == 0 || !predicative[before[len(before)-1]]) {
			return true
		}
	}
	return false
}

// pointsAtStudy returns the noun of the first "the study" in s (lower-cased)
// that points back: not one introduced by what follows it (studySelfIntro),
// nor one s names before. It returns "" when there is none.
func pointsAtStudy(s string) string {
	if !studyNouns.In(s) {
		return "" // no noun studyUse can find
	}
	m := studyUse.FindStringSubmatchIndex(s)
	if m == nil || studySelfIntro.MatchString(s[m[1]:]) || knowsStudy(s[:m[0]]) {
		return ""
	}
	return s[m[2]:m[3]]
}

// theWords returns each "the <word>" of a lower-cased sentence (what
// `\bthe ([a-z]+)\b`'s FindAllStringSubmatchIndex(s, -1) returns), by a
// byte scan in place of the expression: the word lower-case ASCII
// letters, "the" and the word standing alone), left to right and not
// overlapping, as the match's and the group's offsets.
func theWords(s string) [][]int {
	var out [][]int
	for i := 0; ; {
		k := strings.Index(s[i:], "the ")
		if k < 0 {
			return out
		}
		at := i + k
		if at > 0 && asciiWordByte(s[at-1]) {
			i = at + 1
			continue
		}
		from := at + len("the ")
		end := from
		for end < len(s) && 'a' <= s[end] && s[end] <= 'z' {
			end++
		}
		if end == from || end < len(s) && asciiWordByte(s[end]) {
			i = at + 1
			continue
		}
		out = append(out, []int{at, end, from, end})
		i = end
	}
}

// asciiWordByte reports whether b is a word byte as a regular
// expression's \b reads it: [0-9A-Za-z_].
func asciiWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// roleSelfIntro are words right after "the <role>" that make the phrase
// tell who is meant ("the man who ...", "the woman behind ...").
var roleSelfIntro = lex.Set("who", "whom", "whose", "that", "behind", "suspected", "accused", "named", "identified",
	"known", "believed", "charged", "described", "wanted", "responsible", "involved", "in", "at", "from", "with",
	"of", "on", "seen", "pictured", "shown", "featured", "killed", "shot", "arrested", "found", "whom", "which")

// pointsAtRole returns the role noun (roleNouns, personNoun) of the first
// "the <role>" in s (lower-cased) that points back: not told by what
// follows it (roleSelfIntro, a possessive), nor named before in s.
func pointsAtRole(s string) string {
	for _, m := range theWords(s) {
		w := s[m[2]:m[3]]
		if !roleNouns[w] && !personNoun(w) {
			continue
		}
		rest := lex.SpaceFieldsShared(s[m[1]:])
		if strings.Contains(" "+s[:m[0]], " "+w) || len(rest) > 0 && (roleSelfIntro[rest[0]] ||
			strings.HasPrefix(rest[0], "'") || strings.HasPrefix(rest[0], "’")) {
			return ""
		}
		if len(rest) > 0 && strings.HasPrefix(rest[0], ",") && len(rest) > 1 && !lex.IsStopword(rest[1]) {
			return "" // "the man, <name>, ..."
		}
		return w
	}
	return ""
}

// introduceStudies moves, in a reader's summary ordered for reading, the
// sentence that introduces a study ("a new study finds") or a person by
// role ("a man told police ...") to just before
// the first sentence that points back at it ("the study", "the man") when
// no sentence before that one mentions it (knowsStudy, the role's word).
// A body
// sentence that follows its article's sentence before it in the summary
// keeps it: the introduction goes before the run of such sentences, never
// between the lead and a sentence that goes on from it. The lead stays
// first unless it points back itself, and then only a sentence that can
// lead (canLead) takes its place. A sentence that leans on the one before
// it, that follows its own article's sentence before it, or that the next
// sentence follows, is not moved.
func (c *cluster) introduceStudies(picked []int) {
	text := func(f int) string { return lex.Lower(c.cands[c.facts[f].rep].text) }
	studyDone := false
	roles := make(map[string]bool)
	for i := 0; i < len(picked); i++ {
		s := text(picked[i])
		intro := func(string) bool { return false }
		if noun := pointsAtStudy(s); noun != "" && !studyDone {
			intro = func(t string) bool { return introducesStudy(t, noun) }
		} else if noun := pointsAtRole(s); noun != "" && !roles[noun] {
			intro = func(t string) bool {
				w := lex.LetterWords(t, 2)
				if !introducesWithArticle(t, []string{noun}, noun) || !articleAfterClauseWord(t, noun) ||
					strings.Contains(t, " "+noun+"'s") || strings.Contains(t, " "+noun+"’s") {
					return false // "a sheriff's deputy" is someone else
				}
				if i > 0 {
					return sharesWord(t, picked[:i+1], text, noun)
				}
				return len(w) == 2 && (w[0] == "a" || w[0] == "an") && w[1] == noun // the lead gives way to "A man ..."
			}
		}
		studyDone = studyDone || knowsStudy(s)
		for _, w := range lex.LetterWords(s, -1) {
			roles[w] = true
		}
		to := i
		for to > 0 && c.follows(picked[to], picked[to-1]) {
			to--
		}
		if i > 0 && to == 0 {
			continue // it goes on from the lead
		}
		for j := i + 1; j < len(picked); j++ {
			rep := &c.cands[c.facts[picked[j]].rep]
			if rep.flags&(flagDependent|flagLeansBack) != 0 || j+1 < len(picked) && c.follows(picked[j+1], picked[j]) ||
				c.follows(picked[j], picked[j-1]) || !intro(lex.Lower(rep.text)) ||
				to == 0 && !c.canLead(rep) {
				continue
			}
			f := picked[j]
			copy(picked[to+1:j+1], picked[to:j])
			picked[to] = f
			i++ // the sentence now at i was looked at
			for _, w := range lex.LetterWords(text(f), -1) {
				roles[w] = true
			}
			break
		}
	}
}

// sharesWord reports whether t (lower-cased) shares a content word other
// than noun with the text of one of facts: an "a <role>" told of in a
// sentence of another story ("an officer who suspects ... may search")
// does not introduce the summary's "the <role>".
func sharesWord(t string, facts []int, text func(int) string, noun string) bool {
	words := make(map[string]bool)
	for _, w := range lex.LetterWords(t, -1) {
		if len(w) >= 4 && w != noun && !lex.IsStopword(w) {
			words[w] = true
		}
	}
	for _, f := range facts {
		for _, w := range lex.LetterWords(text(f), -1) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// studyLead finds a lead that opens pointing back at a study: "According
// to the study, ...", "In the new study, ...", "The study shows ...". A
// report is left: "The report is 600 pages long", "The report <its
// title>, compiled by ..." read worse with "A" (of 16 train leads
// rewritten, 5 better, 2 worse).
var studyLead = regexp.MustCompile(`(?i)^((?:according to|in|for) )?the ((?:new |recent )?)(study|survey|poll|analysis|experiment)\b`)

// introduceStudyLead rewrites a reader's summary's opening that points
// back at a study no sentence before it introduced (pointsAtStudy) into one
// that introduces it: "According to the study, ..." reads "According to a
// study, ...", "The new study shows ..." reads "A new study shows ...". It
// runs when introduceStudies found no sentence to lead in its place.
func introduceStudyLead(sum *chorus.Summary) {
	if len(sum.Sentences) == 0 {
		return
	}
	s := sum.Sentences[0].Text
	if s == "" || strings.IndexByte("aAiIfFtT", s[0]) < 0 {
		return // studyLead opens on one of these
	}
	m := studyLead.FindStringSubmatchIndex(s)
	if m == nil || pointsAtStudy(lex.Lower(s)) == "" {
		return
	}
	article := "a"
	if v := s[m[6]] | 0x20; m[4] == m[5] && (v == 'a' || v == 'e') {
		article = "an"
	}
	the := m[1] - (m[7] - m[6]) - (m[5] - m[4]) - len("the ") // where "the" starts
	if the == 0 {
		article = strings.ToUpper(article[:1]) + article[1:]
	}
	sum.Sentences[0].Text = s[:the] + article + s[the+len("the"):]
}

// objectWords are words before "a <role>" that make it no one the story
// goes on about: an object or a thing told of ("the death of a child", "a
// case involving a child").
var objectWords = lex.Set("of", "in", "on", "at", "with", "for", "to", "by", "from", "about", "into", "like",
	"than", "as", "is", "was", "are", "were", "be", "been")

// articleAfterClauseWord reports whether s (lower-cased) writes "a <noun>"
// or "an <noun>" somewhere not after an objectWords word or a word in
// -ing: at the start, or as the subject of a clause ("when a gunman
// opened fire", "after a source told us").
func articleAfterClauseWord(s, noun string) bool {
	w := lex.SpaceFieldsShared(s)
	for i := 0; i+1 < len(w); i++ {
		if (w[i] != "a" && w[i] != "an") || strings.Trim(w[i+1], ",.;:!?\"'’") != noun {
			continue
		}
		if i == 0 {
			return true
		}
		if prev := strings.Trim(w[i-1], ",.;:!?\"'’—-"); prev != "" && !objectWords[prev] && !strings.HasSuffix(prev, "ing") {
			return true
		}
	}
	return false
}
