package feed

import (
	"testing"

	"github.com/mmcdole/gofeed"
)

// TestItemSource checks who a feed item is credited to: the feed for its
// own site's pages, the linked site for an aggregator's items.
func TestItemSource(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, site, link, want string
	}{
		{"own page", "https://northport.example/", "https://northport.example/barrier", "Northport Daily"},
		{"own subdomain", "https://www.paper.co.uk/", "https://news.paper.co.uk/a/1", "Northport Daily"},
		{"aggregated page", "https://northport.example/", "https://www.harbourwatch.example/barrier", "harbourwatch.example"},
		{"other site under one suffix", "https://paper.co.uk/", "https://other.co.uk/a", "other.co.uk"},
		{"feed proxy", "https://northport.example/", "https://feedproxy.google.com/~r/np/1", "Northport Daily"},
		{"relative link", "https://northport.example/", "/barrier", "Northport Daily"},
		{"no link", "https://northport.example/", "", "Northport Daily"},
		{"no site", "", "https://harbourwatch.example/barrier", "Northport Daily"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := itemSource("Northport Daily", tt.site, &gofeed.Item{Link: tt.link})
			if got != tt.want {
				t.Errorf("itemSource(%q, %q) = %q, want %q", tt.site, tt.link, got, tt.want)
			}
		})
	}
}
