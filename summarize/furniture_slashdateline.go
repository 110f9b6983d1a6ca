package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/internal/lex"
)

// A wire story's dateline of two or more cities joined by slashes, run
// into its first sentence: "London/paris the two councils agreed
// ...", "Tokyo/new york - the ferry line ...". cutBareDateline reads
// one place only, so the pair reaches a reader's summary as its opening
// words; it is cut there (cutSlashDatelines), after selection.

// slashDatelineMaxWords bounds the words of the places and the last
// place's words.
const (
	slashDatelineMaxWords = 8
	slashPlaceMaxWords    = 3
	// slashDatelineMinAfter is the fewest words of story after it.
	slashDatelineMinAfter = 8
)

// cutSlashDateline returns s without a dateline of places joined by
// slashes that opens it, an optional dash or colon after it, the next
// word capitalised, and true: every place one that a dateline names
// (clean.IsDatelinePlace) but at most one single word the list lacks
// (slashUnlistedPlace; last, only before a slashPlaceFollowers word), the last of up to slashPlaceMaxWords words
// (the longest such place), with slashDatelineMinAfter words or more of
// story after it; s and false otherwise.
func cutSlashDateline(s string) (string, bool) {
	head := s[:min(len(s), 100)]
	if !strings.Contains(head, "/") {
		return s, false
	}
	fields := lex.SpaceFieldsShared(s)
	n := min(len(fields), slashDatelineMaxWords)
	// The field holding the last slash among the first n.
	last := -1
	for k := 0; k < n; k++ {
		if strings.Contains(fields[k], "/") {
			last = k
		}
	}
	if last < 0 {
		return s, false
	}
	lead := strings.Join(fields[:last+1], " ")
	parts := strings.Split(lead, "/")
	// One place the list lacks may stand among listed ones
	// ("<territory>/<city>", "<city>/<city>/<city>" with one unlisted):
	// a single word of letters that no credit names (slashUnlistedPlace).
	unlisted := -1
	for i, p := range parts[:len(parts)-1] {
		p = strings.TrimSpace(p)
		if clean.IsDatelinePlace(p) {
			continue
		}
		if unlisted >= 0 || !slashUnlistedPlace(p) {
			return s, false
		}
		unlisted = i
	}
	tail := strings.TrimRight(parts[len(parts)-1], ":")
	end := -1
	for w := 0; w < slashPlaceMaxWords && last+w < len(fields); w++ {
		place := tail
		if w > 0 {
			place += " " + strings.Join(fields[last+1:last+1+w], " ")
		}
		if clean.IsDatelinePlace(strings.TrimRight(place, ":,")) {
			end = last + 1 + w
		}
	}
	if end < 0 && unlisted < 0 && len(parts) > 1 && slashUnlistedPlace(tail) &&
		last+1 < len(fields) && slashPlaceFollowers[fields[last+1]] {
		// The last place unlisted, one word, the story opening on a
		// dash, a colon or a determiner or preposition after it.
		end = last + 1
	}
	if end < 0 {
		return s, false
	}
	if end < len(fields) && (fields[end] == "-" || fields[end] == "–" || fields[end] == "—" || fields[end] == ":") {
		end++
	}
	if len(fields)-end < slashDatelineMinAfter {
		return s, false
	}
	return lex.UpperFirst(strings.Join(fields[end:], " ")), true
}

// slashUnlistedPlace reports whether w may be a place the dateline list
// lacks among listed ones: 3 to 12 letters, and not a picture agency, an
// outlet or a site that a photo credit names ("getty/<city> ..." is a
// credit, maybe before a name).
func slashUnlistedPlace(w string) bool {
	if len(w) < 3 || len(w) > 12 {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	lw := lex.Lower(w)
	return !openCreditOutlets[lw] && !openCreditSites[lw]
}

// slashPlaceFollowers are the words that may open a story right after an
// unlisted last place of a slash dateline.
var slashPlaceFollowers = lex.Set("-", "–", "—", ":", "the", "a", "an", "as", "in", "on", "at", "after", "when")

// cutSlashDatelines cuts the slash datelines opening a reader's summary's
// sentences (cutSlashDateline).
func cutSlashDatelines(sum *chorus.Summary) {
	cutEach(sum, cutSlashDateline)
}
