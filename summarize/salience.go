package summarize

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// This file belongs to the scoring stage: learned lexical salience, as in
// RegSum (Hong & Nenkova 2014). For each stemmed content word the table
// holds how likely a reference summary is to use the word given that the
// cluster's sources use it, estimated on Multi-News train (see
// SalienceLearner). Words such as weekdays and reporting verbs are common in
// sources and rare in summaries; names of the event's actors and outcomes
// are the opposite. Sentence features and the coverage objective use it.

// Salience is the learned table of word salience: for a hashed stemmed
// content word, the smoothed probability that a reference uses it when the
// sources do. Words not in the table have the prior.
type Salience struct {
	prior float64
	keys  []uint32  // sorted 32-bit word keys
	vals  []uint8   // quantized salience: sqrt(p)·255, rounded
	slots []uint64  // open-addressing table: used<<40 | key<<8 | quantized value
	pairs *Salience // the same for bigram concepts (pairHash keys); nil: none
}

// salienceMagic opens the binary form of a Salience table.
const salienceMagic = "chorussal1"

//go:embed salience.bin
var salienceBin []byte

var defaultSalience = sync.OnceValue(func() *Salience {
	s, err := decodeSalience(salienceBin)
	if err != nil {
		// The embedded table is checked by the tests; an invalid one is a
		// build mistake, not an input error.
		panic(fmt.Sprintf("summarize: embedded salience table: %v", err))
	}
	return s
})

// DefaultSalience returns the embedded salience table.
func DefaultSalience() *Salience { return defaultSalience() }

// Pairs returns the table of bigram salience learned with the word table,
// or nil (also for a nil table).
func (s *Salience) Pairs() *Salience {
	if s == nil {
		return nil
	}
	return s.pairs
}

// Len returns the number of words in the table.
func (s *Salience) Len() int { return len(s.keys) }

// Prior returns the salience of a word the table does not hold.
func (s *Salience) Prior() float64 { return s.prior }

// salienceKey folds a 64-bit term hash into the table's 32-bit key.
func salienceKey(h uint64) uint32 { return uint32(h ^ h>>32) }

// of returns the salience of term hash h.
func (s *Salience) of(h uint64) float64 {
	if len(s.slots) == 0 {
		return s.prior // a zero Salience
	}
	k := salienceKey(h)
	mask := uint32(len(s.slots) - 1)
	for i := slotOf(k, mask); ; i = (i + 1) & mask {
		e := s.slots[i]
		if e == 0 {
			return s.prior
		}
		if uint32(e>>8) == k {
			return dequantized[uint8(e)]
		}
	}
}

// slotOf returns the first slot of key k in a table of mask+1 slots.
func slotOf(k, mask uint32) uint32 { return k * 0x9e3779b1 >> 7 & mask }

func quantize(p float64) uint8 { return uint8(math.Round(math.Sqrt(max(0, min(p, 1))) * 255)) }

func dequantize(q uint8) float64 { v := float64(q) / 255; return v * v }

// dequantized holds dequantize of every quantized value.
var dequantized = func() (d [256]float64) {
	for q := range d {
		d[q] = dequantize(uint8(q))
	}
	return d
}()

// index builds the lookup table: open addressing over at least twice as
// many slots as keys, one 8-byte slot holding a key and its value, so
// that a lookup mostly reads one cache line, where a map of the embedded
// 31,000 words and 131,000 bigrams missed the cache on most lookups and
// took a tenth of summarizing's CPU. A key given twice keeps its last
// value, as the map did.
func (s *Salience) index() {
	n := 1
	for n < 2*len(s.keys) {
		n *= 2
	}
	s.slots = make([]uint64, n)
	mask := uint32(n - 1)
	for x, k := range s.keys {
		e := 1<<40 | uint64(k)<<8 | uint64(s.vals[x])
		for i := slotOf(k, mask); ; i = (i + 1) & mask {
			if s.slots[i] == 0 || uint32(s.slots[i]>>8) == k {
				s.slots[i] = e
				break
			}
		}
	}
}

// Write writes s in its compact binary form: a magic string, the prior as
// float64 bits, a count, the sorted 4-byte keys and their 1-byte quantized
// values, little-endian; then the bigram table, if any, in the same form.
func (s *Salience) Write(w io.Writer) error {
	if err := s.write(w); err != nil {
		return err
	}
	if s.pairs != nil {
		return s.pairs.write(w)
	}
	return nil
}

func (s *Salience) write(w io.Writer) error {
	out := make([]byte, 0, len(salienceMagic)+12+5*len(s.keys))
	out = append(out, salienceMagic...)
	out = binary.LittleEndian.AppendUint64(out, math.Float64bits(s.prior))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(s.keys)))
	for _, k := range s.keys {
		out = binary.LittleEndian.AppendUint32(out, k)
	}
	out = append(out, s.vals...)
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("cannot write salience table: %w", err)
	}
	return nil
}

// ReadSalience reads a table written by Salience.Write.
func ReadSalience(r io.Reader) (*Salience, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("cannot read salience table: %w", err)
	}
	return decodeSalience(data)
}

func decodeSalience(data []byte) (*Salience, error) {
	s, rest, err := decodeTable(data)
	if err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		pairs, more, err := decodeTable(rest)
		if err != nil {
			return nil, err
		}
		if len(more) > 0 {
			return nil, fmt.Errorf("cannot decode salience table: trailing data")
		}
		s.pairs = pairs
	}
	return s, nil
}

// decodeTable decodes one table and returns the bytes after it.
func decodeTable(data []byte) (*Salience, []byte, error) {
	bad := fmt.Errorf("cannot decode salience table: malformed")
	rest, ok := cutPrefix(data, salienceMagic)
	if !ok || len(rest) < 12 {
		return nil, nil, bad
	}
	prior := math.Float64frombits(binary.LittleEndian.Uint64(rest))
	n := int(binary.LittleEndian.Uint32(rest[8:]))
	rest = rest[12:]
	if math.IsNaN(prior) || prior < 0 || prior > 1 || n < 0 || len(rest) < 5*n {
		return nil, nil, bad
	}
	s := &Salience{prior: prior, keys: make([]uint32, n), vals: slices.Clone(rest[4*n : 5*n])}
	for i := range s.keys {
		s.keys[i] = binary.LittleEndian.Uint32(rest[4*i:])
	}
	if !slices.IsSorted(s.keys) {
		return nil, nil, bad
	}
	s.index()
	return s, rest[5*n:], nil
}
