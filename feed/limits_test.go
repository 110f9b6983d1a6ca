package feed_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/feed"
)

// rssItems returns an RSS document whose items are made by item(i).
func rssItems(n int, item func(i int) string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Invented Daily</title>`)
	for i := range n {
		b.WriteString(item(i))
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func plainItem(i int) string {
	return fmt.Sprintf(`<item><guid>g%d</guid><title>Item %d</title><link>https://invented.example/%d</link><description>Story number %d about the harbour.</description></item>`, i, i, i, i)
}

func TestPollLimits(t *testing.T) {
	tests := []struct {
		name                     string
		doc                      string
		maxItems                 int
		wantIngested, wantCapped int
		wantRejected             int
		wantErr                  string // in RejectErr
	}{
		{"item cap", rssItems(chorus.MaxFeedItems+100, plainItem), 0, chorus.MaxFeedItems, 100, 0, ""},
		{"item cap option", rssItems(30, plainItem), 10, 10, 20, 0, ""},
		{"5 MB title", rssItems(3, func(i int) string {
			if i == 1 {
				return `<item><guid>big</guid><title>` + strings.Repeat("t", 5<<20) + `</title><description>Harbour news.</description></item>`
			}
			return plainItem(i)
		}), 0, 2, 0, 1, "title of 5242880 bytes"},
		{"huge body", rssItems(3, func(i int) string {
			if i == 2 {
				return `<item><guid>big</guid><title>Big</title><description>` + strings.Repeat("word ", chorus.MaxFeedItemBytes/4) + `</description></item>`
			}
			return plainItem(i)
		}), 0, 2, 0, 1, "body of"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/rss+xml")
				_, _ = w.Write([]byte(tt.doc))
			}))
			defer srv.Close()
			svc := newService()
			p := newPoller(t, svc, &clock{now: time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)}, feed.Options{MaxItems: tt.maxItems})
			f, _ := svc.AddFeed(context.Background(), srv.URL+"/feed")
			r, err := p.Poll(context.Background(), *f)
			if err != nil || r.Err != nil {
				t.Fatalf("poll: %v, %v", err, r.Err)
			}
			if len(svc.Ingested()) != tt.wantIngested || r.Capped != tt.wantCapped || r.Rejected != tt.wantRejected {
				t.Errorf("ingested %d, capped %d, rejected %d; want %d, %d, %d", len(svc.Ingested()), r.Capped, r.Rejected, tt.wantIngested, tt.wantCapped, tt.wantRejected)
			}
			if tt.wantErr != "" && (r.RejectErr == nil || !strings.Contains(r.RejectErr.Error(), tt.wantErr)) {
				t.Errorf("RejectErr = %v, want %q", r.RejectErr, tt.wantErr)
			}
			feeds, _ := svc.Feeds(context.Background())
			if len(feeds[0].LastError) > chorus.MaxErrorBytes {
				t.Errorf("feed's last error of %d bytes", len(feeds[0].LastError))
			}
		})
	}
}
