package truecase

import (
	"bytes"
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

//go:embed model.bin
var modelBin []byte

var defaultModel = sync.OnceValue(func() *Model {
	m, err := Read(bytes.NewReader(modelBin))
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
const modelMagic = "chorustc3"

var errMalformed = errors.New("cannot decode truecase model: malformed")

// Write writes m in its binary form, gzip-compressed: a magic string,
// then the words (key, four counts, units capitalising and lower-casing it, mixed form), the left and right
// pairs (key, lower and capital counts) and the proper nouns (key), each
// list sorted by key, strings and counts as uvarint-prefixed bytes and
// uvarints.
func (m *Model) Write(w io.Writer) error {
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
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("cannot write truecase model: %w", err)
	}
	if _, err := zw.Write(buf); err != nil {
		return fmt.Errorf("cannot write truecase model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("cannot write truecase model: %w", err)
	}
	return nil
}

// Read reads a model written by Model.Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("cannot read truecase model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil || !strings.HasPrefix(string(data), modelMagic) {
		return nil, errMalformed
	}
	// One string holds the model's bytes; its words and pairs are
	// substrings of it, read without a reader's call per byte.
	all := string(data)
	off := len(modelMagic)
	num := func() (uint32, error) {
		v, n := binary.Uvarint(data[off:])
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
	m := &Model{}
	nw, err := num()
	if err != nil {
		return nil, err
	}
	m.words = make(map[string]word, nw)
	for range nw {
		k, err := str()
		if err != nil {
			return nil, err
		}
		var wd word
		for i := range wd.n {
			if wd.n[i], err = num(); err != nil {
				return nil, err
			}
		}
		if wd.units, err = num(); err != nil {
			return nil, err
		}
		if wd.lowUnits, err = num(); err != nil {
			return nil, err
		}
		if wd.mixed, err = str(); err != nil {
			return nil, err
		}
		m.words[k] = wd
	}
	for _, tbl := range []*map[string]pair{&m.left, &m.right} {
		np, err := num()
		if err != nil {
			return nil, err
		}
		*tbl = make(map[string]pair, np)
		for range np {
			k, err := str()
			if err != nil {
				return nil, err
			}
			var p pair
			if p.lower, err = num(); err != nil {
				return nil, err
			}
			if p.capital, err = num(); err != nil {
				return nil, err
			}
			(*tbl)[k] = p
		}
	}
	np, err := num()
	if err != nil {
		return nil, err
	}
	m.proper = make(map[string]bool, np)
	for range np {
		k, err := str()
		if err != nil {
			return nil, err
		}
		m.proper[k] = true
	}
	if off != len(data) {
		return nil, errMalformed
	}
	return m, nil
}
