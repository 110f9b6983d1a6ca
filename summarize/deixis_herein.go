package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// This file belongs to the reading stage, beside deixis.go: a local
// paper's "here in <place>" ("a lawsuit was filed here in New York",
// "Here in Brazil, it's not unusual ...") speaks from the place to its own
// readers. In a summary that mixes sources the "here" places the writer,
// whom the reader does not know; the place it names says where, and
// stands alone: "a lawsuit was filed in New York", "In Brazil, it's not
// unusual ...". placeHere leaves "here in" alone, as a phrase that says
// where; a quote keeps its words.

// cutHereIn writes each "here in <Place>" of sum outside quotation marks
// (and "right here in <Place>") as "in <Place>": the place a capitalised
// word after "in", not the start of a quote, after the truecaser has run.
func cutHereIn(sum *chorus.Summary) {
	for i := range sum.Sentences {
		sum.Sentences[i].Text = hereInPlace(sum.Sentences[i].Text)
	}
}

// hereInPlace returns s with "here" cut from each "here in <Place>"
// outside quotation marks (see cutHereIn), or s unchanged.
func hereInPlace(s string) string {
	if !hasFoldASCII(s, "here in ") || !pairedQuotes(s) {
		return s // most sentences; a quote run over several sentences keeps its words
	}
	f := lex.SpaceFieldsShared(s)
	quoted := quotedFields(f)
	var out []string
	for k := 0; k < len(f); k++ {
		if k+2 < len(f) && !quoted[k] && (f[k] == "here" || f[k] == "Here") && f[k+1] == "in" && placeWord(f[k+2]) {
			from := k
			if k > 0 && (f[k-1] == "right" || f[k-1] == "Right") && !quoted[k-1] {
				from = k - 1 // "baked right here in <Place>"
				out = out[:len(out)-1]
			}
			in := "in"
			if from == 0 {
				in = "In"
			}
			out = append(out, in)
			k++ // "in" written
			continue
		}
		out = append(out, f[k])
	}
	if len(out) == len(f) {
		return s
	}
	return strings.Join(out, " ")
}

// placeWord reports whether f opens a place's name: a capitalised word
// that is neither a quote's opening nor "The", "This" or a month and day
// word ("here in May" tells when, and "here in This town" is no name).
func placeWord(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	if !unicode.IsUpper(r) {
		return false
	}
	w := lex.Lower(strings.TrimRight(f, ",.;:!?"))
	return !notPlaces[w] && !months[w]
}

// notPlaces are capitalised words after "here in" that name no place,
// besides the months.
var notPlaces = lex.Set("the", "this", "that", "these", "our", "my", "spring", "summer", "fall", "autumn", "winter")
