package rouge

import (
	"encoding/binary"
	"math/bits"
)

// gramTable holds, for one kind of gram (n-grams of one size, or skip-bigrams
// with or without unigrams), every gram the references contain and how often
// each reference contains it. Grams are sequences of vocabulary ids; a
// skip-bigram unigram is stored as the pair (0, id), which no real pair can
// be since ids start at 1.
type gramTable struct {
	width  int              // ids per gram
	shift  uint             // bits per id in packed keys; 0 = string keys
	packed map[uint64]int32 // packed gram → gram index
	keyed  map[string]int32 // gram bytes → gram index, when ids do not pack
	counts []int32          // counts[g*nRefs+k]: occurrences of gram g in reference k
	totals []int            // grams per reference
	nRefs  int
	buf    []byte // key scratch while building
}

// newGramTable prepares an empty table for grams of width ids drawn from a
// vocabulary of vocabSize ids (1..vocabSize), sized for about hint grams.
func newGramTable(width, vocabSize, nRefs, hint int) *gramTable {
	t := &gramTable{width: width, nRefs: nRefs, totals: make([]int, nRefs)}
	shift := uint(bits.Len32(uint32(vocabSize)))
	if shift == 0 {
		shift = 1
	}
	if int(shift)*width <= 64 {
		t.shift = shift
		t.packed = make(map[uint64]int32, hint)
	} else {
		t.keyed = make(map[string]int32, hint)
	}
	t.counts = make([]int32, 0, hint*nRefs)
	return t
}

func (t *gramTable) pack(g []int32) uint64 {
	var k uint64
	for _, id := range g {
		k = k<<t.shift | uint64(id)
	}
	return k
}

func appendKey(buf []byte, g []int32) []byte {
	buf = buf[:0]
	for _, id := range g {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(id))
	}
	return buf
}

// lookup returns the index of gram g, using buf as scratch.
func (t *gramTable) lookup(g []int32, buf *[]byte) (int32, bool) {
	if t.packed != nil {
		i, ok := t.packed[t.pack(g)]
		return i, ok
	}
	*buf = appendKey(*buf, g)
	i, ok := t.keyed[string(*buf)]
	return i, ok
}

// add counts one occurrence of g in reference k.
func (t *gramTable) add(g []int32, k int) {
	i, ok := t.lookup(g, &t.buf)
	if !ok {
		i = int32(len(t.counts) / t.nRefs)
		if t.packed != nil {
			t.packed[t.pack(g)] = i
		} else {
			t.keyed[string(t.buf)] = i
		}
		t.counts = append(t.counts, make([]int32, t.nRefs)...)
	}
	t.counts[int(i)*t.nRefs+k]++
	t.totals[k]++
}

func (t *gramTable) size() int { return len(t.counts) / t.nRefs }

// gramKind says how a token sequence breaks into grams.
type gramKind struct {
	n        int  // n-gram size; 0 for skip-bigrams
	gap      int  // skip-bigrams: max words between the pair; negative = unlimited
	unigrams bool // skip-bigrams: also count unigrams (ROUGE-SU)
}

func (k gramKind) width() int {
	if k.n > 0 {
		return k.n
	}
	return 2
}

// each calls emit with every gram of seq, in ROUGE's order; it returns how
// many grams seq has. emit receives scratch it must not retain; grams holding
// an unknown id (0) are counted but, when skipUnknown is set, not emitted.
func (k gramKind) each(seq []int32, pair []int32, skipUnknown bool, emit func(g []int32)) int {
	count := 0
	if k.n > 0 {
	windows:
		for i := 0; i+k.n <= len(seq); i++ {
			count++
			g := seq[i : i+k.n]
			if skipUnknown {
				for _, id := range g {
					if id == 0 {
						continue windows
					}
				}
			}
			emit(g)
		}
		return count
	}
	// ROUGE-1.5.5 stops the outer loop one token early, so the last token is
	// never counted as a unigram.
	for i := 0; i < len(seq)-1; i++ {
		a := seq[i]
		if k.unigrams {
			count++
			if a != 0 || !skipUnknown {
				pair[0], pair[1] = 0, a
				emit(pair)
			}
		}
		for j := i + 1; j < len(seq) && (k.gap < 0 || j <= i+k.gap+1); j++ {
			count++
			if skipUnknown && (a == 0 || seq[j] == 0) {
				continue
			}
			pair[0], pair[1] = a, seq[j]
			emit(pair)
		}
	}
	return count
}
