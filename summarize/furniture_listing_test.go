package summarize

import "testing"

// TestListingLine checks a page's schedule lines, review headers and link
// lists against news sentences that share their words.
func TestListingLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"interview airs", "Anna Varga's interview with the harbour master airs Sunday at 2 p.m. ET on Channel 4.", true},
		{"show airs weekdays", "The Tarnwick hour airs weekdays at 4 p.m. et.", true},
		{"will air", "The 90-minute special will air Friday, May 3, at 9:30 p.m. et.", true},
		{"rated", "Rated PG-13 (for peril at sea and brief language).", true},
		{"header", "Director: Anna Varga cast: Oren Maddox, Ilse Varga running time: 98 minutes the ferry film opens cold.", true},
		{"more on site", "More on tarnwick.gov: the ferry's new timetable and fares.", true},
		{"more from colon", "More from the Herald: pier closes for a month.", true},
		{"announced", "The memorial will be streamed live between 3 p.m. and 4 p.m. ET on Saturday, the band announced on its page.", false},
		{"debate no zone", "The debate airs live at 9 p.m. from the Tarnwick town hall.", false},
		{"aired clip", "The mayor switched off the lights in a clip which aired just before 9.30am.", false},
		{"long airtime story", "The network said the interview, in which Anna Varga describes the night the ferry sank and the hours she spent in the water before a fishing boat found her, will air Sunday at 8 p.m. ET.", false},
		{"rated long", "Rated R by the ratings board after a long appeal, the film about the Tarnwick ferry disaster lost half its screens in its first weekend.", false},
		{"one label", "The film's running time: almost three hours, and the critics loved it.", false},
		{"more on news", "More on the harbour's fishing fleet returned on Tuesday than on any day since May.", false},
		{"more from news", "More from Tarnwick than from any other town signed the petition.", false},
	} {
		if got := listingLine(tc.s); got != tc.want {
			t.Errorf("%s: listingLine(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}
