package summarize

import (
	_ "embed"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/internal/lex"
)

// This file turns sentence text into the hashed, stemmed terms every later
// stage compares: content terms (for redundancy and support) and bigram
// concepts (for coverage). Terms are 64-bit FNV-1a hashes of lower-cased,
// lightly stemmed words, so no per-cluster string interning is needed.

//go:embed stopwords.txt
var stopwordList string

// stopwords holds the hashes of the embedded stopwords, built once.
var stopwords = func() map[uint64]bool {
	m := make(map[uint64]bool, 200)
	for _, w := range strings.Fields(stopwordList) {
		m[hashBytes([]byte(w))] = true
	}
	return m
}()

//go:embed synonyms.txt
var synonymList string

// synonyms maps the stemmed hash of a variant word to that of its canonical
// word, so that spun rewrites ("quake" for "earthquake") share terms.
var synonyms = func() map[uint64]uint64 {
	m := make(map[uint64]uint64, 100)
	for _, line := range strings.Split(synonymList, "\n") {
		canon, variants, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		c := hashBytes(stem([]byte(strings.TrimSpace(canon))))
		for _, v := range strings.Fields(variants) {
			m[hashBytes(stem([]byte(v)))] = c
		}
	}
	return m
}()

// negations holds the stemmed hashes of words that turn a statement into
// its opposite. Two sentences that differ in them never state the same fact.
var negations = func() map[uint64]bool {
	m := make(map[uint64]bool, 32)
	for _, w := range strings.Fields(`not no never nobody nothing none neither nor cannot
		didn doesn don isn wasn weren aren hasn haven hadn won couldn shouldn wouldn
		deny denies denied denying refute refutes refuted reject rejects rejected false`) {
		m[hashBytes(stem([]byte(w)))] = true
	}
	return m
}()

// hashBytes is the FNV-1a hash of a word.
func hashBytes(b []byte) uint64 { return lex.HashBytes(b) }

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

// add appends the token of the lower-cased word w, stemming it in place.
func (t *tokenizer) add(w []byte) {
	num := false
	for _, c := range w {
		if '0' <= c && c <= '9' {
			num = true
			break
		}
	}
	w = stem(w)
	h := hashBytes(w)
	if c, ok := synonyms[h]; ok {
		h = c
	}
	t.toks = append(t.toks, token{hash: h, stop: len(w) < 2 || stopwords[h], num: num, neg: negations[h]})
}

// stem is the summarizer's stemmer: the light one, which the learned
// salience tables are keyed by (see lex.LightStem).
func stem(w []byte) []byte { return lex.LightStem(w) }

// countWords returns the number of whitespace-separated words in s, the unit
// of the word budget (and of ROUGE's length cut-off).
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
