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
		{"we've", "As we've reported, the harbour board sold the ferry to a firm from Velmora.", "The harbour board sold the ferry to a firm from Velmora."},
		{"previously reported", "As previously reported, Anna Varga left the harbour board in May.", "Anna Varga left the harbour board in May."},
		{"previously reported by", "As previously reported by tarnwick weekly, Anna Varga has a new boat.", "Anna Varga has a new boat."},
		{"originally reported", "As originally reported, the plan calls for two new ferry lines.", "The plan calls for two new ferry lines."},
		{"outlet previously", "As the Tarnwick Gazette previously reported, Anna Varga was fined for speeding.", "Anna Varga was fined for speeding."},
		{"outlet reported previously", "As gazette reported previously, the Harbour Board confirmed in May that the pier had cracked.", "The Harbour Board confirmed in May that the pier had cracked."},
		{"outlet at the time", "As radar reported at the time, the ferry's crew walked off in protest.", "The ferry's crew walked off in protest."},
		{"outlet earlier this week", "As Tarnwick news reported earlier this week, the ferry is for sale again.", "The ferry is for sale again."},
		{"outlet closing", "The ferry was sold to a firm from Velmora, as the Gazette previously reported.", "The ferry was sold to a firm from Velmora."},
		{"outlet first", "As the Gazette first reported, Anna Varga left the harbour board in May.", "As the Gazette first reported, Anna Varga left the harbour board in May."},
		{"outlet plain", "As the Gazette reported, Anna Varga left the harbour board in May.", "As the Gazette reported, Anna Varga left the harbour board in May."},
		{"originally reported by", "As originally reported by the Gazette, Anna Varga left the board in May.", "As originally reported by the Gazette, Anna Varga left the board in May."},
		{"pronoun previously", "As he previously reported, the ferry's engines were older than the pier.", "As he previously reported, the ferry's engines were older than the pier."},
		{"was reported", "As was previously reported, the ferry's engines were older than the pier.", "As was previously reported, the ferry's engines were older than the pier."},
		{"outlet quoted", `"As the Gazette previously reported, the pier is unsafe," Anna Varga said.`, `"As the Gazette previously reported, the pier is unsafe," Anna Varga said.`},
		{"predicted", "The board sold the pier, and as we predicted on Monday, the buyer is a firm from Velmora.", "The board sold the pier, and the buyer is a firm from Velmora."},
		{"as we go", "As we go to press, the ferry is still in the harbour at Tarnwick.", "As we go to press, the ferry is still in the harbour at Tarnwick."},
	} {
		got, ok := cutAsReportedClause(c.s)
		if got != c.want || ok != (c.want != c.s) {
			t.Errorf("%s: cutAsReportedClause(%q) = %q, %v; want %q", c.name, c.s, got, ok, c.want)
		}
	}
}
