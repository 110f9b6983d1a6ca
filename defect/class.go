package defect

import (
	"fmt"
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// Class is what is wrong with a sentence as a summary sentence, or OK.
type Class uint8

// The classes, in the order Classify tries them: the furniture classes
// first, then the sentences that are not whole, then those that lean on
// another sentence.
const (
	OK                Class = iota // a whole, self-contained news sentence
	Caption                        // describes or labels a picture, video or gallery
	Credit                         // byline, credit, timestamp, dateline, wire note, correction
	Promo                          // a call to action, related link, advertisement
	Legal                          // copyright, terms, disclaimers, contest rules
	Comment                        // a reader comment or the comment section around it
	Fragment                       // a heading, list label, lead-in or cut-off piece of a sentence
	UnattributedQuote              // a direct quote whose sentence names no speaker
	DanglingReference              // opens with a word that needs the previous sentence
	numClasses
)

// names are the labels as written in label files and reports.
var names = [numClasses]string{"ok", "caption", "byline-credit-timestamp-dateline",
	"promo-call-to-action", "legal-contest", "comment", "heading-fragment",
	"unattributed-quote", "dangling-reference"}

// Classes returns every class, OK first, in Classify's order.
func Classes() []Class {
	out := make([]Class, numClasses)
	for i := range out {
		out[i] = Class(i)
	}
	return out
}

// String returns the class's label ("caption", "dangling-reference", ...).
func (c Class) String() string {
	if c < numClasses {
		return names[c]
	}
	return fmt.Sprintf("class(%d)", c)
}

// Furniture reports whether c is page furniture (caption, credit, promo,
// legal or comment): text that is not the story at all.
func (c Class) Furniture() bool { return c >= Caption && c <= Comment }

// ParseClass returns the class whose label is s (case and surrounding
// space ignored).
func ParseClass(s string) (Class, error) {
	s = lex.Lower(strings.TrimSpace(s))
	for i, n := range names {
		if n == s {
			return Class(i), nil
		}
	}
	return OK, fmt.Errorf("cannot parse defect class %q", s)
}

// Set is a set of classes.
type Set uint16

// Has reports whether c is in s.
func (s Set) Has(c Class) bool { return s&(1<<c) != 0 }

// With returns s with c added.
func (s Set) With(c Class) Set { return s | 1<<c }

// First returns the first class of s in Classify's order, or OK when s
// holds no defect.
func (s Set) First() Class {
	for c := Caption; c < numClasses; c++ {
		if s.Has(c) {
			return c
		}
	}
	return OK
}

// String lists the classes of s joined by "+", or "ok".
func (s Set) String() string {
	var parts []string
	for c := Caption; c < numClasses; c++ {
		if s.Has(c) {
			parts = append(parts, c.String())
		}
	}
	if len(parts) == 0 {
		return "ok"
	}
	return strings.Join(parts, "+")
}
