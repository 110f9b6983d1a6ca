package summarize

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"sync"
)

// This file belongs to the reading stage: web boilerplate that the clean
// stage cannot know by its form — archive crawl notes, embed prompts,
// comment and newsletter blurbs — is recognised by a table learned from
// Multi-News training clusters (see BoilerplateLearner). A sentence is
// boilerplate when the table holds it whole, or when most of its word
// 4-grams are boilerplate 4-grams. Such sentences are not read at all.

// Boilerplate is the learned table of boilerplate sentences and word
// 4-grams: hashes of lower-cased word sequences, each with the number of
// training clusters whose sources carry it.
type Boilerplate struct {
	sents []entry64 // sorted by hash
	grams []entry32 // sorted by hash
	start []uint32  // start[k]: first gram whose hash has top 16 bits >= k
}

// index fills b.start, the bucket index that makes gram lookups O(1).
func (b *Boilerplate) index() {
	b.start = make([]uint32, 1<<16+1)
	j := 0
	for k := range 1 << 16 {
		for j < len(b.grams) && int(b.grams[j].hash>>16) < k {
			j++
		}
		b.start[k] = uint32(j)
	}
	b.start[1<<16] = uint32(len(b.grams))
}

type entry64 struct {
	hash     uint64
	clusters uint16
}

type entry32 struct {
	hash     uint32
	clusters uint16
}

// boilerplateMagic opens the binary form of a Boilerplate table.
const boilerplateMagic = "chorusbp1"

//go:embed boilerplate.bin
var boilerplateBin []byte

var defaultBoilerplate = sync.OnceValue(func() *Boilerplate {
	b, err := decodeBoilerplate(boilerplateBin)
	if err != nil {
		// The embedded table is checked by the tests; an invalid one is a
		// build mistake, not an input error.
		panic(fmt.Sprintf("summarize: embedded boilerplate table: %v", err))
	}
	return b
})

// DefaultBoilerplate returns the embedded boilerplate table.
func DefaultBoilerplate() *Boilerplate { return defaultBoilerplate() }

// Len returns the number of sentences and 4-grams in the table.
func (b *Boilerplate) Len() (sentences, grams int) { return len(b.sents), len(b.grams) }

// ReadBoilerplate reads a table written by Boilerplate.Write.
func ReadBoilerplate(r io.Reader) (*Boilerplate, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("cannot read boilerplate table: %w", err)
	}
	return decodeBoilerplate(data)
}

// Write writes b in its compact binary form: a magic string, two counts,
// then the sentence entries (8-byte hash, 2-byte count) and the 4-gram
// entries (4-byte hash, 2-byte count), little-endian and sorted.
func (b *Boilerplate) Write(w io.Writer) error {
	out := make([]byte, 0, len(boilerplateMagic)+8+10*len(b.sents)+6*len(b.grams))
	out = append(out, boilerplateMagic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(b.sents)))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(b.grams)))
	for _, e := range b.sents {
		out = binary.LittleEndian.AppendUint64(out, e.hash)
		out = binary.LittleEndian.AppendUint16(out, e.clusters)
	}
	for _, e := range b.grams {
		out = binary.LittleEndian.AppendUint32(out, e.hash)
		out = binary.LittleEndian.AppendUint16(out, e.clusters)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("cannot write boilerplate table: %w", err)
	}
	return nil
}

