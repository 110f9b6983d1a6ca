package summarize

import "github.com/chorusnews/chorus/internal/lex"

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
	var w lex.Words
	w.Reset(s)
	for w.Next() {
		buf = append(buf, lex.HashBytes(w.Word()))
		if record {
			start, end := w.Span()
			spans = append(spans, start, end)
		}
	}
	return buf, spans
}

// sentenceHash combines the word hashes of a whole sentence.
func sentenceHash(words []uint64) uint64 {
	h := uint64(lex.FNVOffset)
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

// wordSpans is the package's wordSpans with record that also leaves the
// tokens of s in t (t.tokens(s)): one reading of the words for both.
func (t *tokenizer) wordSpans(buf []uint64, spans []int, s string) ([]uint64, []int) {
	t.toks = t.toks[:0]
	t.words.Reset(s)
	for t.words.Next() {
		w := t.words.Word()
		buf = append(buf, lex.HashBytes(w))
		start, end := t.words.Span()
		spans = append(spans, start, end)
		t.add(w) // stems w in place: after its hash
	}
	return buf, spans
}
