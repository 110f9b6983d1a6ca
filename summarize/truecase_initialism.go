package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after
// truecaseSummary's model passes. An acronym the truecase model does not
// know stays lower-case in a lower-cased cluster ("the tmha said",
// "under tarp rules"), and raiseAcronyms leaves one that could be an
// English word. The cluster spells such an acronym out: "the tarnwick
// marine heritage authority ( tmha )". raiseInitialisms writes a
// lower-case summary word of four to six letters in capitals when the
// initials of a run of the cluster's words spell it, every word counted
// or the function words "of", "and", "for", "the", "on", "in", "at",
// "to" left out ("Tarnwick Marine Heritage Authority", "Department of
// Justice"); one of three letters only when the cluster also writes it
// in parentheses ("( tmh )"), as three initials often meet by chance. A
// run holds no stopword but those function words, neither opens nor
// ends on one, crosses no punctuation and holds no word the acronym
// itself. Left alone: a stopword ("who", "its"), a word the model knows
// as a common one ("car", "chip"), one whose plural or singular the
// cluster also writes ("straw" beside "straws"), and a word that opens
// the text or stands in an address or a hyphened word, a contraction's
// part ("wasn't"), and a word before a capitalised one, which may be a
// given name ("cate Campbell").
//
// Measured against 8422d66 (raisePublishers): validation 26 of 5,599
// summaries changed, every one of the 34 words changed read: 34 right
// ("USPS", "PETA", "ISAF", "FEMA", "DACA", "HIPAA", "MERS", "EEOC", "ABS
// material", "Kare Santuary BEAKS'"); train 1-38,000 206 of 37,862
// changed (288 words), 40 summaries drawn and read: 38 right ("NYSE",
// "THAAD", "DOMA", "SOPA", "the cold atom laboratory, or CAL"), 2 wrong
// ("left in a SACK", "12.5 PSI": a common word or unit the cluster also
// spells out). ROUGE of the Fill summaries is untouched: they are not
// truecased.
//
// Tried and not kept: three-letter words without the parentheses (a
// prototype on validation: 25 more words, 8 of them wrong by chance,
// "moon of saturn" for "mos", "large audience probably" for "lap"); a
// word before a capitalised one
// ("CATE Campbell") and a contraction's part ("WASN't") were raised
// before their guards (validation 2 wrong).
func (c *cluster) raiseInitialisms(sum *chorus.Summary) {
	tc := truecase.Default()
	memo := map[string]bool{}
	rewriteTexts(sum, func(s string) string {
		return recaseWords(s, func(i, j int) (string, bool) {
			w := s[i:j]
			if !acronymShaped(s, i, j) {
				return "", false
			}
			if j+2 < len(s) && s[j] == ' ' && 'A' <= s[j+1] && s[j+1] <= 'Z' && 'a' <= s[j+2] && s[j+2] <= 'z' {
				return "", false // a given name before its surname: "Cate Campbell"
			}
			ok, seen := memo[w]
			if !seen {
				ok = c.spellsOut(tc, w)
				memo[w] = ok
			}
			if !ok {
				return "", false
			}
			return strings.ToUpper(w), true
		})
	})
}

// standsAlone reports whether the word s[i:j] opens no text and stands
// as a word of its own: no address ("tmha.org", "@tmha"), no hyphened
// word, no letter beyond ASCII beside it.
func standsAlone(s string, i, j int) bool {
	return !wordOpensText(s, i) && noAddress(s, i, j)
}

// noAddress reports whether the word s[i:j] stands as a word of its own:
// no address, no hyphened word, no letter beyond ASCII beside it.
func noAddress(s string, i, j int) bool {
	if i > 0 && (s[i-1] >= 0x80 || strings.IndexByte("@#/.\\_*=-", s[i-1]) >= 0) {
		return false
	}
	return !(j < len(s) && (s[j] >= 0x80 || strings.IndexByte("@/\\_*=-", s[j]) >= 0 || s[j] == '.' && j+1 < len(s) && isAlnumASCII(s[j+1])))
}

// initialismFunction are the words a spelled-out name's initials may
// leave out ("Department of Justice": "doj" or "dj").
var initialismFunction = lex.Set("of", "and", "for", "the", "on", "in", "at", "to")

// spellsOut reports whether the cluster spells out w, a lower-case word
// the model does not know as a common one, as raiseInitialisms requires.
func (c *cluster) spellsOut(tc *truecase.Model, w string) bool {
	if tc.MostlyLower(w) {
		return false
	}
	if len(w) == 3 && !c.writesInParens(w) {
		return false
	}
	if c.writesWord(w+"s") || strings.HasSuffix(w, "s") && c.writesWord(w[:len(w)-1]) {
		return false // "straw" and "straws": a common noun
	}
	_, cores := c.candCores()
	for _, cs := range cores {
		for k := range cs {
			if cs[k].w == "" || cs[k].w[0] != w[0] {
				continue
			}
			if initialsAt(cs, k, w, false) || initialsAt(cs, k, w, true) {
				return true
			}
		}
	}
	return false
}

// initialsAt reports whether the words of cs from k on spell w by their
// initials, the function words of initialismFunction left out when skip
// is set (raiseInitialisms).
func initialsAt(cs []core, k int, w string, skip bool) bool {
	if lex.IsStopword(cs[k].w) {
		return false
	}
	n := 0
	for j := k; j < len(cs) && j < k+2*len(w)+2; j++ {
		x := cs[j]
		if x.w == "" || x.w == w || !isAlnumASCII(x.w[0]) {
			return false
		}
		fn := initialismFunction[x.w]
		if lex.IsStopword(x.w) && !fn {
			return false
		}
		if !(skip && fn) {
			for _, b := range initialLetters(x.w) {
				if n >= len(w) || w[n] != b {
					return false
				}
				n++
			}
		}
		if n == len(w) {
			return !lex.IsStopword(x.w)
		}
		if x.punct && !strings.Contains(x.w, ".") {
			return false // "u.s." is trimmed to "u.s", no punctuation after it
		}
	}
	return false
}

// initialLetters returns the letters a word gives an initialism: its
// first, or each of a dotted one's ("u.s." gives "us").
func initialLetters(w string) []byte {
	if !strings.Contains(w, ".") {
		return []byte{w[0]}
	}
	var out []byte
	for p := range strings.SplitSeq(w, ".") {
		if p != "" {
			out = append(out, p[0])
		}
	}
	return out
}

// writesInParens reports whether a candidate of the cluster writes w in
// parentheses: "( tmh )" or "(tmh)".
func (c *cluster) writesInParens(w string) bool {
	spaced, tight := "( "+w+" )", "("+w+")"
	for i := range c.cands {
		t := c.cands[i].text
		if strings.Contains(t, spaced) || strings.Contains(t, tight) {
			return true
		}
	}
	return false
}

// acronymShaped reports whether s[i:j] may be an acronym written in lower
// case: 3 to 6 ASCII letters, no stopword, a word of its own and not the
// head of a contraction ("wasn't").
func acronymShaped(s string, i, j int) bool {
	w := s[i:j]
	if len(w) < 3 || len(w) > 6 || !lowerLettersASCII(w) || lex.IsStopword(w) || !standsAlone(s, i, j) {
		return false
	}
	return j+1 >= len(s) || s[j] != '\'' || s[j+1] == 's' || !isAlnumASCII(s[j+1])
}
