package feed

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/mock"
	"github.com/mmcdole/gofeed"
)

// FuzzFeedItems feeds arbitrary documents to the feed parser and the item
// conversion: they must never panic, and every article they hand to the
// service must pass chorus.CheckArticle with text and an http(s) URL or
// none.
func FuzzFeedItems(f *testing.F) {
	for _, name := range []string{"testdata/rss.xml", "testdata/atom.xml", "testdata/feed.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<rss version="2.0"><channel><title>t</title><item><title>a` + "\x00" + `</title><link>/rel</link><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"j","items":[{"id":"1","url":"javascript:alert(1)","content_html":"<b>hi</b>"}]}`))
	p, err := NewPoller(Options{Service: &mock.StoryService{}})
	if err != nil {
		f.Fatal(err)
	}
	feed := chorus.Feed{ID: 1, URL: "https://feeds.example/news.xml"}
	f.Fuzz(func(t *testing.T, doc []byte) {
		parsed, err := gofeed.NewParser().Parse(bytes.NewReader(doc))
		if err != nil {
			return
		}
		if len(parsed.Items) > p.opts.MaxItems {
			parsed.Items = parsed.Items[:p.opts.MaxItems]
		}
		arts, _ := p.articles(feed, parsed)
		for _, a := range arts {
			if err := chorus.CheckArticle(a); err != nil {
				t.Errorf("article %+v breaks a limit: %v", a, err)
			}
			if a.Text == "" || a.ID == "" {
				t.Errorf("article without text or ID: %+v", a)
			}
			if u := strings.ToLower(a.URL); u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Errorf("article URL %q is not http(s)", a.URL)
			}
		}
	})
}
