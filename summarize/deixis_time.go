package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage, after selection: it cuts the
// relative time of a page ("today", "this morning", "tonight") from a
// sentence that reads the same without it. A summary of several sources
// leaves its reader no day for "today": "The board announced today that
// ..." reads "The board announced that ...", "..., the mayor said this
// morning." reads "..., the mayor said.". Only the plain adverb goes, in
// three places where it adds nothing but the page's day: after a verb in
// the past ("said today", "published today in"), before one ("the union
// today filed ..."), or last in the sentence after a word that is no
// preposition, determiner or form of "be" ("... in Orvale today." but not
// "until today.", "the vote is today."). An opening "Today," goes before
// a verb in the past ("Today, the union filed ...": cutRelativeOpening),
// not before the present (often "nowadays"). "Today's", "now", a quote's
// words and a capitalised "Today" inside a sentence (a programme, a
// paper) keep their words.

// relTimePhrases are the relative times cut, longest first (lower case).
var relTimePhrases = [][]string{
	{"earlier", "this", "morning"}, {"early", "this", "morning"}, {"earlier", "this", "afternoon"},
	{"earlier", "this", "evening"}, {"late", "this", "afternoon"},
	{"earlier", "today"}, {"early", "today"}, {"late", "today"}, {"late", "tonight"},
	{"this", "morning"}, {"this", "afternoon"}, {"this", "evening"},
	{"today"}, {"tonight"},
}

// relTimeIrregular are past forms without "-ed" that a relative time
// follows or precedes: "said today", "today told".
var relTimeIrregular = lex.Set("said", "made", "gave", "took", "met", "sent", "came", "went",
	"began", "found", "brought", "held", "won", "lost", "struck", "spoke", "wrote", "rose", "fell", "saw",
	"sold", "paid", "led", "ran", "broke", "chose", "drove", "flew", "threw", "sought", "taught", "bought",
	"fought", "caught", "got", "kept", "laid", "shot", "stood", "swore", "upheld", "withdrew", "became")

// relTimeReports are verbs of telling that a relative time may follow at
// the end of a clause: "..., officials said today.".
var relTimeReports = lex.Set("said", "says", "announced", "announces", "confirmed", "confirms", "reported",
	"reports", "revealed", "disclosed", "discloses", "added", "wrote", "stated", "explained", "noted", "warned",
	"claimed", "denied", "ruled", "testified", "admitted", "insisted", "declared", "emerged", "decided")

// relTimeAux before a verb in the past make it one, not a participle
// after a noun: "was unveiled today." but not "research published today."
var relTimeAux = lex.Set("was", "were", "been", "be", "is", "are", "has", "have", "had", "being", "it's")

// relTimeAfter may follow a verb in the past and its relative time: "announced
// today that", "published today in", "announced today a ...". A verb
// ("released today reveals") may not: the verb before was a participle.
var relTimeAfter = lex.Set("that", "in", "at", "on", "by", "to", "for", "with", "from", "during", "after",
	"before", "against", "into", "a", "an", "the", "his", "her", "its", "their", "plans", "(")

// relTimeNotPast end in "-ed" but are no verb in the past.
var relTimeNotPast = lex.Set("hundred", "united", "indeed", "red", "bed", "wed", "shed", "sacred", "naked", "wicked",
	"wretched", "kindred", "ragged", "rugged", "beloved", "aged", "learned", "alleged", "supposed", "so-called")

// relTimeHolders before a relative time that ends the sentence make it
// part of what the sentence says: "until today.", "the vote is today.",
// "as of tonight.", "usa today.", "physics today." (a paper's name).
var relTimeHolders = lex.Set("until", "till", "since", "of", "for", "from", "to", "at", "on", "in", "by",
	"than", "as", "with", "about", "before", "after", "the", "a", "an", "and", "or", "but", "even", "is",
	"are", "was", "were", "be", "been", "being", "usa", "that", "like", "unlike", "than", "not", "only",
	"just", "still", "again", "physics", "psychology", "russia", "later", "earlier", "early", "late", "midnight", "if")

// relTimePast reports whether w (lower case, no punctuation) is a verb in
// the past, as far as its ending tells ("told" is not: "told Today" names
// a programme), or a verb of telling in the present ("discloses").
func relTimePast(w string) bool {
	if relTimeIrregular[w] || relTimeReports[w] {
		return true
	}
	return !strings.Contains(w, "-") && len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !relTimeNotPast[w]
}

// relTimeCore returns a word without its trailing punctuation, and the
// punctuation.
func relTimeCore(f string) (string, string) {
	core := strings.TrimRight(f, ".,;:!?")
	return core, f[len(core):]
}

// relTimeLetters reports whether w is all ASCII letters and hyphens.
func relTimeLetters(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-') {
			return false
		}
	}
	return w != ""
}

// cutRelativeTime returns s without the relative times that only the
// page's day gave a sense to (this file's comment), and whether it cut
// one. s is unchanged when its quotation marks do not pair.
func cutRelativeTime(s string) (string, bool) {
	low := lex.Lower(s)
	if !strings.Contains(low, "today") && !strings.Contains(low, "tonight") && !strings.Contains(low, "this ") || !pairedQuotes(s) {
		return s, false
	}
	fields := lex.SpaceFieldsShared(s)
	quoted := quotedFields(fields)
	out := make([]string, 0, len(fields))
	changed := false
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		if n := relTimeMatch(fields, i); n > 0 && !quoted[i] && i > 0 && relTimeCuts(fields, i, n) {
			_, punct := relTimeCore(fields[i+n-1])
			out[len(out)-1] += punct // "said today." -> "said.", "said today, adding" -> "said, adding"
			i += n - 1               // the phrase holds no quotation mark (relTimeMatch)
			changed = true
			continue
		}
		out = append(out, f)
	}
	if !changed {
		return s, false
	}
	return strings.Join(out, " "), true
}

