package summarize

import (
	"github.com/chorusnews/chorus/internal/lex"
)

// This file turns sentence text into the hashed, stemmed terms every later
// stage compares: content terms (for redundancy and support) and bigram
// concepts (for coverage). Terms (lex.Term) are 64-bit FNV-1a hashes of
// lower-cased, lightly stemmed words, so no per-cluster string interning is
// needed.

// pairHash combines two term hashes into a bigram concept hash.
func pairHash(a, b uint64) uint64 { return lex.Pair(a, b) }

// token is one word of a sentence: its stemmed hash and whether it is a
// stopword.
type token struct {
	hash uint64
	stop bool
	num  bool // the word holds a digit
	neg  bool // the word negates or denies ("not", "never", "denied")
}

// tokenizer splits text into tokens, reusing its buffers between calls.
type tokenizer struct {
	words lex.Words
	toks  []token
}

// tokens returns the tokens of s: runs of letters and digits, lower-cased
// and stemmed. The slice is reused by the next call.
func (t *tokenizer) tokens(s string) []token {
	t.toks = t.toks[:0]
	t.words.Reset(s)
	for t.words.Next() {
		t.add(t.words.Word())
	}
	return t.toks
}

// add appends the token of the lower-cased word w (see lex.Term),
// stemming it in place.
func (t *tokenizer) add(w []byte) {
	num := false
	for _, c := range w {
		if '0' <= c && c <= '9' {
			num = true
			break
		}
	}
	h, stop, neg := lex.Term(w)
	t.toks = append(t.toks, token{hash: h, stop: stop, num: num, neg: neg})
}

// countWords returns the number of whitespace-separated words in s, the unit
// of the word budget (and of ROUGE's length cut-off).
func countWords(s string) int {
	return lex.CountFields(s)
}
