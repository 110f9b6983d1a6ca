package summarize

import (
	"regexp"

	"github.com/chorusnews/chorus/internal/lex"
)

// A cluster may hold a research paper's own abstract or introduction
// beside the news stories about it. The paper states its aim in its own
// voice ("The aim of this study was to measure ...", "this study aimed
// to ...") and, before that, sets out its background in truisms ("<some
// habit> is ubiquitous in modern society.", "Currently, little is known
// about ..."). Neither is news: the stories tell what the paper found.
// markPaperAims keeps both from a reader's summary: the sentence stating
// the aim, and, in an article whose aim stands among its first
// paperAimMaxBackground sentences (a paper, not a story that copied its
// aim further down), the sentences before it that hold no figure (a
// dated fact, "In 1965, ...", or a finding with its number stays). A
// sentence with a quotation mark stays: a speaker may state an aim
// ("\"The purpose of this review was to ...,\" the senator said"). Only
// a reader's summary: the benchmarks' Fill reads every sentence.
//
// Measured against 2093563: validation 1 summary changed, better (a
// truism and a fused aim gave their places to the report's figures);
// train 1-38,000 10 changed, all read: 7 better (the aims and truisms
// left for the findings or a news lede), 2 the same (a background lead
// gave its place to another weak one), 1 worse (the paper's aim had led;
// the new lead is a headline run into its story, a defect of its own).

// paperAimMaxBackground is the latest place in its article of an aim
// whose sentences before it are a paper's background.
const paperAimMaxBackground = 10

// paperAimNeedles are pieces every paperAimRE match holds; a sentence
// with none is not matched against it.
var paperAimNeedles = lex.NewSubstrings("of this ", "of the present ", "of the current ", "of our ", "this study ", "this paper ",
	"this research ", "this review ", "this analysis ", "this work ")

// paperAimRE finds a paper's statement of its own aim in lower-cased
// text: "the aim of this study was to", "the objectives of the present
// study were to", "this paper seeks to".
var paperAimRE = regexp.MustCompile(`\b(?:the|our) (?:main |primary |overall )?(?:purpose|aim|objective|goal)s? of (?:this|the present|the current|our) (?:study|research|paper|review|analysis|work|investigation|trial|article|survey|project)s? (?:was|were|is|are) to\b|\bthis (?:study|paper|research|review|analysis|work) (?:aimed|aims|sought|seeks) to\b`)

// paperAim reports whether s states a paper's aim in its own voice
// (paperAimRE) and holds no quotation mark.
func paperAim(s string) bool {
	l := lex.Lower(s)
	return paperAimNeedles.In(l) && !lex.ContainsAny(s, "\"“”") && paperAimRE.MatchString(l)
}

// markPaperAims flags with flagNarrator, which a reader's summary
// refuses, each candidate stating a paper's aim (paperAim) and, where
// that aim is among its article's first paperAimMaxBackground
// sentences, the candidates of that article before it holding no digit
// and no quotation mark (see above).
func (c *cluster) markPaperAims() {
	aimAt := map[int]int{} // document → place of its first aim
	for i := range c.cands {
		cd := &c.cands[i]
		if !paperAim(cd.text) {
			continue
		}
		cd.flags |= flagNarrator
		if p, ok := aimAt[cd.doc]; !ok || cd.pos < p {
			aimAt[cd.doc] = cd.pos
		}
	}
	if len(aimAt) == 0 {
		return
	}
	for i := range c.cands {
		cd := &c.cands[i]
		p, ok := aimAt[cd.doc]
		if !ok || p > paperAimMaxBackground || cd.pos >= p {
			continue
		}
		if !lex.HasDigit(cd.text) && !lex.ContainsAny(cd.text, "\"“”") {
			cd.flags |= flagNarrator
		}
	}
}
