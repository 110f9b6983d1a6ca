package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after the other
// case rules. A lower-cased cluster writes initials and dotted
// abbreviations in lower case ("j.k. rowling", "the u.k. government",
// "the f.b.i. said"), and the splitter's opening capital leaves them half
// raised ("C.b. Embry"): cased text writes them in capitals. raiseDotted
// writes each run of two or more single letters with stops in capitals
// ("J.K.", "U.K.", "F.B.I.", "D.C"; a party before a state too: "(r-s.c.)"
// reads "(R-S.C.)"), but the few cased text writes in lower case ("a.m.",
// "p.m.", "e.g.", "i.e.", "a.k.a.", "cf."). Then it raises a person's
// surname after two initials ("t.j. lane" → "T.J. Lane"): a lower-case
// word after a pair of initials that are no place's or thing's ("u.k.
// mom", "b.c. man", "t.v. show", "p.r. reps" are left), unless it is a
// stopword ("c.k. and"), a surname's particle ("j.j. van dijk"), a verb
// of saying ("c.k. writes"), a word the truecase model knows as a common
// one ("c.k. took", "c.j. would"), or one it does not know written with
// a capital that ends like a verb or a plural ("c.k. performed", "t.i.
// divulged", "b.b. guns"): "t.j. lane", "l.l. bean", "a.j. hawk" are
// raised, as cased text writes those mostly in lower case but not ten
// times as often. A run in an address or glued to a longer word
// ("ph.d.", "www.a.b") is left.
//
// Measured against 8bad6d4: validation 101 of 5,599 summaries changed,
// every one of the 124 words changed read: 122 right ("the U.K.
// government", "the F.B.I.", "George H.W. Bush", "J.K. Rowling", "C.B.
// Embry", "T.J. Lane", "R.J. Hottovy", "(R-S.C.)", "200 A.D."), 1 the same
// ("V.M.A.S", the awards the cluster dots), 1 wrong ("s.d.: 3.52", a
// standard deviation, read "S.D.:"); 100 summaries better, 1 worse.
// Train 1-38,000: 680 of 37,862 summaries changed (831 words), 40 drawn
// and read (50 words): 49 right ("J.T. Barrett", "A.Q. Khan", "the
// C.I.A. director", "L.L. Bean", "S.J. Brooks", "360 B.C."), 1 the same
// ("B.B. guns", which cased text writes "BB"); 39 better, 1 the same.
// All 29 surnames raised after initials there read: 28 right ("J.J.
// Watt", "T.F. Green airport", "E.B. White"), 1 half ("J.J. Watts '").
// In 2 summaries shortenRepeatedNames, which runs after, now reads the
// raised name as a name: "George H.W. Bush ... legacy of H.W. Bush",
// "Louis C.K. ... parting ways with C.K.", both fine to read. ROUGE of
// the Fill summaries is untouched: they are not truecased.
//
// Tried and not kept: the surname guard of MostlyLower words with a
// verb's or a plural's ending alone raised "T.I. Divulged", "C.K. Took",
// "C.J. Would", "the H.R. Department", "I.M. Healthy" (8 of 37 surnames
// on train wrong or half); tc.Common, the ending test for unknown words
// and "hr" among dottedThings keep them, at the cost of "J.D. power"
// (2) left lower.
//
// Left: a surname after initials that name a state too ("k.s. narendran":
// "ks" is Kansas's), "the S.S. eastland" (a ship's name after "ss").

// dottedLower are the dotted abbreviations cased text writes in lower
// case, by their letters.
var dottedLower = lex.Set("am", "pm", "eg", "ie", "aka", "cf", "ea", "ca")

// dottedThings are the two-letter dotted abbreviations that name places
// and things, not people: the word after them is no surname ("the u.k.
// government", "a t.v. show").
var dottedThings = lex.Set(
	"us", "uk", "un", "eu", "bc", "dc", "la", "ny", "nj", "tv", "pr", "sf", "ac", "av", "pa",
	"ba", "ma", "md", "ms", "ps", "ok", "et", "gm", "ss", "hs", "ad", "id", "bs", "pc", "pd",
	"po", "ge", "gi", "iq", "sc", "nc", "nh", "ri", "rn", "vp", "bo", "nb", "nd", "ne", "nm",
	"np", "ns", "nw", "sd", "sw", "hr", "se", "st", "dj", "mc", "ip", "uc", "tb", "hq", "gp", "wv",
	"va", "fl", "ga", "mo", "co", "ct", "vt", "wa", "mi", "mn", "wi", "az", "ak", "hi", "ia",
	"il", "in", "ks", "ky", "me", "mt", "nv", "oh", "or", "tn", "tx", "ut", "wy", "de", "al",
	"ar", "qc", "on", "ab", "sk", "mb", "pe", "nl", "yt", "nt", "bb", "rv", "cd", "ep", "lp",
	"op", "ot", "er",
)

