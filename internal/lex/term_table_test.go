package lex

import (
	"strings"
	"testing"
)

// TestTermTable: Term's one lookup in termTable answers as the three maps
// it was built from (synonyms, then stopwords and negations of the term).
func TestTermTable(t *testing.T) {
	words := strings.Fields(stopwordList + " " + strings.NewReplacer(":", " ", "#", " ").Replace(synonymList) +
		" not never denied rejects ferry harbour velmora quake earthquake a i x was is")
	for _, w := range words {
		got, stop, neg := Term([]byte(strings.ToLower(w)))
		s := LightStem([]byte(strings.ToLower(w)))
		want := HashBytes(s)
		if c, ok := synonyms[want]; ok {
			want = c
		}
		if got != want || stop != (len(s) < 2 || stopwords[want]) || neg != negations[want] {
			t.Errorf("Term(%q) = %x %v %v, want %x %v %v", w, got, stop, neg, want, len(s) < 2 || stopwords[want], negations[want])
		}
	}
}
