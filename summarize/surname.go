package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file finds people named by surname alone. A sentence whose first
// mention of a person is a bare surname ("Osei told reporters ...", "Mr.
// Osei said ...") where the cluster's sources give that person a fuller
// name ("Hana Osei") leans on a sentence that introduces them: selection
// takes it once a chosen sentence names the person in full (or right after
// its own source predecessor), and ordering puts it after that sentence,
// as for a bare "the X" opening (selection.go, order.go).
//
// The rule reads cased text: a word counts as a name only where it is
// capitalised and never written lower-case in the cluster, so a
// lower-cased corpus (Multi-News) seldom sets it off.

// nameTok is one word of a sentence as the surname rule reads it.
type nameTok struct {
	core    string // the word without quotes, punctuation or possessive
	capital bool   // capitalised with a lower-case letter after: "Osei", "O'Neil"
	initial bool   // a single capital and a period: "W."
	brk     bool   // punctuation after it ends a name: "Osei," "Osei's"
}

// honorifics before a surname do not introduce the person: "Mr. Osei" is
// still a bare surname.
var honorifics = lex.Set("mr", "mrs", "ms", "miss", "messrs", "mme", "mlle")

// abbrevTitles are titles written with a period that does not end a name:
// "Gen. Augusto Pinochet", "Rep. Hana Osei".
var abbrevTitles = lex.Set("mr", "mrs", "ms", "messrs", "dr", "gen", "rep", "reps", "sen", "sens",
	"gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev", "st", "pres", "sec",
	"atty", "supt", "insp", "det", "cpl", "pvt", "fr", "hon", "jr", "sr", "mt", "ft")

// placeWords open a place's name, not a person's: "Kong" of "Hong Kong"
// and "Korea" of "North Korea" are no surnames.
var placeWords = lex.Set("north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "central", "new", "san", "santa", "los", "las", "saint", "st", "fort", "port",
	"mount", "mt", "lake", "upper", "lower", "great", "greater", "united", "saudi", "sri",
	"hong", "costa", "puerto", "el", "la", "le", "de", "del", "da", "du", "van", "von", "al",
	"buenos", "rio", "sao", "cape", "gulf", "bay", "royal", "national", "american", "british",
	"nova", "wall", "white", "red", "good", "holy", "old")

// notSurnames end the names of days, institutions, places and peoples, not
// of persons: "Friday" of "Good Friday", "Authority" of "Palestinian
// Authority", "Strip" of "Gaza Strip".
var notSurnames = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "christmas", "easter", "sabbath", "ramadan",
	"authority", "department", "ministry", "university", "college", "school", "institute",
	"center", "centre", "hospital", "agency", "office", "bureau", "commission", "committee",
	"council", "court", "congress", "senate", "assembly", "parliament", "party", "union",
	"league", "association", "foundation", "fund", "bank", "group", "company", "co", "corp",
	"inc", "ltd", "plc", "airlines", "airways", "air", "press", "post", "times", "news",
	"journal", "herald", "tribune", "telegraph", "mail", "radio", "television", "tv",
	"network", "channel", "magazine", "street", "avenue", "road", "square", "bridge",
	"airport", "station", "church", "cathedral", "mosque", "temple", "strip", "river", "sea",
	"ocean", "lake", "island", "islands", "mountains", "valley", "coast", "bay", "province",
	"state", "states", "county", "city", "republic", "kingdom", "army", "navy", "force",
	"forces", "guard", "police", "jews", "muslims", "christians", "arabs", "house",
	"prize", "award", "awards", "cup", "games", "olympics", "war", "act", "bill", "treaty",
	"accord", "accords", "plan", "service", "services", "system", "project", "program",
	"programme", "festival", "museum", "library", "club", "team", "fc", "stadium", "hotel",
	"center", "mall", "market", "exchange", "index", "reserve", "administration", "cabinet",
	// Adverbs the stemmer's stopword list lacks ("<given> also said").
	"also", "already", "never", "often", "ever", "instead", "however", "yet", "too", "again",
	"only", "even", "just", "then", "now")

