package summarize

import "testing"

func TestBareNounSeam(t *testing.T) {
	tests := []struct {
		name, in, want string
		others         []string
	}{
		{"a noun the cluster writes after an article is cut from its phrase",
			"Image caption crowds came from westvale to watch the tarnwick harbour festival was cancelled after storms flooded the quay on monday night.",
			"Image caption crowds came from westvale to watch the tarnwick harbour festival was cancelled after storms flooded the quay on monday night.",
			[]string{"The harbour festival has run since 1898. Storms hit the quay.", "Organisers of the harbour festival said the quay was flooded."}},
		{"no article left open before the seam",
			"Image caption ferries sail from tarnwick every day ferry maker ostrel has recalled 40 boats after cracks were found in their hulls.",
			"Ostrel has recalled 40 boats after cracks were found in their hulls.",
			[]string{"The Ostrel recall covers 40 boats. The Ostrel boats sail daily. Ostrel said cracks were found."}},
		{"a name the cluster writes bare opens a lede",
			"Image caption crowds came from westvale to see the old ferry ostrel has cancelled the tarnwick harbour festival after storms flooded the quay.",
			"Ostrel has cancelled the tarnwick harbour festival after storms flooded the quay.",
			[]string{"Ostrel said the quay was flooded. Ostrel runs the festival.", "A spokesman for Ostrel spoke."}},
		{"a plural opens a lede though it takes an article elsewhere",
			"Image caption the storm flooded the quay at tarnwick on monday harbour workers have cancelled the festival for the first time since 1898.",
			"Harbour workers have cancelled the festival for the first time since 1898.",
			[]string{"The harbour workers met on monday. The harbour workers said the quay was flooded."}},
		{"a title opens a lede though it takes an article elsewhere",
			"Image caption the storm flooded the quay at tarnwick on monday mayor anna varga has cancelled the festival for the first time since 1898.",
			"Mayor anna varga has cancelled the festival for the first time since 1898.",
			[]string{"The mayor anna varga spoke. The mayor said the quay was flooded."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cw := newClusterPairs(append([]string{tt.in}, tt.others...))
			if got := cutImageCaption(tt.in, cw); got != tt.want {
				t.Errorf("cutImageCaption(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
