package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/sentence"
)

// This file belongs to the attribution stage, beside writeFullNames: a
// surname of a reader's summary whose full name the cluster writes only
// in a sentence that never became a candidate (a headline run into the
// text, a caption, a sentence past an article's share of candidates,
// one the boilerplate filter dropped: "campaign manager ada velmora" in
// a source's cut opening, "velmora said ..." in the summary) is looked
// up in every sentence of the sources. Among 30 lower-cased surnames that
// Multi-News validation summaries left unintroduced, this was the
// commonest cause.

// rawNameCluster returns a cluster whose candidates are every sentence
// of c's articles, titles first, as the sentence splitter gives them:
// the text lowerGivenNamesOf reads for names the candidates lack. The
// paragraphs are those the cleaner gave when the articles were read
// (document.paras), not cleaned again.
func (c *cluster) rawNameCluster() *cluster {
	raw := &cluster{}
	for di := range c.docs {
		a := c.docs[di].article
		if a == nil {
			continue
		}
		if t := strings.TrimSpace(a.Title); t != "" {
			raw.cands = append(raw.cands, candidate{doc: di, text: t})
		}
		for p, para := range c.docs[di].paras {
			var sents []string
			if p < len(c.docs[di].paraSplit) {
				sents = c.docs[di].paraSplit[p] // split by read
			} else {
				sents = sentence.Split(para)
			}
			for _, s := range sents {
				if s = strings.TrimSpace(s); s != "" {
					raw.cands = append(raw.cands, candidate{doc: di, text: s})
				}
			}
		}
	}
	return raw
}

// rawGivenNames adds to bare and given (lowerGivenNames) the full names
// that the sources' sentences outside the candidates give for the words
// of want that no candidate writes after a listed given name
// (lex.IsGivenName): the candidates are read first, and a surname they
// name, in full or not, keeps their reading. A full name found so opens
// with a listed given name, and its surname is never written after a
// pronoun or an auxiliary ("lindsay could" beside "she could": a verb),
// a hyphened modifier ("a blood-curdling <noun>") or a determiner but
// before a namesake noun. It returns the full names it added, sorted.
func (c *cluster) rawGivenNames(want map[string]bool, bare map[string]string, given map[string]map[string]bool) []string {
	missing := make(map[string]bool)
	for w := range want {
		if _, ok := bare[w]; !ok && surnameShapedAs(w, nil) {
			missing[w] = true // lowerGivenNames reads no other word
		}
	}
	if len(missing) == 0 {
		return nil
	}
	_, cores := c.candCores()
	for _, cs := range cores {
		for j := 1; j < len(cs); j++ {
			if !missing[cs[j].w] {
				continue // most words: one lookup
			}
			if !cs[j-1].punct && lex.IsGivenName(cs[j-1].w) {
				delete(missing, cs[j].w) // the candidates name it: their reading stands
			} else if cs[j-1].w == "president" {
				// "president <surname>": the full name found only
				// outside the candidates may be a namesake's (a
				// spouse's, in a site's boilerplate); the title
				// introduces the person well enough.
				delete(missing, cs[j].w)
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	raw := c.rawNameCluster()
	missing = afterListedGiven(raw.cands, c.cands, missing)
	if len(missing) == 0 {
		return nil
	}
	rb, rg := raw.lowerGivenNames(missing)
	if len(rb) == 0 {
		return nil
	}
	_, rcores := raw.candCores()
	for _, cs := range rcores {
		for j := 1; j < len(cs); j++ {
			if _, ok := rb[cs[j].w]; !ok {
				continue
			}
			p, punct := cs[j-1].w, cs[j-1].punct
			if strings.Contains(p, "-") && (participleLike(p) || adjectiveLike(p)) {
				delete(rb, cs[j].w) // 'a "blood-curdling" scream': a noun
			} else if punct {
				continue
			} else if rawNamePronouns[p] {
				delete(rb, cs[j].w) // "she could", "was first": a verb, an adverb
			} else if determiners[p] && (cs[j].punct || j+1 == len(cs) || !namesakeNouns[cs[j+1].w]) {
				delete(rb, cs[j].w) // "an interview": a noun ("the velmora family" is the person's)
			}
		}
	}
	var added []string
	for sur, full := range rb {
		if !lex.IsGivenName(strings.ToLower(lex.SpaceFieldsShared(full)[0])) {
			continue // "former velmora" in a headline: only a listed given name is one
		}
		if lex.CountFields(full) != 2 {
			continue // "<given> <surname> another player": unpunctuated text runs on past the name
		}
		bare[sur] = full
		given[sur] = rg[sur]
		added = append(added, full)
	}
	slices.Sort(added)
	return added
}

// afterListedGiven returns the words of missing that the sentences of
// raw write after a listed given name (lex.IsGivenName) with no
// punctuation between: only these can get a full name that
// rawGivenNames keeps, one opening with a listed given name.
// lowerGivenNamesOf reads each word apart from the others, so the words
// left out change no other word's answer; it is spared reading their
// every mention. A sentence that is a candidate's text as it stands
// (cands: most of them) is skipped: rawGivenNames has taken from missing
// every word the candidates write so.
func afterListedGiven(raw, cands []candidate, missing map[string]bool) map[string]bool {
	known := make(map[string]bool, len(cands))
	for i := range cands {
		known[cands[i].text] = true
	}
	out := make(map[string]bool)
	for i := range raw {
		if known[raw[i].text] {
			continue
		}
		prev, prevPunct := "", true
		for f := range lex.FieldsSeq(raw[i].text) {
			w, punct := lowerCore(f)
			if missing[w] && !prevPunct && lex.IsGivenName(prev) {
				out[w] = true
			}
			prev, prevPunct = w, punct
		}
	}
	return out
}

// rawNamePronouns are the pronouns and auxiliary verbs after which a
// word is a verb or a modifier, no surname (rawGivenNames).
var rawNamePronouns = lex.Set("i", "you", "he", "she", "it", "we", "they", "is", "are", "was", "were",
	"be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
	"must", "do", "does", "did")

// shortenRawNames writes, after the first sentence of sum that names
// each of fulls in full, the next mention of that full name as the
// surname alone (shortenLater): a source sentence the summary kept may
// name the person in full again, once the name is written at the first
// mention.
func shortenRawNames(sum *chorus.Summary, fulls []string) {
	for _, full := range fulls {
		for i := range sum.Sentences {
			if strings.Contains(sum.Sentences[i].Text, full) {
				shortenLater(sum, i+1, full)
				break
			}
		}
	}
}
