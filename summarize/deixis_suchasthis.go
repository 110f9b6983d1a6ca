package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// An example that points at the picture beside it: "Old ropes - such as
// this frayed hawser in the Tarnwick museum - are also the strongest,
// a study finds.", "The storm threw boulders like this one onto the
// pier.", "Eels, like this one held by keeper Anna Varga, have been
// found in the harbour.", "Parchments such as this ledger of a Tarnwick
// chandler hold clues to old trades." The reader of a summary sees no
// picture; cutSuchAsThis cuts the pointer and keeps the sentence:
// "Old ropes are also the strongest, a study finds.", "The storm threw
// boulders onto the pier.", "Eels have been found in the harbour.",
// "Parchments hold clues to old trades."
//
// It cuts "such as this/these ..." and "like this one"/"like these"
// after a plural noun or set off by commas or dashes: an aside to its
// closing mark, a closing "such as this one in <place>." to the full
// stop, a "like this one" before a preposition or a verb alone, and an
// unmarked "such as this <noun phrase>" up to a plural verb within six
// words. A sentence with a quote mark before the pointer, "something
// like this", "a night just like this one", "like this:", "like this
// past one" and "like these" before a verb ("Cases like these could
// spread ...") point at the story, not a picture, and stay.
//
// Measured against a206e76: validation 1 changed, 1 better (a caption's
// "such as this <parchment>" gone from an opening subject); train
// 1-38,000 6 changed, 4 better (an aside of a picture's tree, boulders
// and centres "like this one", burial sites "such as this one in
// <town>"), 0 worse, 2 the same ("privacy violations like this one."
// closing a sentence and "reader polls like this one", which point at
// the story's own case and the page's poll; the sentence reads as well
// without). Fill ROUGE is unchanged (cutEach runs for a reader's summary
// only).

// suchAsThisPointers are the pointers cutSuchAsThis looks for, lower
// case, each with its leading space.
var suchAsThisPointers = []string{" such as this one", " such as these", " such as this", " like this one", " like these"}

// suchAsThisParticiples tell that the words after the pointer describe
// the picture: "like this one held by ...", "like these seen in ...".
var suchAsThisParticiples = lex.Set("seen", "held", "pictured", "shown", "photographed", "taken", "found",
	"spotted", "displayed", "served", "captured", "on", "from")

// suchAsThisFollowers may follow a bare "like this one": the sentence
// goes on without it ("boulders like this one onto the pier").
var suchAsThisFollowers = lex.Set("into", "onto", "in", "to", "at", "on", "from", "for", "across", "along",
	"around", "are", "were", "have", "can", "could", "may", "might", "will", "would", "still", "often")

// suchAsThisVerbs end an unmarked "such as this <noun phrase>": the
// plural verb the sentence's subject takes.
var suchAsThisVerbs = lex.Set("are", "were", "have", "hold", "holds", "show", "contain", "reveal", "can", "could",
	"may", "might", "will", "would", "remain", "carry", "offer", "tell", "help", "suggest")

// suchAsThisTimes tell a closing "in ..." that dates rather than places.
var suchAsThisTimes = lex.Set("recent", "last", "past", "this", "next", "years", "months", "weeks", "days",
	"year", "month", "week", "decades", "time", "times")

// suchAsThisNotPlural end in "s" but are no plural noun before a pointer.
var suchAsThisNotPlural = lex.Set("times", "is", "was", "has", "does", "this", "his", "its", "us", "as", "yes",
	"less", "unless", "always", "perhaps", "news", "series", "ones", "across", "thus")

