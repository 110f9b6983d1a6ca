package fetch

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/input"
	"golang.org/x/net/html/charset"
)

// Article turns a fetched page into an article through package input's
// HTML path (main text, title, site name, date, canonical URL): a
// text/plain page is read as plain text. The page is decoded from the
// charset its Content-Type or markup names. The article's ID is the URL it
// was fetched from; its URL the page's canonical URL when the page names
// an http(s) one, else the fetched URL; its Source the page's site name,
// else the URL's host.
func Article(p Page) (chorus.Article, error) {
	body := decode(p.Body, p.ContentType)
	format := input.FormatHTML
	if mt, _, _ := mime.ParseMediaType(p.ContentType); mt == "text/plain" {
		format = input.FormatText
	}
	clusters, err := input.Parse(bytes.NewReader(body), p.URL, input.Options{Format: format})
	if err != nil {
		return chorus.Article{}, fmt.Errorf("cannot read %s: %w", p.URL, err)
	}
	if len(clusters) == 0 || len(clusters[0].Articles) == 0 {
		return chorus.Article{}, fmt.Errorf("cannot read %s: %w", p.URL, chorus.ErrNoText)
	}
	a := clusters[0].Articles[0]
	a.ID = p.URL
	if !IsURL(a.URL) {
		a.URL = p.URL
	}
	if strings.TrimSpace(a.Source) == "" {
		a.Source = Host(p.URL)
	}
	return a, nil
}

// decode returns body in UTF-8, decoded from the charset contentType or
// the page's own declaration names. An unknown or undetectable charset is
// left to the UTF-8 policy of package input.
func decode(body []byte, contentType string) []byte {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if enc == nil || name == "utf-8" || name == "windows-1252" {
		// windows-1252 is also DetermineEncoding's guess for "no idea":
		// package input repairs stray bytes that way already.
		return body
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(body)))
	if err != nil {
		return body
	}
	return out
}

// UserClient returns an http.Client for the pages a user names: it honours
// the environment's proxy settings and has no address guard (a person at
// the command line may read a page on their own network), with the same
// dial, TLS and header timeouts as the guarded client.
func UserClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          16,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
	}}
}

// Article fetches rawURL and reads its article (see the Article function).
func (f *Fetcher) Article(ctx context.Context, rawURL string) (chorus.Article, error) {
	p, err := f.Get(ctx, rawURL, Validators{})
	if err != nil {
		return chorus.Article{}, err
	}
	return Article(p)
}
