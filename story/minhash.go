package story

// This file finds near-duplicates (syndicated copies, lightly edited or spun
// rewrites) by MinHash over word shingles: the share of equal signature slots
// estimates the Jaccard similarity of two texts' shingle sets.

const (
	sigSize    = 64 // MinHash slots
	shingleLen = 3  // words per shingle
)

// signature is a MinHash signature; the zero value means "no text".
type signature [sigSize]uint32

// mix is the splitmix64 finalizer, used to derive the slot hashes.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// fnv64 hashes a string with FNV-1a, stable across processes.
func fnv64(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// minhash returns the one-permutation MinHash signature of a word
// sequence (Li, Owen & Zhang, 2012): each shingle is hashed once, the hash
// picks a slot and the slot keeps its least value. It also reports whether
// the sequence had any shingle.
func minhash(words []string) (signature, bool) {
	var sig signature
	for i := range sig {
		sig[i] = emptySlot
	}
	n := min(shingleLen, len(words))
	if n == 0 {
		return sig, false
	}
	for i := 0; i+n <= len(words); i++ {
		h := uint64(14695981039346656037)
		for _, w := range words[i : i+n] {
			h = fnv64(h, w)
			h = fnv64(h, " ")
		}
		h = mix(h)
		slot, v := h%sigSize, uint32(h>>32)&^emptySlot
		if v < sig[slot] {
			sig[slot] = v
		}
	}
	return sig, true
}

// emptySlot marks a slot no shingle fell into; hashes are kept below it.
const emptySlot = 1 << 31

// jaccard estimates the Jaccard similarity of two signatures from the slots
// that either filled.
func jaccard(a, b *signature) float64 {
	same, used := 0, 0
	for i := range a {
		if a[i] == emptySlot && b[i] == emptySlot {
			continue
		}
		used++
		if a[i] == b[i] {
			same++
		}
	}
	if used == 0 {
		return 0
	}
	return float64(same) / float64(used)
}
