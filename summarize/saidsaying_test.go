package summarize

import "testing"

func TestCutSaidSayingOne(t *testing.T) {
	for _, c := range []struct {
		name, s, want string
	}{
		{"statement", `The harbour board said in a statement, saying, "the pier will close."`, `The harbour board said in a statement, "the pier will close."`},
		{"bare", `Anna Varga said, saying "we will appeal."`, `Anna Varga said, "we will appeal."`},
		{"clause between", "The board said it would close the pier, saying it was unsafe.", "The board said it would close the pier, saying it was unsafe."},
		{"no quote", "The board said in a statement, saying the pier was unsafe.", "The board said in a statement, saying the pier was unsafe."},
		{"saying alone", `Anna Varga wrote to the board, saying, "we will appeal."`, `Anna Varga wrote to the board, saying, "we will appeal."`},
	} {
		got, ok := cutSaidSayingOne(c.s)
		if got != c.want || ok != (c.want != c.s) {
			t.Errorf("%s: cutSaidSayingOne(%q) = %q, %v; want %q", c.name, c.s, got, ok, c.want)
		}
	}
}
