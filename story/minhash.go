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

// minhash returns the signature of a word sequence and whether it had any
// shingle.
func minhash(words []string) (signature, bool) {
	var sig signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	n := shingleLen
	if len(words) < n {
		n = len(words)
	}
	if n == 0 {
		return sig, false
	}
	for i := 0; i+n <= len(words); i++ {
		h := uint64(14695981039346656037)
		for _, w := range words[i : i+n] {
			h = fnv64(h, w)
			h = fnv64(h, " ")
		}
		for k := range sig {
			v := uint32(mix(h ^ (uint64(k+1) * 0x9e3779b97f4a7c15)))
			if v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig, true
}

// jaccard estimates the Jaccard similarity of two signatures.
func jaccard(a, b *signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / sigSize
}
