package summarize

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file widens nameFromArticle (articlename.go). A bare surname
// that speaks in a reader's summary ("Allen said ...", "..., says
// Bloch.") whose own article never names the person in full (a wire
// copy cut short, a second source that carries only the quote) is
// written in full when another article of the cluster does ("coroner
// bob allen" -> "Bob Allen said ..."). The articles are read as one text
// by the tests the sentence's own article gets (fullNameAbove): one
// given name for the surname across all of them, none beside a family
// word, after a determiner or in a place, an unlisted given name used
// nowhere else, and a mention that shows a person. Only a mention in a
// speaker's place is named so (speakerAt), never after a capitalised
// word ("chairman Don Graham" is named already), and not when another
// word that may be a given name stands before the surname anywhere
// (otherGivenBefore). Two tests of the article rule are widened with
// it: a mention after a verb of saying shows a person ("says bloch"),
// and a name may open after the trades of speakerRoles.
//
// Measured against 6cfaca0 (Multi-News reader's summaries): validation
// 3 of 5,598 changed, all read: 3 better ("Eliot Isaac said ...",
// "says Jocelyne Bloch", "Bob Allen said ..."), 0 worse, 0 the same.
// Train 1-38,000: 19 of 37,856 changed, all read: 17 better ("Mayim
// Bialik, 36, ...", "says Yuval Nir", "told Triveece Penelton",
// "Demos Parneros rejected ..."), 0 worse, 2 the same (a famous
// president named in full). Before the last two guards train had 21,
// one worse ("chairman Don Donald Graham"); the guards also lost one
// right change ("Joseph Lopinto", written "joe lopinto" too). The
// benchmarks' Fill is unchanged (reader's summaries only).

// speakerAt reports whether the surname fields[j] stands where a speaker
// does: before a verb of saying ("Allen said") or after one ("says
// Bloch").
func speakerAt(fields []string, j int) bool {
	if saysNext(fields, j) {
		return true
	}
	if j == 0 {
		return false
	}
	return saysBefore(fields[j-1])
}

// saysBefore reports whether the field before a surname is a verb of
// saying with no punctuation after it: "says tadlock", "said tadlock".
func saysBefore(p string) bool {
	w, punct := lowerCore(p)
	return !punct && lex.IsAttributionVerb(w)
}

// clusterFullName returns the full name and given name all the
// cluster's articles, read as one text, write for the surname sur
// (fullNameAbove), or "", "" when they write none or more than one
// person's.
func (c *cluster) clusterFullName(sur string) (string, string) {
	if !slices.ContainsFunc(c.docs, func(d document) bool { return d.article != nil }) {
		return "", "" // nameWords would give the candidates instead
	}
	texts, _ := c.nameWords() // the articles in lower case, made once per cluster
	low := strings.Join(texts, "\n\n") + "\n\n"
	if !strings.Contains(low, sur) {
		return "", ""
	}
	full, given := fullNameAbove(low, len(low), sur)
	if full != "" && otherGivenBefore(low, sur, given) {
		return "", "" // "katharine velmora" beside "donald velmora": maybe another person
	}
	return full, given
}

// speakerRoles are the trades and posts news copy writes before a
// quoted expert's or official's full name that articleRoles and the
// title lists lack: "coroner ilse tadlock", "neurosurgeon ilse tadlock".
// Before one of them a given name the list lacks may open a name
// (articleNameOpens).
var speakerRoles = lex.Set("coroner", "surgeon", "neurosurgeon", "physician", "doctor", "pediatrician",
	"psychiatrist", "psychologist", "scientist", "neuroscientist", "researcher", "epidemiologist",
	"biologist", "geologist", "archaeologist", "astronomer", "physicist", "chemist", "economist",
	"historian", "analyst", "lawyer", "spokesman", "spokeswoman", "spokesperson", "commissioner",
	"administrator", "curator", "engineer", "firefighter", "paramedic", "investigator", "veterinarian",
	"teacher", "principal", "manager", "owner", "founder", "chairman", "chairwoman")

// otherGivenBefore reports whether low writes sur after a word other
// than g that may be another person's given name: a listed one ("joe
// velmora" beside "joseph velmora" is left too), or a word cased text
// writes capitalised that is no role or title ("katharine velmora"
// beside "donald velmora"); not "president velmora", "showing velmora".
func otherGivenBefore(low, sur, g string) bool {
	f := lex.SpaceFieldsShared(low)
	tc := truecase.Default()
	for k := 1; k < len(f); k++ {
		if w, _ := lowerCore(f[k]); w != sur {
			continue
		}
		p, punct := lowerCore(f[k-1])
		if punct || p == g || !plainLower(p) || lex.IsStopword(p) {
			continue
		}
		if lex.IsGivenName(p) || !tc.MostlyLower(p) && articleGivenWord(p) && !articleNameOpens(p) {
			return true
		}
	}
	return false
}
