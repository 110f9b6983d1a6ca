package rouge

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/chorusnews/chorus/rouge/porter"
)

// stopwordList is ROUGE-1.5.5's data/smart_common_words.txt: the SMART
// stopwords plus news words (reuters, ap, month and day abbreviations).
// Entries holding an apostrophe or a period can never match a ROUGE token;
// they are kept so the file reads like the original.
//
//go:embed stopwords.txt
var stopwordList string

var stopwords = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 600)
	for _, w := range strings.Split(stopwordList, "\n") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
})

// IsStopword reports whether ROUGE's -s removes the (lower-case) token.
func IsStopword(token string) bool { return stopwords()[token] }

// exceptionList maps irregular forms to base forms (WordNet's exception
// lists, as ROUGE-1.5.5's WordNet-2.0.exc.db holds them). Under -m ROUGE looks
// a token up there first and uses the Porter stemmer only when it is absent.
//
//go:embed exceptions.txt
var exceptionList string

var exceptions = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 6000)
	for _, line := range strings.Split(exceptionList, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if form, base, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
			m[form] = base
		}
	}
	return m
})

// maxCachedStems bounds the stem memo; beyond it stems are computed afresh.
const maxCachedStems = 1 << 20

// stemCache memoizes porter.Stem, which is pure and comparatively slow.
var stemCache = struct {
	sync.RWMutex
	m map[string]string
}{m: make(map[string]string)}

// stem returns ROUGE's -m form of a token: for tokens longer than 3 bytes
// the WordNet base form of an irregular word or else the Porter stem, the
// token itself otherwise.
func stem(tok []byte) string {
	if len(tok) <= 3 {
		return string(tok)
	}
	stemCache.RLock()
	s, ok := stemCache.m[string(tok)]
	stemCache.RUnlock()
	if ok {
		return s
	}
	w := string(tok)
	if base, ok := exceptions()[w]; ok {
		s = base
	} else {
		s = porter.Stem(w)
	}
	stemCache.Lock()
	if len(stemCache.m) < maxCachedStems {
		stemCache.m[w] = s
	}
	stemCache.Unlock()
	return s
}

// isSpace is Perl's \s on byte strings.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isAlnum reports whether c survives ROUGE's s/[^A-Za-z0-9\-]/ /g and can
// start a kept token (a lone "-" never can).
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
}

// tokenizer turns raw text into ROUGE tokens and hands each to emit as a
// byte slice of a reused buffer (lower-cased, before stemming).
type tokenizer struct {
	stem, stop bool
	buf        []byte
}

// each calls emit with each kept token of text, already stemmed if asked.
// The string passed to emit may alias the tokenizer's buffer when no stemming
// applies; emit must not retain it.
func (t *tokenizer) each(text string, emit func(tok []byte)) {
	for i := 0; i < len(text); {
		if !isAlnum(text[i]) {
			i++
			continue
		}
		j := i
		t.buf = t.buf[:0]
		for j < len(text) && isAlnum(text[j]) {
			c := text[j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			t.buf = append(t.buf, c)
			j++
		}
		i = j
		if t.stop && stopwords()[string(t.buf)] {
			continue
		}
		emit(t.buf)
	}
}

// Tokens returns ROUGE-1.5.5's tokens of text, lower-cased, stopwords
// kept and nothing stemmed.
func Tokens(text string) []string {
	var out []string
	tk := tokenizer{}
	tk.each(text, func(tok []byte) { out = append(out, string(tok)) })
	return out
}

// Stem returns ROUGE's -m form of a lower-case token (see Tokens): the
// WordNet base form of an irregular word, else its Porter stem; tokens of
// up to 3 bytes are kept as they are.
func Stem(token string) string { return stem([]byte(token)) }
