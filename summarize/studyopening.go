package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the writing stage, beside introstudy.go. A
// reader's summary sentence may open on a study, or on the people who
// made it, as told before ("The study found ...", "In the study, ...",
// "The researchers noted ...") when nothing above it in the summary
// tells of any research: its article introduced the study in a sentence
// the summary left out. introduceStudies moves a later sentence that
// introduces the study up when the summary holds one; when none does,
// the opening takes the indefinite article a news writer introduces it
// with: "A study found ...", "In a study, ...", "Researchers noted ...",
// "The authors of a study ...". introduceStudyLead does this for a
// lead that no clause after the noun tells of; this does it for every
// sentence, since a body sentence's "the study, published in ..." reads
// as introduced no better. "The report" is left: a report is as often
// the news story the summary drew on as a study ("according to the
// report" after a newspaper's account).
//
// Multi-News validation: 10 of 5,612 summaries change, all better; train
// 1-38,000: 52 of 37,916, all read: 47 better, 4 the same, 1 worse (a
// survey the sentence before told by its name alone, now read as a
// second one).

// studyOpening finds an opening "the [new] study" (survey, poll,
// analysis, experiment), alone or after "According to", "In" or "For".
var studyOpening = regexp.MustCompile(`^(?:(According to|In|For) t|T)he ((?:new |recent )?)(study|survey|poll|analysis|experiment)\b`)

// peopleOpening finds an opening "The researchers" or "The scientists"
// (not a possessive), or "The authors of the study" (survey, paper,
// analysis).
var peopleOpening = regexp.MustCompile(`^The (researchers|scientists|authors of the (?:study|survey|paper|analysis))\b`)

// researchStems are the openings of words that tell of research or of
// the people doing it: a summary that writes one above has introduced
// what "the study" or "the researchers" points at ("Tests of wells
// found ... The survey ..." told the survey as tests).
var researchStems = []string{"stud", "research", "scien", "survey", "poll", "analys", "experiment", "report",
	"paper", "journal", "finding", "trial", "team", "professor", "universit", "institut", "author", "colleague",
	"expert", "data", "lab", "test", "investigat"}

// knowsResearch reports whether before (lower case) tells of research or
// of people who do it (researchStems, a word in -ologist).
func knowsResearch(before string) bool {
	for _, w := range lex.LetterWords(before, -1) {
		if strings.HasSuffix(w, "ologist") || strings.HasSuffix(w, "ologists") {
			return true
		}
		for _, p := range researchStems {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// introduceStudyOpenings rewrites each sentence of sum that opens on a
// study or its makers told before (studyOpening, peopleOpening) when no
// sentence above it tells of research (knowsResearch) and, for a study,
// no sentence below introduces one (introducesStudy: the two would read
// as two studies): "The study found ..." reads "A study found ...",
// "The researchers noted ..." reads "Researchers noted ...". It adds the
// words it writes to sum.Words.
func introduceStudyOpenings(sum *chorus.Summary) {
	var before strings.Builder // the summary so far, lower case
	for i := range sum.Sentences {
		s := sum.Sentences[i].Text
		if t, ok := studyOpeningRewrite(s); ok && !knowsResearch(before.String()) && !laterIntroducesStudy(sum.Sentences[i+1:], s) {
			sum.Words += countWords(t) - countWords(s)
			sum.Sentences[i].Text = t
			s = t
		}
		before.WriteString(lex.Lower(s))
		before.WriteByte(' ')
	}
}

// studyOpeningRewrite returns s with its opening study or makers written
// as introduced, and whether s opens that way. A possessive ("The
// study's authors", "The researchers' analysis") is left, and so are
// makers a clause pins down ("The scientists who ...": pinning).
func studyOpeningRewrite(s string) (string, bool) {
	if s == "" || strings.IndexByte("AIFT", s[0]) < 0 {
		return "", false // studyOpening and peopleOpening open on one of these
	}
	if m := studyOpening.FindStringSubmatchIndex(s); m != nil {
		if possessiveAt(s, m[1]) {
			return "", false
		}
		article := "a"
		if v := s[m[6]]; m[4] == m[5] && (v == 'a' || v == 'e') {
			article = "an" // "an analysis", "an experiment"
		}
		if m[2] < 0 {
			return strings.ToUpper(article[:1]) + article[1:] + s[len("The"):], true
		}
		the := m[3] + len(" ")
		return s[:the] + article + s[the+len("the"):], true
	}
	if m := peopleOpening.FindStringSubmatchIndex(s); m != nil {
		if possessiveAt(s, m[1]) {
			return "", false
		}
		who := s[m[2]:m[3]]
		if next := lex.LetterWords(s[m[1]:], 1); len(next) == 1 && pinning[next[0]] {
			return "", false // "The scientists who ...": the clause says which
		}
		if rest, ok := strings.CutPrefix(who, "authors of the "); ok {
			return "The authors of a " + rest + s[m[1]:], true
		}
		return capitalizeFirst(who) + s[m[1]:], true
	}
	return "", false
}

// possessiveAt reports whether s writes a possessive ending at byte at:
// "'s", "’s" or a bare apostrophe.
func possessiveAt(s string, at int) bool {
	rest := s[at:]
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
}

// laterIntroducesStudy reports whether a sentence of later introduces
// (introducesStudy) the noun s opens on with "the", when it opens on a
// study.
func laterIntroducesStudy(later []chorus.Sentence, s string) bool {
	m := studyOpening.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	for _, t := range later {
		if introducesStudy(lex.Lower(t.Text), m[3]) {
			return true
		}
	}
	return false
}
