package summarize

import "testing"

// TestRetellsBail checks which chosen sentences tell again a release on
// bail another tells, on invented sentences.
func TestRetellsBail(t *testing.T) {
	posted := "Orvell, 41, was held at the Tarnwick county jail at 2:10 a.m. Friday and posted bail shortly before 7 a.m., court records show."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"the release again, its sum added", "Orvell was released at about 7 am after posting a $750 bond.", true},
		{"freed on bail", "Orvell was freed after posting a $2,000 cash bail.", true},
		{"another subject", "His brother was released after posting a $750 bond.", false},
		{"a place of its own", "Orvell was released from the Ostrel harbour station after posting bail.", false},
		{"a number of its own", "Orvell was released at 9 a.m. after posting bail.", false},
		{"a denial", "Orvell was not released after posting a $750 bond.", false},
		{"no release", "Orvell must appear in court on the bond charge next month.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, posted, tt.other)
			if got := c.retellsBail(b, a); got != tt.want {
				t.Errorf("retellsBail = %v, want %v", got, tt.want)
			}
		})
	}
}
