package clean

import "testing"

func TestRepairReplacedQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the council\uFFFDs vote", "the council's vote"},
		{"we can\uFFFDt and I\uFFFDve tried", "we can't and I've tried"},
		{"he was \"all but done\uFFFD? by then", "he was \"all but done\" by then"},
		{"a weekend, \uFFFD Dorn said", "a weekend, \uFFFD Dorn said"},
		{"a 3\uFFFD-year-old", "a 3\uFFFD-year-old"},
		{"plain text", "plain text"},
	} {
		if got := repairReplacedQuotes(c.in); got != c.want {
			t.Errorf("repairReplacedQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
