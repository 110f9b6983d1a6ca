package summarize

import "testing"

func TestFrontedSubhead(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"heading before a letter", "Dependence on river water in a letter, which went to three county offices, the millers said the new quarry rules were far too weak.",
			"In a letter, which went to three county offices, the millers said the new quarry rules were far too weak."},
		{"credit before a year", "Odile Farrant in 2016, the Tarnwick ferry board sold its two oldest boats to a salvage yard up the coast.",
			"In 2016, the Tarnwick ferry board sold its two oldest boats to a salvage yard up the coast."},
		{"name again after a clause", "Ilse Varga while Ms. Varga did make friends on the pier, some of the older crews thought her strange.",
			"While Ms. Varga did make friends on the pier, some of the older crews thought her strange."},
		{"subject goes on with its verb", "The ferry board in a letter to the council said the north pier would close in the spring for repairs.",
			"The ferry board in a letter to the council said the north pier would close in the spring for repairs."},
		{"parenthetical attribution", "Harbour crews at the north pier, the mayor said, have worked through the night to clear the wreck.",
			"Harbour crews at the north pier, the mayor said, have worked through the night to clear the wreck."},
		{"verb in the heading", "Tarnwick voted on monday, the council said in a statement issued late that evening to the press.",
			"Tarnwick voted on monday, the council said in a statement issued late that evening to the press."},
		{"born", "Born Anna Petrova in Tarnwick, the singer moved to the capital before her first record came out.",
			"Born Anna Petrova in Tarnwick, the singer moved to the capital before her first record came out."},
		{"place and region", "Varga castle in Tarnwick, Westvale has been put up for sale with a price tag of four million pounds.",
			"Varga castle in Tarnwick, Westvale has been put up for sale with a price tag of four million pounds."},
		{"date comma", "Jon and Mara Holt on Tuesday, May 9 announced the birth of a girl weighing seven pounds and two ounces.",
			"Jon and Mara Holt on Tuesday, May 9 announced the birth of a girl weighing seven pounds and two ounces."},
		{"list after comma", "Mara Holt on Monday starts a tour of Tarnwick, Westvale and Dunmore planned to answer her critics at home.",
			"Mara Holt on Monday starts a tour of Tarnwick, Westvale and Dunmore planned to answer her critics at home."},
		{"appositive after comma", "Saint Brendan school on Friday, the day after she came home from her wedding on the coast.",
			"Saint Brendan school on Friday, the day after she came home from her wedding on the coast."},
		{"time heading", "Last april in the harbour, the council voted to close the north pier for repairs to its piles.",
			"Last april in the harbour, the council voted to close the north pier for repairs to its piles."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := frontedSubhead(tt.in)
			if got != tt.want {
				t.Errorf("frontedSubhead(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
