package summarize

import "testing"

// TestCutGettyCredit checks the agency credits set with a comma or a dash
// cut from a sentence's front against news that names the agency.
func TestCutGettyCredit(t *testing.T) {
	for _, tc := range []struct {
		s, want string
		cut     bool
	}{
		{"Jane roe, getty images the council of tarnwick voted to close the old pier.", "The council of tarnwick voted to close the old pier.", true},
		{"- getty images, file the mayor of velmora speaks at the harbour on monday.", "The mayor of velmora speaks at the harbour on monday.", true},
		{"Credit getty images women who swim daily sleep better, a study in velmora finds.", "Women who swim daily sleep better, a study in velmora finds.", true},
		{"Jane roe, getty images jane roe, getty images the ferry pilots went on strike in tarnwick.", "The ferry pilots went on strike in tarnwick.", true},
		{"| photo by tarnwick police department, distributed by getty images the chief is seeking to fire two officers.", "The chief is seeking to fire two officers.", true},
		{"Picture archive getty images is opening its files to publishers free of charge.", "", false},
		{"Shares of getty images rose on monday after the deal was announced.", "", false},
		{"Jane roe, getty images the end.", "", false},
	} {
		got, cut := cutGettyCredit(tc.s)
		if !tc.cut {
			tc.want = tc.s
		}
		if got != tc.want || cut != tc.cut {
			t.Errorf("cutGettyCredit(%q) = %q, %v, want %q, %v", tc.s, got, cut, tc.want, tc.cut)
		}
	}
}