// surnameParticles open surnames in lower case ("j.j. van dijk"): the
// word after the particle is the one to raise, and this rule leaves both.
var surnameParticles = lex.Set("van", "von", "de", "da", "del", "der", "den", "du", "la", "le", "al", "el", "bin", "ibn", "di", "dos", "das", "ter", "ten")

// raiseDotted writes the dotted initials and abbreviations in the
// sentences, voice statements and claims of sum in capitals, and the
// surname after a person's initials with a capital.
func raiseDotted(sum *chorus.Summary) {
	rewriteTexts(sum, raiseDottedIn)
}

// raiseDottedIn is raiseDotted for one text.
func raiseDottedIn(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	var b []byte
	tc := truecase.Default()
	for i := 0; i < len(s); i++ {
		j, letters := dottedRun(s, i)
		if j < 0 {
			continue
		}
		if lower := strings.ToLower(letters); !dottedLower[lower] && letters != strings.ToUpper(letters) {
			if b == nil {
				b = []byte(s)
			}
			for k := i; k < j; k++ {
				if 'a' <= b[k] && b[k] <= 'z' {
					b[k] -= 'a' - 'A'
				}
			}
			if i >= 3 && s[i-1] == '-' && s[i-3] == '(' && strings.IndexByte("rdi", s[i-2]) >= 0 {
				b[i-2] -= 'a' - 'A' // a party and a state: "(r-s.c.)" → "(R-S.C.)"
			}
		}
		if k := surnameAfterInitials(tc, s, letters, j); k >= 0 {
			if b == nil {
				b = []byte(s)
			}
			b[k] -= 'a' - 'A'
		}
		i = j
	}
	if b == nil {
		return s
	}
	return string(b)
}

// dottedRun returns the end of the run of single letters with stops that
// opens at s[i] ("j.k." in "j.k. rowling", "d.c" in "washington, d.c")
// and its letters, or -1 when none opens there: two letters at least, the
// last stop only may be left out, and no letter, digit or address mark
// on either side.
func dottedRun(s string, i int) (int, string) {
	if !isASCIILetter(s[i]) || i > 0 && (isAlnumASCII(s[i-1]) || s[i-1] >= 0x80 || strings.IndexByte(".@#/\\_&'", s[i-1]) >= 0) {
		return -1, ""
	}
	var letters []byte
	j := i
	for j < len(s) && isASCIILetter(s[j]) && (j+1 == len(s) || !isAlnumASCII(s[j+1])) {
		letters = append(letters, s[j])
		j++
		if j < len(s) && s[j] == '.' {
			j++
			continue
		}
		break
	}
	if len(letters) < 2 || j < len(s) && (isAlnumASCII(s[j]) || s[j] >= 0x80 || strings.IndexByte("@/\\_", s[j]) >= 0) {
		return -1, ""
	}
	if s[j-1] != '.' && s[j-2] != '.' {
		return -1, ""
	}
	return j, string(letters)
}

// surnameAfterInitials returns the index of the first letter of the
// lower-case word that follows a person's two initials ending at s[j]
// ("t.j. lane"), or -1.
func surnameAfterInitials(tc *truecase.Model, s, letters string, j int) int {
	if len(letters) != 2 || s[j-1] != '.' || dottedThings[strings.ToLower(letters)] || dottedLower[strings.ToLower(letters)] || !strings.HasPrefix(s[j:], " ") {
		return -1
	}
	k := j + 1
	e := k
	for e < len(s) && ('a' <= s[e] && s[e] <= 'z') {
		e++
	}
	if e-k < 2 || e < len(s) && (isAlnumASCII(s[e]) || s[e] >= 0x80 || strings.IndexByte("-@/_", s[e]) >= 0) {
		return -1
	}
	w := s[k:e]
	if lex.IsStopword(w) || lex.IsAttributionVerb(w) || surnameParticles[w] {
		return -1
	}
	if tc.Common(w) {
		return -1 // "c.k. took", "c.j. would"
	}
	if _, capital := tc.Known(w); !capital && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing")) {
		return -1 // "c.k. performed", "t.i. divulged", "b.b. guns"
	}
	return k
}
