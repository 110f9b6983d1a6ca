package voices

import (
	"slices"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file leaves out of the voices what the summary beside them already
// shows (FindBeside): a statement is shown when most of its words are in
// one summary sentence.

// shownTerms returns the content terms of each of the shown sentences.
func shownTerms(shown []string, words *lex.Words) [][]uint64 {
	out := make([][]uint64, 0, len(shown))
	for _, s := range shown {
		out = append(out, lex.ContentTerms(nil, words, s))
	}
	return out
}

// shows reports whether a sentence of content terms sent shows a statement
// of content terms st: at least two of the statement's terms, and
// sameStatement of them, are in the sentence. The same quote inside a
// longer summary sentence ("'Every crew is on its way,' the governor
// said") is shown; a statement that says more than the sentence (a long
// quote of which the summary gives one clause) is not.
func shows(sent, st []uint64) bool {
	return len(st) >= 2 && float64(lex.Intersect(sent, st)) >= sameStatement*float64(len(st))
}

// leaveOut removes from each speaker of order the statements that one of
// the sentences of content terms shown shows, and counts the speaker's
// sources again from the statements left.
func leaveOut(order []*voice, shown [][]uint64) {
	for _, v := range order {
		v.drop(func(st *statement) bool {
			return slices.ContainsFunc(shown, func(sent []uint64) bool { return shows(sent, st.terms) })
		})
	}
}

// leaveOutMisfits removes from each speaker of order the statements whose
// "he" or "she", written as the speaker's name, cannot be theirs by their
// fullest name's given name (fits): the article's pronoun was another
// person's.
func leaveOutMisfits(order []*voice) {
	for _, v := range order {
		name := v.name()
		v.drop(func(st *statement) bool { return st.pronoun != "" && !fits(name, st.pronoun) })
	}
}

// drop removes the statements of v that out reports and, when any goes,
// counts v's sources again from the statements left.
func (v *voice) drop(out func(*statement) bool) {
	n := len(v.stmts)
	v.stmts = slices.DeleteFunc(v.stmts, out)
	if len(v.stmts) == n {
		return
	}
	v.sources = v.sources[:0]
	for _, st := range v.stmts {
		for _, id := range st.sources {
			v.sources = addID(v.sources, id)
		}
	}
}
