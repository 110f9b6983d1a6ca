package clean

import "testing"

func TestSpaceGluedApostrophes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the nurses'union voted", "the nurses' union voted"},
		{"a sign at Huggin'Bakery", "a sign at Huggin' Bakery"},
		{"a fan of'the great outdoors' show", "a fan of 'the great outdoors' show"},
		{"Ellis'plan", "Ellis' plan"},
		{"O'Malley and D'Arcy met Sa'id", "O'Malley and D'Arcy met Sa'id"},
		{"we'll see, don't go, rock'n'roll, ma'am", "we'll see, don't go, rock'n'roll, ma'am"},
		{"the boys'cause", "the boys'cause"},
		{"no apostrophe here", "no apostrophe here"},
		{"'quoted' at the edges'", "'quoted' at the edges'"},
		{"Ahmed's and Lopez'", "Ahmed's and Lopez'"},
	} {
		if got := spaceGluedApostrophes(c.in); got != c.want {
			t.Errorf("spaceGluedApostrophes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
