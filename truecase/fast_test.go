package truecase

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The tests in this file check the byte-wise fast paths of class and
// tokens against the rune-by-rune code they stand in for.

// tokensByRune is tokens as first written: every rune decoded, the
// possessive found on a lower-cased copy, opens's marks found by
// strings.ContainsAny.
func tokensByRune(text string) []token {
	var out []token
	prevEnd := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !wordRune(r) {
				break
			}
			j += n
		}
		next := j
		if (j < len(text) && strings.ContainsRune("@/#_", rune(text[j])) || i > 0 && strings.ContainsRune("@/#_", rune(text[i-1]))) && !slashedWords(text, i, j) {
			for next < len(text) && !unicode.IsSpace(rune(text[next])) {
				next++
			}
			prevEnd, i = next, next
			continue
		}
		end := trimWordByRune(text[i:j]) + i
		t := token{start: i, end: end}
		t.key = strings.ToLower(text[i:end])
		t.initial = len(out) == 0 || opensByRune(text[prevEnd:i], out[len(out)-1].key, text[out[len(out)-1].start:out[len(out)-1].end])
		if strings.Contains(t.key, "www.") || strings.HasSuffix(t.key, ".com") || strings.HasSuffix(t.key, ".org") {
			prevEnd, i = j, j
			continue
		}
		out = append(out, t)
		prevEnd, i = end, j
	}
	return out
}

func trimWordByRune(w string) int {
	end := len(w)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(w[:end])
		if !joiner(r) {
			break
		}
		if r == '.' && dotted(w[:end]) {
			break
		}
		end -= n
	}
	low := strings.ToLower(w[:end])
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(low, s) && end-len(s) >= 2 {
			end -= len(s)
			break
		}
	}
	return end
}

func opensByRune(gap, prevKey, prev string) bool {
	if strings.ContainsAny(gap, "!?:;\n\"“”`|•*–—") || strings.Contains(gap, "--") {
		return true
	}
	if strings.HasPrefix(gap, ".") {
		if titleAbbrevs[prevKey] {
			return false
		}
		if utf8.RuneCountInString(prevKey) == 1 && unicode.IsUpper([]rune(prev)[0]) {
			return false
		}
		return true
	}
	if strings.HasSuffix(prev, ".") {
		return true
	}
	return strings.ContainsAny(gap, "'‘")
}

// fastSeeds are invented texts with the marks the fast paths read.
var fastSeeds = []string{
	"the mayor of kelmport said: \"we'll see.\" then — at noon — brann's office shut",
	"Dr. Ivo Renk's car; the U.S. team’s bus!  ORLA’S map? o'neil-smith & co. -- done",
	"visit www.kelmport.org or @renk_ivo #vote a/b  ‘quoted’ • item * star | bar `tick`",
	"caf\u00e9 na\u00efve \u0130stanbul \u212a \xff\xfe's ab\xe2\x80\x99S x's 's",
}

func FuzzTokensByte(f *testing.F) {
	for _, s := range append(fastSeeds, fixture...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tokens(s), tokensByRune(s); (len(got) != 0 || len(want) != 0) && !reflect.DeepEqual(got, want) {
			t.Errorf("tokens(%q) = %+v, want %+v", s, got, want)
		}
	})
}

func FuzzClassByte(f *testing.F) {
	for _, s := range []string{"", "house", "House", "NATO", "U.S.", "McCain", "iPhone", "I", "2019", "caf\u00e9", "\u00c9mile", "a1B", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gc, gok := class(s)
		wc, wok := classRunes(s)
		if gc != wc || gok != wok {
			t.Errorf("class(%q) = %d, %v; want %d, %v", s, gc, gok, wc, wok)
		}
	})
}
