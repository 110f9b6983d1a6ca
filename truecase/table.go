package truecase

import (
	"hash/maphash"
	"math/bits"
)

// table is one list of a model as Read decodes it (words, left pairs,
// right pairs, proper nouns): where each entry starts in the model's
// bytes, an entry being its key (uvarint-prefixed, as Write writes it)
// and then its counts, and an open-addressing hash index of the entries.
// It holds no pointer the collector must follow but the bytes
// themselves, and takes less than half the memory of a map of the same
// entries.
type table struct {
	data  string   // the model's bytes
	offs  []uint32 // where each entry starts in data
	slots []uint32 // an entry's index in offs plus one; 0 for none
	n     int      // entries
}

// tableSeed seeds the hashes of every table: the index's layout differs
// between runs, what it finds does not.
var tableSeed = maphash.MakeSeed()

// newTable indexes the entries of data starting at offs (whose keys are
// distinct).
func newTable(data string, offs []uint32) *table {
	size := 1 << bits.Len(uint(2*len(offs))) // at most half full
	t := &table{data: data, offs: offs, slots: make([]uint32, size), n: len(offs)}
	mask := uint32(size - 1)
	for e, off := range offs {
		key, _ := t.key(off)
		i := uint32(maphash.String(tableSeed, key)) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(e) + 1
	}
	return t
}

// key returns the key of the entry at off and the offset just after it.
func (t *table) key(off uint32) (string, uint32) {
	n, off := uvarintAt(t.data, off)
	return t.data[off : off+n], off + n
}

// find returns the index of key's entry and the offset of its counts,
// just after the key, and whether the table holds key.
func (t *table) find(key string) (int, uint32, bool) {
	if t == nil || len(t.slots) == 0 {
		return 0, 0, false
	}
	mask := uint32(len(t.slots) - 1)
	for i := uint32(maphash.String(tableSeed, key)) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, 0, false
		}
		if k, after := t.key(t.offs[s-1]); k == key {
			return int(s - 1), after, true
		}
	}
}

// wordAt decodes the counts of a word entry at off.
func (t *table) wordAt(off uint32) word {
	var wd word
	for i := range wd.n {
		wd.n[i], off = uvarintAt(t.data, off)
	}
	wd.units, off = uvarintAt(t.data, off)
	wd.lowUnits, off = uvarintAt(t.data, off)
	n, off := uvarintAt(t.data, off)
	wd.mixed = t.data[off : off+n]
	return wd
}

// pair returns the counts of the pair key.
func (t *table) pair(key string) (pair, bool) {
	_, off, ok := t.find(key)
	if !ok {
		return pair{}, false
	}
	var p pair
	p.lower, off = uvarintAt(t.data, off)
	p.capital, _ = uvarintAt(t.data, off)
	return p, true
}

// uvarintAt decodes the uvarint at off in s, which Read checked, and
// returns it and the offset after it.
func uvarintAt(s string, off uint32) (uint32, uint32) {
	var v uint32
	for shift := 0; ; shift += 7 {
		b := s[off]
		off++
		v |= uint32(b&0x7f) << shift
		if b < 0x80 {
			return v, off
		}
	}
}

// tables holds the lists of a model Read decoded, and its words' counts
// decoded, in the order of their entries.
type tables struct {
	words, left, right, proper, phrases *table
	wordCounts                          []word
	// phraseOpeners holds the first word of every phrase.
	phraseOpeners map[string]struct{}
}

// word returns the counts of the word key.
func (t *tables) word(key string) (word, bool) {
	e, _, ok := t.words.find(key)
	if !ok {
		return word{}, false
	}
	return t.wordCounts[e], true
}

// phrase returns the counts of the phrase key.
func (t *tables) phrase(key string) (phrase, bool) {
	_, off, ok := t.phrases.find(key)
	if !ok {
		return phrase{}, false
	}
	var p phrase
	p.lower, off = uvarintAt(t.phrases.data, off)
	p.capital, off = uvarintAt(t.phrases.data, off)
	p.units, _ = uvarintAt(t.phrases.data, off)
	return p, true
}

// isProper reports whether key is one of the proper nouns of t, which
// may be nil.
func (t *tables) isProper(key string) bool {
	if t == nil {
		return false
	}
	_, _, ok := t.proper.find(key)
	return ok
}

// thawed returns m with its lists in maps, as a Learner makes them: the
// form Write writes.
func (m *Model) thawed() *Model {
	t := m.tables
	if t == nil {
		return m
	}
	out := &Model{
		words:    make(map[string]word, t.words.n),
		left:     make(map[string]pair, t.left.n),
		right:    make(map[string]pair, t.right.n),
		proper:   make(map[string]bool, t.proper.n+len(m.proper)),
		phrases:  make(map[string]phrase, t.phrases.n),
		MinCount: m.MinCount,
		MinShare: m.MinShare,
	}
	for e, off := range t.words.offs {
		k, _ := t.words.key(off)
		out.words[k] = t.wordCounts[e]
	}
	for _, side := range []struct {
		from *table
		to   map[string]pair
	}{{t.left, out.left}, {t.right, out.right}} {
		for _, off := range side.from.offs {
			k, _ := side.from.key(off)
			side.to[k], _ = side.from.pair(k)
		}
	}
	for _, off := range t.proper.offs {
		k, _ := t.proper.key(off)
		out.proper[k] = true
	}
	for k := range m.proper {
		out.proper[k] = true
	}
	for _, off := range t.phrases.offs {
		k, _ := t.phrases.key(off)
		out.phrases[k], _ = t.phrase(k)
	}
	return out
}
