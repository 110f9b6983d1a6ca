package lex

// FNV-1a (64-bit) constants. Hashes built from them are stable across
// processes and platforms, so they may be stored in learned tables.
const (
	FNVOffset = 14695981039346656037
	FNVPrime  = 1099511628211
)

// Hash returns the FNV-1a hash of s.
func Hash(s string) uint64 { return HashMore(FNVOffset, s) }

// HashBytes returns the FNV-1a hash of b.
func HashBytes(b []byte) uint64 {
	h := uint64(FNVOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= FNVPrime
	}
	return h
}

// HashMore continues the FNV-1a hash h over the bytes of s: HashMore(Hash(a), b)
// equals Hash(a+b).
func HashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= FNVPrime
	}
	return h
}

// Pair combines two hashes into the hash of the ordered pair (a, b), as for
// a bigram of word hashes. Pair(a, b) and Pair(b, a) differ.
func Pair(a, b uint64) uint64 {
	return (a*0x9E3779B97F4A7C15 ^ b) * FNVPrime
}

// Mix is the splitmix64 finalizer: it spreads the bits of x so that any
// slice of the result (such as its top 32 bits) is well distributed.
func Mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
