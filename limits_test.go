package chorus_test

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCheckArticle(t *testing.T) {
	ok := chorus.Article{ID: "a", Title: "Dam opens", Source: "Valley Wire", URL: "https://valley.example/dam", Text: "The dam opened."}
	tests := []struct {
		name string
		edit func(a *chorus.Article)
		code string
		want string // in the message
	}{
		{"valid", func(a *chorus.Article) {}, "", ""},
		{"fields at their limits", func(a *chorus.Article) {
			a.ID, a.Title, a.Source = strings.Repeat("i", chorus.MaxIDBytes), strings.Repeat("t", chorus.MaxTitleBytes), strings.Repeat("s", chorus.MaxSourceBytes)
			a.URL, a.Text = "https://x.org/"+strings.Repeat("u", chorus.MaxURLBytes-14), strings.Repeat("w", chorus.MaxTextBytes)
		}, "", ""},
		{"id", func(a *chorus.Article) { a.ID = strings.Repeat("i", chorus.MaxIDBytes+1) }, chorus.EINVALID, "id of 257 bytes; the limit is 256"},
		{"title", func(a *chorus.Article) { a.Title = strings.Repeat("t", 5<<20) }, chorus.EINVALID, "title of 5242880 bytes; the limit is 1024"},
		{"source", func(a *chorus.Article) { a.Source = strings.Repeat("s", chorus.MaxSourceBytes+1) }, chorus.EINVALID, "source of 257 bytes"},
		{"url", func(a *chorus.Article) { a.URL = strings.Repeat("u", chorus.MaxURLBytes+1) }, chorus.EINVALID, "url of 2049 bytes"},
		{"text", func(a *chorus.Article) { a.Text = strings.Repeat("w", chorus.MaxTextBytes+1) }, chorus.ETOOLARGE, "text of 1048577 bytes"},
		{"NUL in url", func(a *chorus.Article) { a.URL = "https://x.org/\x00" }, chorus.EINVALID, "url contains a NUL byte"},
		{"invalid UTF-8 source", func(a *chorus.Article) { a.Source = "\xc3" }, chorus.EINVALID, "source is not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ok
			tt.edit(&a)
			err := chorus.CheckArticle(a)
			if chorus.ErrorCode(err) != tt.code || !strings.Contains(chorus.ErrorMessage(err), tt.want) {
				t.Errorf("CheckArticle = %v, want %s %q", err, tt.code, tt.want)
			}
		})
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		want     string
	}{
		{"short", "abc", 5, "abc"},
		{"exact", "abcde", 5, "abcde"},
		{"cut", "abcdef", 3, "abc…"},
		{"rune boundary", "aéé", 2, "a…"},
		{"zero", "abc", 0, "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chorus.Clip(tt.in, tt.n); got != tt.want {
				t.Errorf("Clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}
