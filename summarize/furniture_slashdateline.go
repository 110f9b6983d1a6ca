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
// (clean.IsDatelinePlace), the last of up to slashPlaceMaxWords words
// (the longest such place), with slashDatelineMinAfter words or more of
// story after it; s and false otherwise.
func cutSlashDateline(s string) (string, bool) {
	head := s[:min(len(s), 100)]
	if !strings.Contains(head, "/") {
		return s, false
	}
	fields := strings.Fields(s)
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
	for _, p := range parts[:len(parts)-1] {
		if !clean.IsDatelinePlace(strings.TrimSpace(p)) {
			return s, false
		}
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

// cutSlashDatelines cuts the slash datelines opening a reader's summary's
// sentences (cutSlashDateline).
func cutSlashDatelines(sum *chorus.Summary) {
	for i := range sum.Sentences {
		if rest, ok := cutSlashDateline(sum.Sentences[i].Text); ok {
			sum.Sentences[i].Text = rest
		}
	}
}
