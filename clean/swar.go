package clean

// needsMapping and needsCollapse read a text eight bytes at a time while
// its bytes are ASCII (most of every article), and the bytes of its other
// runes one at a time. The masks below are exact for eight ASCII bytes
// (every byte below 0x80): no sum carries from one byte into the next.
// Reading so took needsMapping and needsCollapse from 27.2 M instructions
// to 10.7 M, and chorus summarize from 4,010 M to 3,991 M, on Multi-News
// validation's first 200 clusters (cachegrind, against 9995f52); the
// summaries of validation and train 1-38,000 are the same, byte for byte.
// TestEightByteReads and FuzzEightByteReads hold the two readings equal.

const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
)

// load8 returns the eight bytes of s from i as a little-endian word (one
// load: the compiler merges the shifts).
func load8(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// byteIs returns the high bit of each byte of x, eight ASCII bytes, that
// is c (an ASCII byte).
func byteIs(x uint64, c byte) uint64 {
	y := x ^ uint64(c)*swarOnes // a zero byte where x holds c
	return ^(y + 0x7F*swarOnes) & swarHigh
}

// controlBytes returns the high bit of each byte of x, eight ASCII bytes,
// below 0x20.
func controlBytes(x uint64) uint64 {
	return ^(x + 0x60*swarOnes) & swarHigh
}

// spacingControls returns the high bit of each byte of x, eight ASCII
// bytes, from '\t' to '\r' (tab, newline, vertical tab, form feed,
// carriage return).
func spacingControls(x uint64) uint64 {
	return (x + (0x80-'\t')*swarOnes) &^ (x + (0x80-'\r'-1)*swarOnes) & swarHigh
}
