package summarize

import "testing"

func TestPlaceCaption(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The headquarters of the Roads Ministry in Port Tamsin.", true},
		{"The entrance to the harbour office in Velmora on Tuesday.", true},
		{"The scene of the crash near Oldbridge.", true},
		{"The headquarters of the firm employs 900 people in Velmora.", false},
		{"The site of the crash remains closed to traffic.", false},
		{"The headquarters of the ministry was evacuated on Tuesday.", false},
		{"The offices of the council will reopen on Monday.", false},
		{"The scene of the crash near Oldbridge, which drivers call the worst bend in the county and which the council has promised to fix.", false},
		{"A photo of the ferry.", false},
	} {
		if got := placeCaption(c.s); got != c.want {
			t.Errorf("placeCaption(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
