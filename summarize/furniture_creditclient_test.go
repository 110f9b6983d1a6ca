package summarize

import "testing"

// TestCreditClient: an agency's credit before a client whose name's end
// is not written, and credits before a story that opens on "for".
func TestCreditClient(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"client", "Photo by jane roe/getty images for velm radio singer ola brenn died on friday at 80.", true},
		{"ap client", "Tomas rell/ap images for harbourco a harbourco worker walked off the pier.", true},
		{"story, determiner", "Jane roe/getty images for the third time in a year, the ferry sank.", false},
		{"story, time", "Jane roe/getty images for decades the ferry ran twice a day.", false},
		{"story, comma", "Jane roe/getty images for ola brenn, the pier was home.", false},
		{"no credit", "The mayor thanked the crews for velm radio on friday.", false},
	}
	for _, tt := range tests {
		if got := creditClient(tt.s); got != tt.want {
			t.Errorf("%s: %q: got %v, want %v", tt.name, tt.s, got, tt.want)
		}
	}
}

// TestCreditClientCut: what cutRunInCredit leaves of a sentence with a
// client's credit, found again in the article.
func TestCreditClientCut(t *testing.T) {
	body := "Ola brenn sang for forty years. Photo by jane roe/getty images for velm radio singer ola brenn died on friday at 80. " +
		"Jane roe/getty images for decades the ferry ran twice a day."
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"cut client", "For velm radio singer ola brenn died on friday at 80.", true},
		{"story", "For decades the ferry ran twice a day.", false},
		{"not in the article", "For velm radio the season ends in may.", false},
	}
	for _, tt := range tests {
		if got := creditClientCut(tt.s, body); got != tt.want {
			t.Errorf("%s: %q: got %v, want %v", tt.name, tt.s, got, tt.want)
		}
	}
}
