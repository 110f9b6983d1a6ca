package feed

import (
	"bytes"
	"fmt"

	"github.com/chorusnews/chorus"
	"github.com/mmcdole/gofeed"
)

// IsFeed reports whether data (a whole document or its first kilobytes)
// is an RSS, Atom or JSON Feed document.
func IsFeed(data []byte) bool {
	return gofeed.DetectFeedType(bytes.NewReader(validUTF8(data))) != gofeed.FeedTypeUnknown
}

// Items parses a feed document and returns one article per item with
// usable text, as the poller would ingest them: title, the item's link
// resolved against feedURL (which may be empty), date, the feed's title as
// Source and the item's content or description as text. Items over the
// limits of package chorus are left out, and so are items beyond
// chorus.MaxFeedItems.
func Items(data []byte, feedURL string) ([]chorus.Article, error) {
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(validUTF8(data)))
	if err != nil {
		return nil, fmt.Errorf("cannot parse feed: %w", err)
	}
	if len(parsed.Items) > chorus.MaxFeedItems {
		parsed.Items = parsed.Items[:chorus.MaxFeedItems]
	}
	articles, _ := (&Poller{}).articles(chorus.Feed{URL: feedURL}, parsed)
	return articles, nil
}
