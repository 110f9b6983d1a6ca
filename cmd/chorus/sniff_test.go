package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestSniffFeedLimit checks that a feed file over chorus.MaxFeedBytes is
// refused as too large, not reported as malformed XML (it was cut at the
// limit before parsing), and that one under the limit is read.
func TestSniffFeedLimit(t *testing.T) {
	feedOf := func(items int) string {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Tessbury Courier</title>`)
		for i := range items {
			fmt.Fprintf(&b, "<item><title>Bridge %d</title><guid>b-%d</guid><description>The Tessbury council said on Tuesday that bridge %d would cost more than expected, and residents were angry about the delays.</description></item>", i, i, i)
		}
		b.WriteString("</channel></rss>")
		return b.String()
	}
	small, big := feedOf(10), feedOf(chorus.MaxFeedBytes/200)
	if len(big) <= chorus.MaxFeedBytes {
		t.Fatalf("the big feed has %d bytes, not over the limit", len(big))
	}
	tests := []struct {
		name    string
		doc     string
		code    string // error code, "" for none
		message string
	}{
		{"under the limit", small, "", ""},
		{"over the limit", big, chorus.ETOOLARGE, "a feed over the limit of 8388608 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, isFeed, _, err := sniffFeed(strings.NewReader(tt.doc), "courier.xml")
			if !isFeed {
				t.Fatal("not read as a feed")
			}
			if tt.code == "" {
				if err != nil || len(arts) == 0 {
					t.Fatalf("%d articles, error %v", len(arts), err)
				}
				return
			}
			if chorus.ErrorCode(err) != tt.code || !strings.Contains(fmt.Sprint(err), tt.message) {
				t.Errorf("error %v (code %q), want %q saying %q", err, chorus.ErrorCode(err), tt.code, tt.message)
			}
		})
	}
}
