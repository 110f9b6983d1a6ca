package summarize

import "testing"

func TestSeriesLabel(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		want bool
	}{
		{"bare", "Part one of a two-part series.", true},
		{"titled twice", "Harbour lives: part 2 part two of a four-part series with ferry captain Anna Varga.", true},
		{"digits", "Part 2 of a 4-part investigation.", true},
		{"aired", "Part 1 of the harbour film ran on Friday, and part 2 follows next week.", false},
		{"inside", "Critics said part 1 of a 2-film ferry saga was the weaker half.", false},
		{"with verb", "Part one of a two-part series on the Tarnwick ferry, which the council sold last week for a token sum.", false},
	} {
		if got := seriesLabel(c.s); got != c.want {
			t.Errorf("%s: seriesLabel(%q) = %v, want %v", c.name, c.s, got, c.want)
		}
	}
}
