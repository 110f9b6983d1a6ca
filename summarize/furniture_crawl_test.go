package summarize

import (
	"errors"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestIsCrawlNotice(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"crawl label", "Crawls of the Orvale web domain made for the Tarnwick state library.", true},
		{"collection", "Narrow crawls are sets of often refreshed pages from one domain.", true},
		{"crawled for", "Pages crawled on behalf of a fictional internet heritage trust.", true},
		{"seed", "The seed for this crawl was every host the archive knew of in May.", true},
		{"donated data", "Since 2001, a search firm has given its crawl data to a library.", true},
		{"broken links", "Tarnwick Trust hopes to fix all broken links its readers meet.", true},
		{"described", "Contains archived websites of river clubs in the Orvale valley.", true},
		{"access note", "This data is, for now, not publicly accessible.", true},
		{"files note", "These files are now not publicly accessible.", true},
		{"collection steps", "For this collection, several things were done to the Orvale pages: 1.", true},
		{"collection seed", "This time the seed list was built from all 40 river club collections.", true},
		{"collection wikis", "For the second time, we did all the different wikis of the valley.", true},
		{"collection properties", "Properties of this collection and its seeds.", true},
		{"partner", "Archive-it partner 12: the Orvale river museum keeps its club pages.", true},
		{"collection news", "The museum said its stamp collection was stolen on Friday.", false},
		{"wiki news", "The Orvale council banned its staff from editing the town's wiki page.", false},
		{"privacy", "This data is not publicly accessible to the families who asked for it, the mayor said.", false},
		{"animal", "The baby crawled across the kitchen floor to her mother.", false},
		{"slow", "Traffic slowed to a crawl on the bridge after the crash.", false},
		{"archive news", "The internet archive said it had saved old pages of the mayor's site.", false},
		{"crawler", "Using web crawler software, the contractor copied the files.", false},
		{"national archives", "Papers the national archives let out last week show the plan.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isCrawlNotice(tt.s); got != tt.want {
				t.Errorf("isCrawlNotice(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestCrawlNoticeOnly checks that a cluster holding only an archive's
// crawl notices gives a reader no summary, and Fill still gives one.
func TestCrawlNoticeOnly(t *testing.T) {
	arts := []chorus.Article{
		{ID: "a", Text: "Since 2001, a search firm has given its crawl data to a web library. Narrow crawls are sets of often refreshed pages from one web domain."},
		{ID: "b", Text: "Crawls of the Orvale web domain made for the Tarnwick state library. Tarnwick Trust hopes to fix all broken links its readers meet."},
	}
	if _, err := Summarize(arts, chorus.Options{}); !errors.Is(err, chorus.ErrNoText) {
		t.Errorf("reader's summary: error %v, want %v", err, chorus.ErrNoText)
	}
	if s, err := Summarize(arts, chorus.Options{Words: 100, Fill: true}); err != nil || len(s.Sentences) == 0 {
		t.Errorf("Fill: %d sentences, error %v; want a summary", len(s.Sentences), err)
	}
}
