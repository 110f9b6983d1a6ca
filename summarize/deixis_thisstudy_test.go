package summarize

import "testing"

func TestThisStudy(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"new", "Ferry crews sleep less than pilots, according to this new survey.", "Ferry crews sleep less than pilots, according to a new survey."},
		{"latest", "Engineers in Velmora point to this latest report as proof.", "Engineers in Velmora point to the latest report as proof."},
		{"opening", "This new study of harbour seals was led by Ona Prell.", "A new study of harbour seals was led by Ona Prell."},
		{"bare", "All seals used in this study were tagged in May.", "All seals used in this study were tagged in May."},
		{"quoted", `"Nobody expected this new survey to matter," Prell said.`, `"Nobody expected this new survey to matter," Prell said.`},
		{"speaker", "I ran this new survey in two ports.", "I ran this new survey in two ports."},
		{"time", "The harbour closed this new year.", "The harbour closed this new year."},
	}
	for _, c := range cases {
		if got := thisStudy(c.in); got != c.want {
			t.Errorf("%s: thisStudy(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
