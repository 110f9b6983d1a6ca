// Package input reads news articles into clusters: the first stage of the
// pipeline (article → clean text → sentences → scores → selection →
// ordered, attributed summary). It serves `chorus summarize` and
// `chorus ingest`.
//
// Supported shapes, detected from the file extension and the content
// unless Options.Format says otherwise:
//
//   - plain text: the first non-empty line is the title, the rest the body;
//   - an HTML page: the main text, title, author, date and site name are
//     extracted with go-trafilatura, with a simple tag stripper as fallback;
//   - a JSON article {"id","title","source","url","published","text"}, an
//     array of them, a cluster {"id","articles":[...]} or an array of
//     clusters; HTML markup inside "text" is stripped; a cluster's "query"
//     (or DUC's "topic": {"title","narrative"}) becomes its Query;
//   - JSON Lines: one cluster (or one article) per line;
//   - Multi-News lines: articles joined by " ||||| ", newlines written as
//     NEWLINE_CHAR, one cluster per line.
//
// Invalid UTF-8 is read as chorus.ValidUTF8 says (as Windows-1252), and a
// body inside another format goes through ArticleText, as in the HTTP API
// and the feed poller. Gzip-compressed input is decompressed transparently. A directory is one
// cluster made of its files; several file arguments make one cluster; "-"
// is standard input. Bad input yields *chorus.Error values (EINVALID,
// ETOOLARGE) that name the file and line; the package never panics on
// input.
package input

import (
	"fmt"
	"io"
	"strings"

	"github.com/chorusnews/chorus"
)

// Format names an input shape.
type Format string

// The input formats. FormatAuto detects the format of each input.
const (
	FormatAuto      Format = ""
	FormatText      Format = "text"
	FormatHTML      Format = "html"
	FormatJSON      Format = "json"
	FormatJSONL     Format = "jsonl"
	FormatMultiNews Format = "multinews"
)

// Formats lists the named formats, for flag help.
var Formats = []Format{FormatText, FormatHTML, FormatJSON, FormatJSONL, FormatMultiNews}

// ParseFormat returns the Format named s; "" and "auto" mean FormatAuto.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case "", "auto":
		return FormatAuto, nil
	case FormatText, FormatHTML, FormatJSON, FormatJSONL, FormatMultiNews:
		return f, nil
	case "txt":
		return FormatText, nil
	case "ndjson":
		return FormatJSONL, nil
	}
	return "", chorus.Errorf(chorus.EINVALID, "unknown input format %q (want auto, text, html, json, jsonl or multinews)", s)
}

// DefaultMaxBytes is the size limit used when Options.MaxBytes is zero.
const DefaultMaxBytes = 64 << 20

// MaxHTMLBytes caps one HTML page (a file, or a page inside a JSON text
// field), as fetch.DefaultMaxBytes caps a fetched one: main-text
// extraction costs about 1 s of CPU and 60 MB of memory per MB of page
// (go-trafilatura and its date search; 2-core EPYC), so a 64 MB page would
// take a minute and gigabytes. A larger HTML file is refused as too large;
// a larger page inside JSON is read through the tag stripper.
const MaxHTMLBytes = 8 << 20

// Options tunes the readers. The zero value means defaults.
type Options struct {
	// Format forces one input format; FormatAuto detects it per input.
	Format Format
	// Stdin is read for the path "-". Nil means there is no standard input.
	Stdin io.Reader
	// MaxBytes limits the size of one input: a whole file for text, HTML
	// and JSON, one line for JSON Lines and Multi-News. Zero means
	// DefaultMaxBytes.
	MaxBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// tooLarge returns the error for an input over the limit.
func tooLarge(what string, limit int64) error {
	return chorus.Errorf(chorus.ETOOLARGE, "%s exceeds the limit of %d bytes", what, limit)
}

// invalid returns an EINVALID error about name.
func invalid(name, format string, args ...any) error {
	return chorus.Errorf(chorus.EINVALID, "%s: %s", name, fmt.Sprintf(format, args...))
}
