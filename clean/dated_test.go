package clean

import "testing"

func TestStripDatedLine(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		first          bool
	}{
		{"place and region", "Tarnwick, vt., may 3, 2031 -- the harbour board voted to rebuild the north pier.", "The harbour board voted to rebuild the north pier.", true},
		{"wire tag", "Port vellin, maine, june 9, 2030 / prwire/ -- the ferry line said it would add two boats this summer.", "The ferry line said it would add two boats this summer.", true},
		{"date in parentheses", "Tarnwick, vt. ( oct. 30, 2029 ) - a new survey finds most ferry riders want later sailings.", "A new survey finds most ferry riders want later sailings.", true},
		{"dash before parentheses", "Tarnwick - ( oct. 30, 2029 ) - a new survey finds most ferry riders want later sailings.", "A new survey finds most ferry riders want later sailings.", true},
		{"weekday and date", "Tuesday, feb. 14, 2030 -- ferry riders who sit outside report fewer colds, a new study finds.", "Ferry riders who sit outside report fewer colds, a new study finds.", true},
		{"date alone", "Nov. 15, 2030 -- the harbour board says 30 of its 50 piers need repairs this year.", "The harbour board says 30 of its 50 piers need repairs this year.", true},
		{"headline before", "Harbour board backs new ferry plan tarnwick, vt., may 3, 2031 -- the harbour board voted to rebuild the north pier.", "The harbour board voted to rebuild the north pier.", true},
		{"not the first paragraph", "Tarnwick, vt., may 3, 2031 -- the harbour board voted to rebuild the north pier.", "Tarnwick, vt., may 3, 2031 -- the harbour board voted to rebuild the north pier.", false},
		{"a sentence before", "The board met. Tarnwick, vt., may 3, 2031 -- the harbour board voted to rebuild the north pier.", "The board met. Tarnwick, vt., may 3, 2031 -- the harbour board voted to rebuild the north pier.", true},
		{"a clause, no comma", "Judgment day for the pier is coming may 21, 2031 -- not this decade, not this year, but on that day.", "Judgment day for the pier is coming may 21, 2031 -- not this decade, not this year, but on that day.", true},
		{"glue before the date", "The pilot died on tuesday, june 4, 2030 - just days after the ferry line named him captain.", "The pilot died on tuesday, june 4, 2030 - just days after the ferry line named him captain.", true},
		{"life dates", "Mara Venn ( august 4, 1900 - march 30, 2002 ) was a ferry pilot on the north route for forty years.", "Mara Venn ( august 4, 1900 - march 30, 2002 ) was a ferry pilot on the north route for forty years.", true},
		{"too short after", "Tarnwick, vt., may 3, 2031 -- the board met.", "Tarnwick, vt., may 3, 2031 -- the board met.", true},
	} {
		if got := stripDatedLine(c.in, c.first); got != c.want {
			t.Errorf("%s: stripDatedLine(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func FuzzStripDatedLine(f *testing.F) {
	f.Add("Tarnwick, vt., may 3, 2031 -- the harbour board voted to rebuild the north pier.")
	f.Add("Tarnwick - ( oct. 30, 2029 ) - a new survey finds most ferry riders want later sailings.")
	f.Fuzz(func(t *testing.T, s string) {
		got := stripDatedLine(s, true)
		if len(got) > len(s) {
			t.Errorf("stripDatedLine(%q) = %q grew", s, got)
		}
	})
}
