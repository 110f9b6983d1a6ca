package summarize

import (
	"unicode"
	"unicode/utf8"
)

// This file hashes the plain words of a sentence for the boilerplate table
// (boilerplate.go): whole sentences and word 4-grams, lower-cased but not
// stemmed, so that the table does not depend on the tokenizer's lists.

// wordHashes appends to buf the hashes of the lower-cased words (runs of
// letters and digits) of s. Unlike the tokenizer it neither stems nor maps
// synonyms, so the learned table does not depend on those lists.
func wordHashes(buf []uint64, s string) []uint64 {
	buf, _ = wordSpans(buf, nil, false, s)
	return buf
}

// wordSpans is wordHashes that, with record, also appends to spans the
// byte offsets at which each word starts and ends (two entries a word).
func wordSpans(buf []uint64, spans []int, record bool, s string) ([]uint64, []int) {
	h, in, start := uint64(fnvOffset), false, 0
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var enc [utf8.UTFMax]byte
			for _, c := range enc[:utf8.EncodeRune(enc[:], unicode.ToLower(r))] {
				h = (h ^ uint64(c)) * fnvPrime
			}
			if !in {
				in, start = true, i
			}
		} else if in {
			buf = append(buf, h)
			if record {
				spans = append(spans, start, i)
			}
			h, in = fnvOffset, false
		}
		i += n
	}
	if in {
		buf = append(buf, h)
		if record {
			spans = append(spans, start, len(s))
		}
	}
	return buf, spans
}

// sentenceHash combines the word hashes of a whole sentence.
func sentenceHash(words []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, w := range words {
		h = pairHash(h, w)
	}
	return h
}

// gramHash combines four word hashes into a 32-bit 4-gram hash.
func gramHash(w []uint64) uint32 {
	h := pairHash(pairHash(pairHash(w[0], w[1]), w[2]), w[3])
	return uint32(h ^ h>>32)
}
