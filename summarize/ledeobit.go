package summarize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file is a move of the ordering stage. An obituary's summary can
// open on a tribute or a line of biography ("Ilse Varga was a pilot best
// known for the first crossing of the strait.", "Tomas Rell was one of a
// kind.") while the news, that the person died ("Varga, the first pilot
// to cross the strait, has died at the age of 91."), stands second or
// later. An editor opens with the death. When the opening is such a
// sentence — a name of at most four words, "was" or "is", and an article
// or a word of praise, with no word of death — and a later chosen
// sentence says that someone of that name died (not "<name>'s son",
// not a death of years ago opening "In <year>,", not "had died"), that
// sentence moves to the front; every other sentence keeps its order. It
// runs on the chosen summary after ordering: nothing is chosen again.

// obitOpening matches a biography's opening: the name, "was"/"is", and an
// article or a word of praise.
var obitOpening = regexp.MustCompile(`(?i)^([\w.'-]+(?: [\w.'-]+){0,3}),? (?:was|is) (?:a|an|the|one|perhaps|best|widely|among|known)\b`)

// obitDeath matches a sentence's report of a death.
var obitDeath = regexp.MustCompile(`(?i)\b(?:has|have) (?:died|passed away)\b|\bdied\b|\bpassed away\b|\bwas found dead\b`)

// obitDeathWords in an opening tell the death already.
var obitDeathWords = regexp.MustCompile(`(?i)\b(?:died|dies|dead|death|deaths|passed away|killed|funeral|obituary)\b`)

// obitOld opens a sentence of an earlier death or a past background.
var obitOld = regexp.MustCompile(`(?i)^in (?:\d{4}|the \d{4}s|\w+ \d{4})\b|\bhad died\b|\bago\b`)

// obitTitles are words of a name that are a title, not the person's own.
var obitTitles = lex.Set("lord", "lady", "sir", "dame", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sen.", "rep.",
	"gen.", "the", "former", "late")

// openWithDeath moves, in a reader's summary ordered for reading, the
// first later sentence that reports the death of the person an opening
// biography names to the front. See the file comment.
func (c *cluster) openWithDeath(picked []int) {
	if !c.reader || c.seen != nil || c.q != nil || len(picked) < 2 {
		return
	}
	first := c.cands[c.facts[picked[0]].rep].text
	if !obitOpeningMay(first) {
		return
	}
	m := obitOpening.FindStringSubmatch(first)
	if m == nil || obitDeathWords.MatchString(first) {
		return
	}
	var names []string
	for _, w := range lex.SpaceFieldsShared(lex.LowerASCII(m[1])) {
		if len(w) >= 3 && !obitTitles[w] {
			names = append(names, w)
		}
	}
	if len(names) == 0 {
		return
	}
	full := ""
	if len(names) > 1 {
		full = strings.Join(names, " ")
		names = names[len(names)-1:] // the surname, not a given name alone
	}
	for j := 1; j < len(picked); j++ {
		s := c.cands[c.facts[picked[j]].rep].text
		if !obitDeath.MatchString(s) || obitOld.MatchString(s) || lex.ContainsAny(s, "\"“”") {
			continue
		}
		if lower := lex.LowerASCII(s); namesDead(lower, names) || full != "" && namedIn(lower, full, true) {
			c.leadWith(picked, j)
		}
		return // the first report of a death decides
	}
}

// obitOpeningMay reports whether obitOpening may match s: one of its
// second to fifth words, as single spaces part them, is "was" or "is"
// (any case, as (?i) folds) with a space after it.
func obitOpeningMay(s string) bool {
	rest := s
	for range 4 {
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			return false
		}
		if w := rest[:j]; strings.EqualFold(w, "was") || strings.EqualFold(w, "is") {
			return true
		}
	}
	return false
}

// namesDead reports whether lower, a sentence in lower case, names one of
// names as a person on their own: not as a possessive ("varga's son").
func namesDead(lower string, names []string) bool {
	return slices.ContainsFunc(names, func(n string) bool { return namedIn(lower, n, false) })
}

// namedIn reports whether lower holds name (both lower case) as whole
// words, and, unless possessive is set, not as a possessive.
func namedIn(lower, name string, possessive bool) bool {
	for from := 0; ; {
		i := strings.Index(lower[from:], name)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(name)
		from = end
		if i > 0 && isASCIILetter(lower[i-1]) || end < len(lower) && isASCIILetter(lower[end]) {
			continue
		}
		if !possessive && (strings.HasPrefix(lower[end:], "'s") || strings.HasPrefix(lower[end:], "’s") || strings.HasPrefix(lower[end:], " 's")) {
			continue
		}
		return true
	}
}