// nameToks splits s into words for the surname rule.
func nameToks(s string) []nameTok {
	// The fields of strings.Fields, read in place; a tab or line break
	// between two may outgrow the guess of one per space.
	out := make([]nameTok, 0, strings.Count(s, " ")+1)
	for f := range lex.FieldsSeq(s) {
		lead := lex.TrimLeftPunct(f, "\"“‘'`([")
		if lead != f && len(out) > 0 {
			out[len(out)-1].brk = true // an opening quote or bracket starts anew
		}
		core := lex.TrimRightPunct(lead, ",.;:!?\"”’'`)]")
		tail := lead[len(core):]
		possessive := false
		for _, p := range []string{"'s", "’s", "'", "’"} {
			if c, ok := strings.CutSuffix(core, p); ok && c != "" {
				core, possessive = c, true
				break
			}
		}
		t := nameTok{core: core}
		low := lex.Lower(core)
		r, n := utf8.DecodeRuneInString(core)
		switch {
		case n == len(core) && unicode.IsUpper(r) && strings.HasPrefix(tail, "."):
			t.initial = true
		case unicode.IsUpper(r) && nameShaped(core):
			t.capital = true
		}
		t.brk = possessive || tail != "" && !(tail == "." && (t.initial || abbrevTitles[low]))
		out = append(out, t)
	}
	return out
}

// nameShaped reports whether w has the letters of a name: letters, with
// hyphens or apostrophes inside, and at least one lower-case letter (not
// an acronym or a word in capitals such as a dateline).
func nameShaped(w string) bool {
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsLetter(r), r == '-', r == '\'', r == '’':
		default:
			return false
		}
	}
	return lower
}

// nameIndex holds what the surname rule knows of a cluster: the words its
// sources write lower-case (common words, never names) and the surnames
// they give a fuller name to.
type nameIndex struct {
	lower    map[string]bool
	surnames map[string]bool
	// asked holds the words lower was filled for (the cluster's
	// capitalised words, lower-cased); a word outside it is looked up in
	// c's sentences when asked about. nil: lower holds every word.
	asked map[string]bool
	c     *cluster
}

// roleWords before a name show that it is a person's: "minister Hana
// Osei", "President Osei".
var roleWords = lex.Set("president", "minister", "premier", "senator", "governor", "mayor",
	"judge", "justice", "pope", "king", "queen", "prince", "princess", "chairman", "chairwoman",
	"spokesman", "spokeswoman", "spokesperson", "secretary", "director", "professor", "general",
	"coach", "chancellor", "ambassador", "cardinal", "archbishop", "bishop", "father", "sheikh",
	"commissioner", "attorney", "lawyer", "prosecutor", "leader", "chief", "captain", "officer",
	"detective", "sheriff", "actor", "actress", "singer", "author", "writer", "economist",
	"analyst", "scientist", "researcher", "dean", "representative", "congressman",
	"congresswoman", "lawmaker", "candidate", "executive", "manager", "founder", "owner",
	"doctor", "teacher", "player", "striker", "pitcher", "dr", "sir", "lady", "dame")

// personContext reports whether the name ending at toks[j] is a person's
// there: a verb of saying or an age after it ("Osei said", "Osei, 45,"),
// or before the name a verb of saying ("said Hana Osei"), a title or a
// role ("Rep. Hana Osei", "minister Osei").
func personContext(toks []nameTok, j int) bool {
	if j+1 < len(toks) {
		w := lex.Lower(toks[j+1].core)
		if lex.IsAttributionVerb(w) || w != "" && len(w) <= 3 && strings.Trim(w, "0123456789") == "" {
			return true
		}
	}
	for k := j - 1; k >= 0 && j-k <= 4; k-- {
		w := lex.Lower(toks[k].core)
		if abbrevTitles[w] || honorifics[w] || roleWords[w] || lex.IsAttributionVerb(w) {
			return true
		}
		if toks[k].brk || !toks[k].capital && !toks[k].initial {
			return false
		}
	}
	return false
}

// common reports whether t is a common word: a stopword, or written
// lower-case somewhere in the cluster.
func (x *nameIndex) common(t nameTok) bool {
	low := lex.Lower(t.core)
	if x.asked != nil && !x.asked[low] {
		x.asked[low] = true
		if x.c.lowerWordsOf(map[string]bool{low: true})[low] {
			x.lower[low] = true
		}
	}
	return x.lower[low] || lex.IsStopword(low)
}

// personMention is one mention of a known surname in a sentence.
type personMention struct {
	surname string
	full    bool // a word before it introduces the person: "Hana Osei", "Minister Osei"
}

// mentions returns the mentions of known surnames (x.surnames; every
// capitalised non-common word that ends a name when x.surnames is nil, with
// full set only for a first name or an initial before it) in s, in order.
func (x *nameIndex) mentions(s string) []personMention {
	return x.mentionsIn(nameToks(s))
}

