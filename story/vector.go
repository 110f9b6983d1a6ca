package story

import (
	"math"
	"sort"
)

// entry is one term weight of a sparse vector.
type entry struct {
	term   int32
	weight float32
}

// vector is a sparse vector sorted by term. Operations walk the entries in
// term order, so sums are bit-for-bit reproducible.
type vector []entry

// dot returns the inner product of a and b. When one vector is much longer
// it is searched, not walked.
func dot(a, b vector) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) > 16*len(a) {
		var s float64
		rest := b
		for _, e := range a {
			k := sort.Search(len(rest), func(i int) bool { return rest[i].term >= e.term })
			if k < len(rest) && rest[k].term == e.term {
				s += float64(e.weight) * float64(rest[k].weight)
			}
			rest = rest[k:]
		}
		return s
	}
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].term < b[j].term:
			i++
		case a[i].term > b[j].term:
			j++
		default:
			s += float64(a[i].weight) * float64(b[j].weight)
			i++
			j++
		}
	}
	return s
}

// norm returns the Euclidean length of v.
func (v vector) norm() float64 { return math.Sqrt(dot(v, v)) }

// add returns a + sign·b as a new vector, dropping entries that cancel out.
func add(a, b vector, sign float32) vector {
	out := make(vector, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i].term < b[j].term):
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j].term < a[i].term:
			out = append(out, entry{b[j].term, sign * b[j].weight})
			j++
		default:
			w := a[i].weight + sign*b[j].weight
			if math.Abs(float64(w)) > 1e-6 {
				out = append(out, entry{a[i].term, w})
			}
			i++
			j++
		}
	}
	return out
}

// top returns the terms of the k heaviest entries of v, heaviest first (ties
// by term).
func (v vector) top(k int) []int32 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(x, y int) bool {
		a, b := v[idx[x]], v[idx[y]]
		if a.weight != b.weight {
			return a.weight > b.weight
		}
		return a.term < b.term
	})
	if len(idx) > k {
		idx = idx[:k]
	}
	out := make([]int32, len(idx))
	for i, x := range idx {
		out[i] = v[x].term
	}
	return out
}

// cosine returns the cosine of a and b given their norms.
func cosine(a, b vector, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	return dot(a, b) / (na * nb)
}
