package summarize

import "testing"

func TestLinkLabelInside(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"read details", "Unsafe practices by ferry crews, detailed read details of incidents since 2015 in which crews left the gates open.", true},
		{"gallery", "Ferry fares go up again click the gallery to see the dearest crossings in the country.", true},
		{"scroll prompt", "Scroll down for a map of the new routes and vote on the timetable.", true},
		{"quoted", "\"Just click here and it's done,\" the ferry board's manager said of the new booking site.", false},
		{"plain", "The ferry board gave more details of the incidents on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := linkLabelInside(tt.in); got != tt.want {
				t.Errorf("linkLabelInside(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutGalleryTail(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"tail", "Residents are unhappy with the new statue of the ferry captain in Tarnwick view gallery.",
			"Residents are unhappy with the new statue of the ferry captain in Tarnwick."},
		{"abbreviation", "Residents are unhappy with the new statue of the captain in Tarnwick, Pa. view gallery.",
			"Residents are unhappy with the new statue of the captain in Tarnwick, Pa."},
		{"short", "See it view gallery.", "See it view gallery."},
		{"none", "Residents are unhappy with the new statue in Tarnwick.", "Residents are unhappy with the new statue in Tarnwick."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := cutGalleryTail(tt.in); got != tt.want {
				t.Errorf("cutGalleryTail(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