// mentionsIn is mentions for a sentence split by nameToks.
func (x *nameIndex) mentionsIn(toks []nameTok) []personMention {
	var out []personMention
	for i, t := range toks {
		if !t.capital || x.common(t) {
			continue
		}
		if x.surnames != nil && !x.surnames[t.core] {
			continue
		}
		if i+1 < len(toks) && !t.brk && (toks[i+1].capital || toks[i+1].initial) {
			continue // not the last word of a name: "Osei Foundation"
		}
		m := personMention{surname: t.core}
		if i > 0 && !toks[i-1].brk {
			p := toks[i-1]
			low := lex.Lower(p.core)
			if x.surnames == nil {
				// Learning surnames: only a first name or an initial,
				// not a capitalised sentence opening ("Despite Osei's
				// offer"), before a word that may end a person's name.
				m.full = !notSurnames[lex.Lower(t.core)] && (p.initial ||
					p.capital && i-1 > 0 && !x.common(p) && !abbrevTitles[low] && !placeWords[low] && !notSurnames[low])
			} else {
				// Any title but an honorific introduces: "Minister Osei".
				m.full = p.initial || p.capital && !honorifics[low] && !(i-1 == 0 && x.common(p))
			}
		}
		out = append(out, m)
	}
	return out
}

// nameSpan returns how much of s the surname rule must read: all of it,
// or, when no word after the first holds a capital (nor any letter
// outside ASCII), only the first two words, the first one's neighbour: the
// rule reads only capitalised words and the words beside them, and
// lower-cased text (Multi-News) is mostly such sentences.
func nameSpan(s string) int {
	first := strings.IndexFunc(s, unicode.IsSpace)
	if first < 0 {
		return len(s)
	}
	for i := first; i < len(s); i++ {
		if b := s[i]; b >= 'A' && b <= 'Z' || b >= 0x80 {
			return len(s)
		}
	}
	// The end of the second word.
	i := first
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') {
		i++
	}
	for i < len(s) && !(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') {
		i++
	}
	return i
}

// lowerWords returns the words (punctuation trimmed) that some sentence of
// the cluster writes starting with a lower-case letter: common words, no
// names.
func (c *cluster) lowerWords() map[string]bool {
	return c.lowerWordsOf(nil)
}

// lowerWordsOf is lowerWords for the words in need only (all words when
// need is nil): the rule asks only about capitalised words.
func (c *cluster) lowerWordsOf(need map[string]bool) map[string]bool {
	lower := make(map[string]bool)
	if need != nil && len(need) == 0 {
		return lower
	}
	var shape *wordShape // need's, sparing most words the lookup
	if need != nil {
		shape = shapeOf(need)
	}
	for i := range c.cands {
		for f := range lex.FieldsSeq(c.cands[i].text) {
			if !plainLower(f) { // a plain word is trimmed already
				f = lex.TrimPunct(f, "\"“”‘’'`()[],.;:!?")
			}
			if need != nil && !(shape.may(f) && need[f]) {
				continue // an empty f is no lower-case word either
			}
			if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
				lower[f] = true
			}
		}
	}
	return lower
}

// capitalWords returns the lower-cased words that toks write capitalised:
// the words nameIndex.common asks lowerWords about.
func capitalWords(toks [][]nameTok) map[string]bool {
	out := make(map[string]bool)
	for _, ts := range toks {
		for _, t := range ts {
			if t.capital {
				out[lex.Lower(t.core)] = true
			}
		}
	}
	return out
}

// markSurnames sets each candidate's bare field: the surname of its first
// person mention when that mention is a bare surname the cluster gives in
// full elsewhere.
func (c *cluster) markSurnames() {
	toks := make([][]nameTok, len(c.cands))
	for i := range c.cands {
		toks[i] = nameToks(c.cands[i].text[:nameSpan(c.cands[i].text)])
	}
	asked := capitalWords(toks)
	x := &nameIndex{lower: c.lowerWordsOf(asked), asked: asked, c: c}
	found := make(map[string]bool)
	for i := range c.cands {
		for _, m := range x.mentionsIn(toks[i]) {
			if m.full {
				found[m.surname] = true
			}
		}
	}
	// Only a person's: somewhere the surname speaks, is spoken of by a
	// title or a role, or is given an age.
	person := make(map[string]bool)
	for i := range c.cands {
		for j, t := range toks[i] {
			if t.capital && found[t.core] && personContext(toks[i], j) {
				person[t.core] = true
			}
		}
	}
	for n := range found {
		if !person[n] {
			delete(found, n)
		}
	}
	if len(found) == 0 {
		return
	}
	x.surnames = found
	c.people = x
	for i := range c.cands {
		if ms := x.mentionsIn(toks[i]); len(ms) > 0 && !ms[0].full {
			c.cands[i].bare = ms[0].surname
		}
	}
}

// introduced returns the surnames s names in full.
func (c *cluster) introduced(s string) []string {
	if c.people == nil {
		return nil
	}
	var out []string
	for _, m := range c.people.mentions(s) {
		if m.full {
			out = append(out, m.surname)
		}
	}
	return out
}
