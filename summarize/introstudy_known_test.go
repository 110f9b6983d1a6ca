package summarize

import (
	"regexp"
	"testing"
)

// studyKnownExpr is the expression knowsStudy reads word by word.
var studyKnownExpr = regexp.MustCompile(`\b(?:stud(?:y|ies)|research|analys[ie]s|surveys?|polls?|experiments?|reports?|paper|findings)\b`)

func FuzzKnowsStudy(f *testing.F) {
	for _, s := range []string{
		"a new study of harbour seals", "the studies_ and the reports", "students paper-thin", "re-search",
		"papers", "analysed the findings.", "\u00e9report\u00e9", "poll2 polls", "the survey", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := knowsStudy(s), studyKnownExpr.MatchString(s); got != want {
			t.Errorf("knowsStudy(%q) = %v, want %v", s, got, want)
		}
	})
}