// relTimeMatch returns how many words of fields from i make a relative
// time (relTimePhrases), or 0: each a plain word, only the last followed
// by punctuation, and a capitalised "Today" or "Tonight" (a programme's
// or a paper's name) none.
func relTimeMatch(fields []string, i int) int {
	for _, p := range relTimePhrases {
		if i+len(p) > len(fields) {
			continue
		}
		ok := true
		for k, w := range p {
			core, punct := relTimeCore(fields[i+k])
			if lex.Lower(core) != w || k < len(p)-1 && punct != "" || !relTimeLetters(core) {
				ok = false
				break
			}
			if k == 0 && core != lex.Lower(core) {
				ok = false // "USA Today", "the Today show", "Tonight Show"
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// relTimeCuts reports whether the relative time of n words at fields[i]
// (i > 0) reads the same without it: after a verb in the past, before one,
// or last in the sentence after a word that does not hold it
// (relTimeHolders).
func relTimeCuts(fields []string, i, n int) bool {
	prev, prevPunct := relTimeCore(fields[i-1])
	if prevPunct != "" || !relTimeLetters(prev) {
		return false // "..., today" or a quote's mark: another clause
	}
	prev = lex.Lower(prev)
	_, punct := relTimeCore(fields[i+n-1])
	if punct != "" && punct != "," && punct != "." && punct != ";" {
		return false
	}
	for _, f := range fields[max(0, i-relTimeReach):i] {
		if w := lex.Lower(strings.Trim(f, ",;:\"“”(")); w == "if" || w == "than" || w == "whether" {
			return false // "if the vote were held today", "than those sentenced today": a time that counts
		}
	}
	prev2 := ""
	if i >= 2 {
		prev2 = lex.Lower(fields[i-2])
	}
	if punct == "" && i+n < len(fields) {
		next, _ := relTimeCore(fields[i+n])
		next = lex.Lower(next)
		if relTimePast(prev) && (relTimeAfter[next] || strings.HasPrefix(next, "(")) {
			return true // "announced today that", "published today in"
		}
		if relTimeTold(next) && relTimeLetters(next) && !relTimeHolders[prev] {
			return true // "the union today filed"
		}
		return false
	}
	if relTimePast(prev) {
		return relTimeReports[prev] || relTimeAux[prev2] // "..., officials said this morning.", "was unveiled today,"
	}
	last := lex.Lower(fields[i+n-1])
	if punct == "." && i+n == len(fields) && !strings.HasPrefix(last, "tonight") {
		// "... in Orvale today." in a sentence that tells of the past; not
		// "... in the country today." of the present ("nowadays"), nor
		// "<host> tonight", a programme's name.
		return !relTimeHolders[prev] && relTimeTellsPast(fields[:i])
	}
	return false
}

// relTimeTold reports whether w is a verb in the past (relTimePast), not
// in the present ("reports", "confirms").
func relTimeTold(w string) bool {
	return relTimePast(w) && (!relTimeReports[w] || strings.HasSuffix(w, "d"))
}

// relTimeReach is how many words before a relative time relTimeCuts reads
// for an "if" or a "than".
const relTimeReach = 12

// relTimeTellsPast reports whether fields hold a verb in the past that
// no "is", "are" or "be" precedes ("are disillusioned" is a state).
func relTimeTellsPast(fields []string) bool {
	for k, f := range fields {
		w := lex.Lower(strings.Trim(f, ",;:.\"“”()"))
		if !relTimeTold(w) {
			continue
		}
		if k > 0 {
			switch lex.Lower(fields[k-1]) {
			case "is", "are", "am", "be", "being", "remain", "remains", "seem", "seems":
				continue
			}
		}
		return true
	}
	return false
}

// relTimeOpeners open a sentence with a relative time and a comma:
// "Today, ...", "This morning, ...".
var relTimeOpeners = []string{"today, ", "this morning, ", "this afternoon, ", "this evening, ", "tonight, ",
	"earlier today, "}

// relTimeOpenReach is the most words of the subject between an opening
// relative time and its verb in the past.
const relTimeOpenReach = 6

// cutRelativeOpening returns s without an opening relative time and its
// comma when a verb in the past follows within relTimeOpenReach words of
// no punctuation: "Today, the Velmora council voted to ..." reads "The
// Velmora council voted to ...". A sentence in the present ("Today,
// nearly all boats are made of steel": nowadays) keeps it.
func cutRelativeOpening(s string) (string, bool) {
	low := lex.Lower(s)
	var rest string
	for _, o := range relTimeOpeners {
		if strings.HasPrefix(low, o) {
			rest = s[len(o):]
			break
		}
	}
	if rest == "" {
		return s, false
	}
	fields := lex.SpaceFieldsShared(rest)
	for k := 0; k < len(fields) && k <= relTimeOpenReach; k++ {
		w := lex.Lower(fields[k])
		if !relTimeLetters(strings.ReplaceAll(strings.ReplaceAll(w, "'", ""), ".", "")) {
			return s, false // "Today, <name>, 37, ...": a clause between
		}
		if relTimeAux[w] || w == "will" || w == "would" || w == "can" {
			return s, false // "Today, the mill is ...", "..., the board will ..."
		}
		if k > 0 && relTimeTold(w) {
			return capitalizeFirst(rest), true
		}
	}
	return s, false
}

// cutRelativeTimes cuts, in each sentence of a reader's summary, the
// relative times that only the page's day gave a sense to
// (cutRelativeTime).
func cutRelativeTimes(sum *chorus.Summary) {
	cutEach(sum, cutRelativeTime)
	cutEach(sum, cutRelativeOpening)
}