// cutSuchAsThis returns s without a pointer at a picture (see the file
// comment) and true, or s and false.
func cutSuchAsThis(s string) (string, bool) {
	lower := lex.LowerASCII(s)
	if !strings.Contains(lower, " such as th") && !strings.Contains(lower, " like th") {
		return s, false
	}
	for _, p := range suchAsThisPointers {
		i := strings.Index(lower, p)
		if i < 0 {
			continue
		}
		if lex.ContainsAny(s[:i], "\"“”") {
			return s, false
		}
		rest := s[i+len(p):]
		if rest == "" || (rest[0] != ' ' && rest[0] != '.' && rest[0] != ',') {
			continue // "like theses", "such as thistle"
		}
		if out, ok := cutPointer(s, i, p, rest); ok {
			return out, true
		}
		return s, false
	}
	return s, false
}

// cutPointer cuts the pointer p found at i in s, rest being the text
// after it; see cutSuchAsThis.
func cutPointer(s string, i int, p, rest string) (string, bool) {
	before := s[:i]
	sep := ""
	for _, x := range []string{",", " -", " —", " –"} {
		if strings.HasSuffix(before, x) {
			sep = x
			break
		}
	}
	head := strings.TrimSuffix(before, sep)
	prev := ""
	if f := lex.SpaceFieldsShared(head); len(f) > 0 {
		prev = f[len(f)-1]
	}
	if prev == "" || sep == "" && (prev[0] < 'a' || prev[0] > 'z') && prev != head {
		return s, false
	}
	plural := strings.HasSuffix(prev, "s") && len(prev) > 3 && !suchAsThisNotPlural[lex.LowerASCII(prev)]
	if sep == "" && !plural {
		return s, false // "something like this one", "a night just like this one"
	}
	words := lex.SpaceFieldsShared(strings.TrimSuffix(rest, "."))
	next := ""
	if len(words) > 0 {
		next = strings.Trim(lex.LowerASCII(words[0]), ",.")
	}
	one := strings.HasSuffix(p, " one")
	these := strings.HasSuffix(p, " these")
	if these && !strings.HasPrefix(p, " such") && !suchAsThisParticiples[next] {
		return s, false // "Cases like these could spread ..."
	}
	if !one && !these && next == "" {
		return s, false
	}
	if sep != "" {
		// An aside: cut to its closing mark, or to the full stop.
		closer := sep
		if sep == "," {
			closer = ", "
		} else {
			closer = sep + " "
		}
		if j := strings.Index(rest, closer); j >= 0 {
			aside := rest[:j]
			after := rest[j+len(closer):]
			if countWords(aside) > 12 || after == "" || after[0] >= '0' && after[0] <= '9' || sep == "," && lex.ContainsAny(aside, "-—–") {
				return s, false
			}
			return head + " " + after, true
		}
		if strings.HasSuffix(rest, ".") && countWords(rest) <= 12 && !lex.ContainsAny(rest, ",\"“”") {
			return head + ".", true
		}
		return s, false
	}
	if one || these {
		switch {
		case rest == ".":
			return head + ".", true
		case suchAsThisParticiples[next] && next != "on" && next != "from":
			if j := strings.Index(rest, ", "); j >= 0 || !strings.HasSuffix(rest, ".") {
				return s, false // an unmarked modifier with no end
			}
			if countWords(rest) > 12 {
				return s, false
			}
			return head + ".", true
		case (next == "in" || next == "at" || next == "near") && strings.HasSuffix(rest, ".") && len(words) <= 6 && !lex.ContainsAny(rest, ",\"“”"):
			for _, w := range words[1:] {
				if suchAsThisTimes[strings.Trim(lex.LowerASCII(w), ".")] || isYear(strings.Trim(w, ".")) {
					return head + rest, true // "centers like this one in recent months."
				}
			}
			return head + ".", true
		case suchAsThisFollowers[next]:
			return head + rest, true
		}
		return s, false
	}
	// An unmarked "such as this <noun phrase> <plural verb> ...".
	for k := 1; k < len(words) && k <= 6; k++ {
		if lex.ContainsAny(words[k-1], ",;:()") {
			return s, false
		}
		if suchAsThisVerbs[words[k]] {
			if j := strings.Index(rest, " "+words[k]+" "); j >= 0 {
				return head + rest[j:], true
			}
			return s, false
		}
	}
	return s, false
}
