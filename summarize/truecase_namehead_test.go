package summarize

import "testing"

func TestRaiseNameHeads(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"county", "deputies in Tarrow county found the car", "deputies in Tarrow County found the car"},
		{"county after a", "a Tarrow county jury convicted him", "a Tarrow County jury convicted him"},
		{"school after at", "a senior at Marlow Ridge high school said", "a senior at Marlow Ridge High School said"},
		{"school after the", "the Penwick middle school teacher", "the Penwick middle school teacher"},
		{"state county", "a Kansas county clerk refused", "a Kansas county clerk refused"},
		{"nationality", "the Irish county of Kerry", "the Irish county of Kerry"},
		{"school after a", "a Dorset high school teacher", "a Dorset high school teacher"},
		{"school after his", "his Lowell high school coach", "his Lowell high school coach"},
		{"state school", "at the Vermont high school", "at the Vermont high school"},
		{"opening", "When Fresno high school let out", "When Fresno high school let out"},
		{"compound", "a Tarrow countywide vote", "a Tarrow countywide vote"},
		{"already", "in Tarrow County", "in Tarrow County"},
		{"lower run", "at the local high school", "at the local high school"},
	}
	for _, c := range cases {
		if got := raiseNameHeadsIn(c.in); got != c.want {
			t.Errorf("%s: raiseNameHeadsIn(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
