package summarize

import "github.com/chorusnews/chorus/internal/lex"

// A journal abstract's methods sections, run into a cluster from the
// paper's own page: "Design, setting, and participants: a cohort of 4,000
// ferry pilots was followed ...", "Main outcomes and measures rates of
// sleep loss were ...". What follows such a heading is how the study was
// done (its sample, its instruments, its measures), never what it found,
// so that, unlike the headings cutAbstractHeading cuts ("Importance",
// "Findings", "Conclusions and relevance"), the sentence is no use to a
// reader without its heading either. methodsHeading tells a sentence that
// opens on one of methodsHeadings; markTeasers leaves it out of a reader's
// candidates.
//
// Measured against 2e04780 (every changed summary read): validation 1
// changed, better (a one-sentence summary of a paper's methods gave way
// to the feature story on the drug it tested); dev (the clusters of train
// 1–38,000 holding a heading) 1 changed, better (the methods line closing
// a study's summary gone).

// methodsHeadings open an abstract's methods sections, lower case.
var methodsHeadings = []string{"design, setting, and participants", "design, setting and participants",
	"main outcomes and measures", "main outcome and measures", "main outcomes and measure", "main outcome measures",
	"setting and participants", "design and participants", "design and setting"}

// methodsHeading reports whether s opens on an abstract's methods heading
// (methodsHeadings).
func methodsHeading(s string) bool {
	if len(s) < 20 || s[0] != 'D' && s[0] != 'd' && s[0] != 'M' && s[0] != 'm' && s[0] != 'S' && s[0] != 's' {
		return false
	}
	head := lex.LowerASCII(s[:min(len(s), 40)])
	for _, h := range methodsHeadings {
		if len(head) > len(h) && head[:len(h)] == h && !isASCIILetter(head[len(h)]) {
			return true
		}
	}
	return false
}