func decodeBoilerplate(data []byte) (*Boilerplate, error) {
	bad := fmt.Errorf("cannot decode boilerplate table: malformed")
	rest, ok := cutPrefix(data, boilerplateMagic)
	if !ok || len(rest) < 8 {
		return nil, bad
	}
	ns := int(binary.LittleEndian.Uint32(rest))
	ng := int(binary.LittleEndian.Uint32(rest[4:]))
	rest = rest[8:]
	if ns < 0 || ng < 0 || len(rest) != 10*ns+6*ng {
		return nil, bad
	}
	b := &Boilerplate{sents: make([]entry64, ns), grams: make([]entry32, ng)}
	for i := range b.sents {
		b.sents[i] = entry64{binary.LittleEndian.Uint64(rest), binary.LittleEndian.Uint16(rest[8:])}
		rest = rest[10:]
	}
	for i := range b.grams {
		b.grams[i] = entry32{binary.LittleEndian.Uint32(rest), binary.LittleEndian.Uint16(rest[4:])}
		rest = rest[6:]
	}
	if !slices.IsSortedFunc(b.sents, func(x, y entry64) int { return cmpU(x.hash, y.hash) }) ||
		!slices.IsSortedFunc(b.grams, func(x, y entry32) int { return cmpU(x.hash, y.hash) }) {
		return nil, bad
	}
	b.index()
	return b, nil
}

func cutPrefix(b []byte, p string) ([]byte, bool) {
	if len(b) < len(p) || string(b[:len(p)]) != p {
		return b, false
	}
	return b[len(p):], true
}

func cmpU[T uint32 | uint64](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// sentence returns the number of training clusters carrying sentence hash h.
func (b *Boilerplate) sentence(h uint64) int {
	i, ok := slices.BinarySearchFunc(b.sents, h, func(e entry64, h uint64) int { return cmpU(e.hash, h) })
	if !ok {
		return 0
	}
	return int(b.sents[i].clusters)
}

// gram returns the number of training clusters carrying 4-gram hash h.
func (b *Boilerplate) gram(h uint32) int {
	for _, e := range b.grams[b.start[h>>16]:b.start[h>>16+1]] {
		if e.hash == h {
			return int(e.clusters)
		}
	}
	return 0
}

// defaultTuning is DefaultTuning, for Holds.
var defaultTuning = DefaultTuning()

// Holds reports whether the sentence s is boilerplate under the default
// tuning: the table holds it whole, or most of its word 4-grams. The story
// clusterer reads articles with it, so both halves of Chorus leave out the
// same sentences. A nil table holds nothing.
func (b *Boilerplate) Holds(s string) bool {
	if b == nil {
		return false
	}
	is, _ := b.is(wordHashes(nil, s), &defaultTuning)
	return is
}

// is reports whether the sentence with lower-cased word hashes words is
// boilerplate under the tuned thresholds, and the share of its 4-grams that
// are boilerplate 4-grams.
func (b *Boilerplate) is(words []uint64, p *Tuning) (bool, float64) {
	if b == nil || len(words) < 4 || p.BoilerSentence <= 0 {
		return false, 0
	}
	if b.sentence(sentenceHash(words)) >= p.BoilerSentence {
		return true, 1
	}
	if p.BoilerGram <= 0 {
		return false, 0
	}
	n := 0
	for i := 3; i < len(words); i++ {
		if b.gram(gramHash(words[i-3:i+1])) >= p.BoilerGram {
			n++
		}
	}
	share := float64(n) / float64(len(words)-3)
	return p.BoilerGramShare > 0 && share >= p.BoilerGramShare, share
}

// edges returns how many leading and trailing words of a sentence are
// covered by runs of at least p.BoilerEdge boilerplate 4-grams: page furniture
// such as an image credit run into the sentence it precedes.
func (b *Boilerplate) edges(words []uint64, p *Tuning) (lead, trail int) {
	if b == nil || p.BoilerEdge <= 0 || p.BoilerGram <= 0 || len(words) < 4 {
		return 0, 0
	}
	grams := len(words) - 3
	i := 0
	for i < grams && b.gram(gramHash(words[i:i+4])) >= p.BoilerGram {
		i++
	}
	if i >= p.BoilerEdge {
		lead = i + 3
	}
	j := 0
	for j < grams-i && b.gram(gramHash(words[grams-1-j:grams+3-j])) >= p.BoilerGram {
		j++
	}
	if j >= p.BoilerEdge {
		trail = j + 3
	}
	return lead, trail
}
