package truecase

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
)

// modelBin is the embedded model, in the form Write writes: its lists
// are read where they stand in the program's image, not copied.
//
//go:embed model.bin
var modelBin string

var defaultModel = sync.OnceValue(func() *Model {
	m, err := decode(modelBin)
	if err != nil {
		// The embedded model is checked by the tests; an invalid one is a
		// build mistake, not an input error.
		panic(fmt.Sprintf("truecase: embedded model: %v", err))
	}
	return m
})

// Default returns the embedded model, learned from cased development
// text (gen.go).
func Default() *Model { return defaultModel() }

// modelMagic opens the binary form of a Model.
const modelMagic = "chorustc4"

var errMalformed = errors.New("cannot decode truecase model: malformed")

// Write writes m in its binary form: a magic string,
// then the words (key, four counts, units capitalising and lower-casing it, mixed form), the left and right
// pairs (key, lower and capital counts), the proper nouns (key) and the
// phrases (key, lower and capital counts, units capitalising it), each
// list sorted by key, strings and counts as uvarint-prefixed bytes and
// uvarints.
func (m *Model) Write(w io.Writer) error {
	m = m.thawed()
	var buf []byte
	str := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	buf = append(buf, modelMagic...)
	buf = binary.AppendUvarint(buf, uint64(len(m.words)))
	for _, k := range slices.Sorted(maps.Keys(m.words)) {
		wd := m.words[k]
		str(k)
		for _, n := range wd.n {
			buf = binary.AppendUvarint(buf, uint64(n))
		}
		buf = binary.AppendUvarint(buf, uint64(wd.units))
		buf = binary.AppendUvarint(buf, uint64(wd.lowUnits))
		str(wd.mixed)
	}
	for _, tbl := range []map[string]pair{m.left, m.right} {
		buf = binary.AppendUvarint(buf, uint64(len(tbl)))
		for _, k := range slices.Sorted(maps.Keys(tbl)) {
			str(k)
			buf = binary.AppendUvarint(buf, uint64(tbl[k].lower))
			buf = binary.AppendUvarint(buf, uint64(tbl[k].capital))
		}
	}
	buf = binary.AppendUvarint(buf, uint64(len(m.proper)))
	for _, k := range slices.Sorted(maps.Keys(m.proper)) {
		str(k)
	}
	buf = binary.AppendUvarint(buf, uint64(len(m.phrases)))
	for _, k := range slices.Sorted(maps.Keys(m.phrases)) {
		p := m.phrases[k]
		str(k)
		buf = binary.AppendUvarint(buf, uint64(p.lower))
		buf = binary.AppendUvarint(buf, uint64(p.capital))
		buf = binary.AppendUvarint(buf, uint64(p.units))
	}
	if _, err := w.Write(buf); err != nil {
		return fmt.Errorf("cannot write truecase model: %w", err)
	}
	return nil
}

// Read reads a model written by Model.Write, or the same gzip-compressed
// (as models were written before session 22).
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("cannot read truecase model: %w", err)
		}
		r = zr
	} else {
		r = br
	}
	var sb strings.Builder
	if _, err := io.Copy(&sb, r); err != nil {
		return nil, errMalformed
	}
	return decode(sb.String())
}

// decode decodes the bytes of a model, all; its lists' entries are read
// from all where they stand (table.go).
func decode(all string) (*Model, error) {
	if !strings.HasPrefix(all, modelMagic) || len(all) >= 1<<31 {
		return nil, errMalformed
	}
	off := len(modelMagic)
	num := func() (uint32, error) {
		if off < len(all) && all[off] < 0x80 {
			off++
			return uint32(all[off-1]), nil // one byte: most counts
		}
		var b [binary.MaxVarintLen64]byte
		v, n := binary.Uvarint(b[:copy(b[:], all[off:])])
		if n <= 0 || v > 1<<31 {
			return 0, errMalformed
		}
		off += n
		return uint32(v), nil
	}
	str := func() (string, error) {
		n, err := num()
		if err != nil || n > 1<<10 || int(n) > len(all)-off {
			return "", errMalformed
		}
		s := all[off : off+int(n)]
		off += int(n)
		return s, nil
	}
	// list checks the n entries at off, each a key (in ascending order,
	// as Write writes them: no key twice), counts numbers and, for a
	// word, its mixed form, and returns where they start.
	list := func(counts int, mixed bool) ([]uint32, error) {
		n, err := num()
		if err != nil {
			return nil, err
		}
		offs := make([]uint32, 0, min(int(n), len(all)-off))
		prev := ""
		for i := range n {
			offs = append(offs, uint32(off))
			k, err := str()
			if err != nil || i > 0 && k <= prev {
				return nil, errMalformed
			}
			prev = k
			for range counts {
				if _, err := num(); err != nil {
					return nil, err
				}
			}
			if mixed {
				if _, err := str(); err != nil {
					return nil, err
				}
			}
		}
		return offs, nil
	}
	var lists [5][]uint32 // words, left pairs, right pairs, proper nouns, phrases
	for i, shape := range []struct {
		counts int
		mixed  bool
	}{{numClasses + 2, true}, {2, false}, {2, false}, {0, false}, {3, false}} {
		offs, err := list(shape.counts, shape.mixed)
		if err != nil {
			return nil, err
		}
		lists[i] = offs
	}
	if off != len(all) {
		return nil, errMalformed
	}
	tables := &tables{
		words:      newTable(all, lists[0]),
		left:       newTable(all, lists[1]),
		right:      newTable(all, lists[2]),
		proper:     newTable(all, lists[3]),
		phrases:    newTable(all, lists[4]),
		wordCounts: make([]word, len(lists[0])),
	}
	tables.phraseOpeners = make(map[string]struct{}, len(lists[4]))
	for _, off := range lists[4] {
		k, _ := tables.phrases.key(off)
		first, _, _ := strings.Cut(k, " ")
		tables.phraseOpeners[first] = struct{}{}
	}
	for e, off := range lists[0] {
		_, after := tables.words.key(off)
		tables.wordCounts[e] = tables.words.wordAt(after)
	}
	return &Model{tables: tables}, nil
}
