package summarize

import "strings"

// A list of entries set as one sentence after a category's label:
// "Actor: <name>, "<film>"; <name>, "<film>"; <name>, "<film>"." An
// awards page lists its nominees so; the list is a table flattened into a
// line, not a sentence a reader can take in, and a summary that wants the
// nominees finds them in a source's prose. A reader's summary reads no
// such line (document.go): a label and a colon, then entriesMin entries
// or more parted by semicolons, each of entryMaxWords words at most and
// each holding a quotation mark (a title). A list of clauses ("Ford fell
// 7%; General Motors, 5.8%; ...", "duties include: cleaning ...;
// caring for ...") holds no titles and stays.
//
// Measured against 18c2d0d (default summaries, every change read):
// validation 1 changed: 1 better (two nominee lists gone; the summary
// keeps its one lede sentence); train 1-38,000 2 changed: 1 better (a
// lede took the list's place) / 0 worse / 1 the same (a publicity
// picture's caption took it).

// entriesMin is the fewest entries of a list; entryMaxWords the most
// words of one entry; entryLabelMaxWords the most words of the label
// before the entries' colon (after any colon or dash before it).
const (
	entriesMin         = 3
	entryMaxWords      = 9
	entryLabelMaxWords = 5
)

// entryList reports whether s is a label's list of titled entries.
func entryList(s string) bool {
	if strings.Count(s, ";") < entriesMin-1 {
		return false
	}
	head, _, _ := strings.Cut(s, ";")
	i := strings.LastIndex(head, ": ")
	if i <= 0 {
		return false
	}
	label := head[:i]
	if j := strings.LastIndexAny(label, ":—–"); j >= 0 {
		label = label[j+1:] // "A look at the nominations: — worst picture: ..."
	}
	if n := countWords(label); n == 0 || n > entryLabelMaxWords {
		return false // "... may greet pupils with phrases including: (1) "..."; (2) ...": a sentence's list
	}
	items := strings.Split(s[i+2:], ";")
	if len(items) < entriesMin {
		return false
	}
	for _, it := range items {
		if n := countWords(it); n == 0 || n > entryMaxWords || !strings.ContainsAny(it, "\"“”") {
			return false
		}
	}
	return true
}
