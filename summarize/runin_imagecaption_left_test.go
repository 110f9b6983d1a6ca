package summarize

import "testing"

func TestImageCaptionKept(t *testing.T) {
	raw := "Image copyright westvale press image caption ilse varga walked the pier at dawn the tarnwick ferry line has closed after a century of crossings."
	for _, tc := range []struct {
		name, raw, s string
		want         bool
	}{
		{"caption kept", raw, "Ilse varga walked the pier at dawn the tarnwick ferry line has closed after a century of crossings.", true},
		{"caption cut", raw, "The tarnwick ferry line has closed after a century of crossings.", false},
		{"bare label", "Image caption ilse varga walked the pier at dawn the tarnwick ferry line has closed.", "Ilse varga walked the pier at dawn the tarnwick ferry line has closed.", true},
		{"no label", "Ilse varga walked the pier at dawn the tarnwick ferry line has closed.", "Ilse varga walked the pier at dawn the tarnwick ferry line has closed.", false},
	} {
		if got := imageCaptionKept(tc.raw, tc.s); got != tc.want {
			t.Errorf("%s: imageCaptionKept = %v, want %v", tc.name, got, tc.want)
		}
	}
}
