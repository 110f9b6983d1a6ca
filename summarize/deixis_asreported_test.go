package summarize

import "testing"

func TestCutAsReportedClause(t *testing.T) {
	for _, c := range []struct {
		name, s, want string
	}{
		{"opening", "As we told you last night, the Tarnwick ferry was sold to a firm from Velmora.", "The Tarnwick ferry was sold to a firm from Velmora."},
		{"opening reported", "As we reported Tuesday, Anna Varga vetoed the harbour bill in front of the board.", "Anna Varga vetoed the harbour bill in front of the board."},
		{"after but", "Her sentence was stayed on one condition -- but as we first reported, Anna Varga left the program.", "Her sentence was stayed on one condition -- but Anna Varga left the program."},
		{"closing", "The harbour board will vote to sell the ferry, as we noted yesterday.", "The harbour board will vote to sell the ferry."},
		{"quote", `"As we reported to the board, the pier is unsafe," Anna Varga said.`, `"As we reported to the board, the pier is unsafe," Anna Varga said.`},
		{"quote closing", `Anna Varga said: "The pier is unsafe, as we told you."`, `Anna Varga said: "The pier is unsafe, as we told you."`},
		{"too short", "As we reported, it sank.", "As we reported, it sank."},
		{"no clause", "Anna Varga reported the leak to the harbour board on Tuesday.", "Anna Varga reported the leak to the harbour board on Tuesday."},
		{"as we go", "As we go to press, the ferry is still in the harbour at Tarnwick.", "As we go to press, the ferry is still in the harbour at Tarnwick."},
	} {
		got, ok := cutAsReportedClause(c.s)
		if got != c.want || ok != (c.want != c.s) {
			t.Errorf("%s: cutAsReportedClause(%q) = %q, %v; want %q", c.name, c.s, got, ok, c.want)
		}
	}
}
