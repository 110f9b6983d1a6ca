package summarize

import "testing"

func TestBookCredit(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"title by author publisher", "The harbour years: a memoir of the tide by ida roe westvale publishers.", true},
		{"page count", "Tide tables by Oren Lusk (Gullwing Books, 2031) 212 pp.", true},
		{"page count and price", "212 pp. $ 24.", true},
		{"published by", "The memoir was published by Westvale Press.", false},
		{"colon but a statement", "The council said: the pier will be rebuilt by the harbour board and its builders.", false},
		{"quoted", `"The harbour years: a memoir by ida roe westvale press."`, false},
		{"long line with pages", "The report, which runs to 400 pp. and took the board two years to write, says the pier is unsafe and must close before the winter storms reach the coast of the bay this year, officials said on monday.", false},
		{"apps", "The ferry line launched two new apps on monday.", false},
	} {
		if got := bookCredit(tc.s); got != tc.want {
			t.Errorf("%s: bookCredit(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}
