package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// quoteContinueMaxWords is the most words of a quotation's last sentence
// that joinQuoteEnds appends to the chosen sentence it goes on from.
const quoteContinueMaxWords = 25

// joinQuoteEnds appends to a chosen sentence whose quotation the article
// goes on with in its very next sentence (balanceQuotes closed the one and
// opened the other: quoteEnd) that next sentence, when it is short
// (quoteContinueMaxWords at most) and the summary does not show it: the
// reader sees `"We will close the pier. It reopens in May," Osei said.`
// instead of a quotation cut off after its first sentence. It runs on a
// reader's summary after selection; only the chosen sentence grows.
func (c *cluster) joinQuoteEnds(picked []int, sum *chorus.Summary) {
	if len(picked) != len(sum.Sentences) {
		return
	}
	shown := make([]string, len(sum.Sentences))
	for i := range sum.Sentences {
		shown[i] = lex.Collapse(sum.Sentences[i].Text)
	}
	for i, f := range picked {
		ci := c.facts[f].rep
		cd := c.cands[ci]
		if cd.edge != edgeClosed || lex.Collapse(cd.text) != shown[i] {
			continue
		}
		at := slices.Index(c.docs[cd.doc].cands, ci)
		end := c.quoteEnd(cd.doc, at)
		if end != at+1 {
			continue
		}
		tail := c.cands[c.docs[cd.doc].cands[end]].text
		if countWords(tail) > quoteContinueMaxWords || slices.Contains(shown, lex.Collapse(tail)) {
			continue
		}
		head := sum.Sentences[i].Text
		mark := `"`
		if strings.HasSuffix(head, "”") {
			mark = "”"
		} else if !strings.HasSuffix(head, `"`) {
			continue
		}
		tail = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(tail, `"`), "“"), " ")
		if tail == "" {
			continue
		}
		sum.Sentences[i].Text = strings.TrimSuffix(head, mark) + " " + quoteCloseSpacing(tail)
	}
}

// quoteCloseSpacing joins the data's space before a closing straight
// quote to the punctuation it follows: `it reopens in May, " Osei said.`
// reads `it reopens in May," Osei said.`.
func quoteCloseSpacing(s string) string {
	for _, p := range []string{".", ",", "!", "?"} {
		if strings.HasSuffix(s, p+` "`) {
			s = strings.TrimSuffix(s, ` "`) + `"`
		}
		s = strings.ReplaceAll(s, p+` " `, p+`" `)
	}
	return s
}
