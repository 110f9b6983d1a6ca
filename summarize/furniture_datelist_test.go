package summarize

import (
	"slices"
	"testing"
)

func TestCutDateList(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"months", `May, 2019 april, 2019 march, 2019 february, 2019 "the ferry will run," the mayor of Tarnwick said.`, `"The ferry will run," the mayor of Tarnwick said.`},
		{"days", "3 june 2018 2 june 2018 1 june 2018 the council of Orvale voted to close the pier.", "The council of Orvale voted to close the pier."},
		{"full dates", "June 3, 2018 June 2, 2018 June 1, 2018 the pier in Orvale closed for repairs.", "The pier in Orvale closed for repairs."},
		{"one dateline", "June 3, 2018 the pier in Orvale closed for repairs.", "June 3, 2018 the pier in Orvale closed for repairs."},
		{"two dates", "June 3, 2018 June 2, 2018 the pier in Orvale closed.", "June 3, 2018 June 2, 2018 the pier in Orvale closed."},
		{"too little left", "May, 2019 april, 2019 march, 2019 radio.", "May, 2019 april, 2019 march, 2019 radio."},
		{"in a sentence", "The pier closed in May, 2019 and april, 2019 and march, 2019.", "The pier closed in May, 2019 and april, 2019 and march, 2019."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutDateList(tt.s)
			if got != tt.want || ok != (tt.want != tt.s) {
				t.Errorf("cutDateList(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

// FuzzDateListFind: dateListFind finds what dateListRun finds.
func FuzzDateListFind(f *testing.F) {
	for _, s := range []string{"May, 2019 april, 2019 march, 2019 the pier closed.", "3 june 2018 2 june 2018 1 june 2018 it rained.",
		"ſept. 2019 ſept. 2018 ſept. 2017 a fair opened.", "DEC 1, 2019 NOV 1, 2019 OCT 1, 2019 ice.", "Jam, 2019", "ab", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := dateListFind(s), dateListRun.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("dateListFind(%q) = %v, want %v", s, got, want)
		}
	})
}
