package summarize

import "testing"

func TestDateMonths(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"day first, may", "The court met on 12 may, and Orla Tesh spoke.", "The court met on 12 May, and Orla Tesh spoke."},
		{"day first, sentence end", "The ferry sank on 3 june.", "The ferry sank on 3 June."},
		{"day first, march going on", "The vote was held on 4 march in Tarnby.", "The vote was held on 4 March in Tarnby."},
		{"day first, opens text", "22 july is the date.", "22 July is the date."},
		{"month first in brackets", "They met in Velmora today (april 19) at noon.", "They met in Velmora today (April 19) at noon."},
		{"short form after weekday", "It opens Tuesday, aug. 4, in Marlow.", "It opens Tuesday, Aug. 4, in Marlow."},
		{"month and year", "She left in may 2015 for Orrin.", "She left in May 2015 for Orrin."},
		{"month alone after in", "The mill shut in november after a fire.", "The mill shut in November after a fire."},
		{"may as a verb after a number", "Up to 10 may die in the heat.", "Up to 10 may die in the heat."},
		{"may as a verb after a date word", "On day 7 may be the last.", "On day 7 may be the last."},
		{"may before a verb", "The mill shut on 7 may reopen.", "The mill shut on 7 may reopen."},
		{"march as a verb", "They will march 10 miles and march 5 more.", "They will march 10 miles and march 5 more."},
		{"a model name", "The Tarn 7 may lose its port.", "The Tarn 7 may lose its port."},
		{"august as a word", "An august body met in august halls.", "An august body met in august halls."},
		{"already capitalised", "It sank on 3 June.", "It sank on 3 June."},
		{"too large a day", "Only 45 may enter.", "Only 45 may enter."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseDateMonthsIn(tt.in); got != tt.want {
				t.Errorf("raiseDateMonthsIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
