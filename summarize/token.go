package summarize

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
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

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// pairHash combines two term hashes into a bigram concept hash.
func pairHash(a, b uint64) uint64 {
	return (a*0x9E3779B97F4A7C15 ^ b) * fnvPrime
}

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
	word []byte
	toks []token
}

// tokens returns the tokens of s: runs of letters and digits, lower-cased
// and stemmed. The slice is reused by the next call.
func (t *tokenizer) tokens(s string) []token {
	t.toks = t.toks[:0]
	t.word = t.word[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				t.word = append(t.word, c)
			case 'A' <= c && c <= 'Z':
				t.word = append(t.word, c+'a'-'A')
			default:
				t.flush()
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t.word = utf8.AppendRune(t.word, unicode.ToLower(r))
		} else {
			t.flush()
		}
	}
	t.flush()
	return t.toks
}

func (t *tokenizer) flush() {
	if len(t.word) == 0 {
		return
	}
	num := false
	for _, c := range t.word {
		if '0' <= c && c <= '9' {
			num = true
			break
		}
	}
	w := stem(t.word)
	h := hashBytes(w)
	if c, ok := synonyms[h]; ok {
		h = c
	}
	t.toks = append(t.toks, token{hash: h, stop: len(w) < 2 || stopwords[h], num: num, neg: negations[h]})
	t.word = t.word[:0]
}

// stem strips common English inflections from a lower-case word: a light,
// allocation-free stemmer, enough to match "reports", "reported" and
// "reporting" for similarity and coverage.
func stem(w []byte) []byte {
	n := len(w)
	switch {
	case n > 4 && hasSuffix(w, "ies"):
		w = append(w[:n-3], 'y')
	case n > 4 && hasSuffix(w, "sses"):
		w = w[:n-2]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 5 && hasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && hasSuffix(w, "ed"):
		w = w[:n-2]
	case n > 5 && hasSuffix(w, "ly"):
		w = w[:n-2]
	}
	n = len(w)
	if n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

func hasSuffix(w []byte, suf string) bool {
	return len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf
}

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
