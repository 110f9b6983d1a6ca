package dispute

import (
	"strconv"
	"testing"
)

// TestNumber checks number against strconv.Atoi, which it stands in for.
func TestNumber(t *testing.T) {
	for _, w := range []string{"", "0", "23", "1,200", "+5", "-7", "-", "+", "31st", "u.s", "2,000", "007",
		"99999999999999999999", "twenty", "a1", "٣", "1.5"} {
		n, ok := number(w)
		want, err := strconv.Atoi(w)
		if ok != (err == nil) || ok && n != want {
			t.Errorf("number(%q) = %d, %v; strconv.Atoi gives %d, %v", w, n, ok, want, err)
		}
	}
}
