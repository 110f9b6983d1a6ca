package summarize

import "testing"

func TestRaiseStormNamesIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"hurricane", "Crews braced as hurricane Delphine neared Tarrow Bay.", "Crews braced as Hurricane Delphine neared Tarrow Bay."},
		{"possessive", "hurricane Delphine's winds tore roofs off.", "Hurricane Delphine's winds tore roofs off."},
		{"tropical storm", "a tropical storm Oswin watch was posted", "a Tropical Storm Oswin watch was posted"},
		{"opening tropical", "Tropical storm Oswin faded by noon.", "Tropical Storm Oswin faded by noon."},
		{"typhoon", "after typhoon Hollis struck", "after Typhoon Hollis struck"},
		{"a day", "The hurricane Friday flooded the pier.", "The hurricane Friday flooded the pier."},
		{"plural", "hurricanes Delphine and Oswin", "hurricanes Delphine and Oswin"},
		{"storm alone", "the actress storm Reid smiled", "the actress storm Reid smiled"},
		{"no name", "the hurricane season opened", "the hurricane season opened"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseStormNamesIn(tt.in); got != tt.want {
				t.Errorf("raiseStormNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
