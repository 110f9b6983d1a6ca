package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the attribution stage, after nameFromLater. Two
// people who share a surname keep a bare mention bare (twoPeople: the
// full-name writer cannot tell which one is meant), yet a sentence that
// names one of them as the other's relative says who the bare one is:
// "Varga was barred from contacting his brother, harbour master Peter
// Varga." can only mean the other Varga. When the cluster writes exactly
// two listed given names before the surname, the bare mention takes the
// other one ("Anna Varga was barred from contacting her brother, ... Peter
// Varga."), written at least twice in the cluster.
//
// Measured against e35d701 (Multi-News default summaries, every change
// read): validation 1 of 5,599 changed, better (a missing man named by
// the brother quoted in the same sentence); train 1-38,000 3 of 37,862
// changed, 3 better (a shot wife beside her husband the chief, a
// candidate beside her daughter, a man beside his wife). Not fixed: a
// family whose sources write a third given name before the surname, or
// whose other given name the list of given names lacks (blind146 cluster
// 26 is left as it was). Fill is untouched (a reader-only rewrite).

// nameKinOther writes the other given name before a sentence's first,
// bare mention of a surname whose later "<kin> ... <Given> <Surname>" in
// the same sentence names the relative (see the file comment). words are
// the sentences' laterNameWords (nil: not read); it returns them as they
// stand after it, nil when it changed a sentence and was given nil.
func (c *cluster) nameKinOther(sum *chorus.Summary, later [][]laterNameWord) [][]laterNameWord {
	var corpus string
	var words [][]laterNameWord
	for i := range sum.Sentences {
		text := sum.Sentences[i].Text
		ws := laterNameWords(text)
		words = append(words, ws)
		for k, w := range ws {
			s := w.low
			if len(s) < 3 || !laterNameUpper(text[w.start:w.end]) || lex.IsStopword(s) || lex.IsGivenName(s) ||
				k > 0 && laterNameBlocks(text, ws[k-1]) || laterNameQuoted(text, w.start) ||
				k+1 < len(ws) && laterNameUpper(text[ws[k+1].start:ws[k+1].end]) ||
				laterNameEarlier(words[:i], s) || laterNameEarlier([][]laterNameWord{ws[:k]}, s) {
				continue
			}
			g1 := kinRelative(text, ws, k, s)
			if g1 == "" {
				continue
			}
			if corpus == "" {
				corpus = c.lowerCorpus()
			}
			g2 := otherGiven(corpus, s, g1)
			if g2 == "" {
				continue
			}
			g2 = strings.ToUpper(g2[:1]) + g2[1:]
			sum.Sentences[i].Text = text[:w.start] + g2 + " " + text[w.start:]
			sum.Words++
			if later != nil {
				later[i] = laterNameWords(sum.Sentences[i].Text)
			}
			words[i] = laterNameWords(sum.Sentences[i].Text)
			break
		}
	}
	return later
}

// kinRelative returns the given name (lower case) of a "<Given> <s>" after
// word k of text whose five words before hold a relative
// (laterNameFamily: "his brother, sect leader Peter Varga"), "" for none.
func kinRelative(text string, ws []laterNameWord, k int, s string) string {
	for m := k + 2; m < len(ws); m++ {
		if ws[m].low != s {
			continue
		}
		g := ws[m-1]
		if !laterNameUpper(text[g.start:g.end]) || !lex.IsGivenName(g.low) || strings.TrimSpace(text[g.end:ws[m].start]) != "" {
			return ""
		}
		for j := max(k+1, m-6); j < m-1; j++ {
			if laterNameFamily[ws[j].low] {
				return g.low
			}
		}
		return ""
	}
	return ""
}

// otherGiven returns the one listed given name other than g1 that the
// lower-cased corpus writes right before s, at least twice, when it
// writes no third; "" otherwise.
func otherGiven(corpus, s, g1 string) string {
	seen := make(map[string]int)
	for idx := 0; ; {
		p := strings.Index(corpus[idx:], " "+s)
		if p < 0 {
			break
		}
		p += idx
		idx = p + 1
		if end := p + 1 + len(s); end < len(corpus) && laterNameLetter(corpus[end]) {
			continue // a longer word
		}
		q := p
		for q > 0 && laterNameLetter(corpus[q-1]) {
			q--
		}
		if w := corpus[q:p]; lex.IsGivenName(w) {
			seen[w]++
		}
	}
	if len(seen) != 2 || seen[g1] == 0 {
		return ""
	}
	for w, n := range seen {
		if w != g1 && n >= 2 {
			return w
		}
	}
	return ""
}
