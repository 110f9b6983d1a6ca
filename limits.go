package chorus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of the story service, defined once here and checked alike at every
// boundary: the HTTP API, the CLI, the feed poller and, as a last line, the
// stores. A value over a limit is refused with an *Error that names the
// field and the limit; nothing is truncated silently.
const (
	// MaxIDBytes caps an article's client ID.
	MaxIDBytes = 256
	// MaxTitleBytes caps an article's headline (a long headline runs to
	// about 200 bytes).
	MaxTitleBytes = 1024
	// MaxSourceBytes caps an article's publisher name.
	MaxSourceBytes = 256
	// MaxURLBytes caps an article's or a feed's URL.
	MaxURLBytes = 2048
	// MaxErrorBytes caps an error message kept in the store (a feed's last
	// error) or echoed to a client; longer ones are cut with Clip.
	MaxErrorBytes = 1024
	// MaxTextBytes caps an article's text (after HTML extraction).
	MaxTextBytes = 1 << 20
	// MaxBatch caps the articles of one ingest call (one API request, one
	// store transaction).
	MaxBatch = 1000
	// MaxFeedBytes caps one fetched feed document.
	MaxFeedBytes = 8 << 20
	// MaxFeedItems caps the items taken from one poll of one feed; the
	// items after the first MaxFeedItems are left for later polls.
	MaxFeedItems = 500
	// MaxFeedItemBytes caps one feed item's body (HTML included) before its
	// text is extracted; a larger item is skipped.
	MaxFeedItemBytes = 2 << 20
	// MaxQueryBytes caps the query of a query-focused story summary
	// (StoryDetailQuery.Query): three times the longest DUC 2006 topic
	// statement, title and narrative (327 bytes).
	MaxQueryBytes = 1024
)

// CheckQuery reports whether q can focus a story's summary
// (StoryDetailQuery.Query): at most MaxQueryBytes of valid UTF-8 with no
// NUL byte and no other control character than white space. The empty
// query (no focus) passes.
func CheckQuery(q string) error {
	if err := CheckField("query", q, MaxQueryBytes); err != nil {
		return err
	}
	for _, r := range q {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return Errorf(EINVALID, "query contains the control character %U", r)
		}
	}
	return nil
}

// CheckArticle reports the first field of a that breaks a limit of the
// store: a field longer than its limit (EINVALID, or ETOOLARGE for the
// text), a field that is not valid UTF-8 or that holds a NUL byte
// (EINVALID; PostgreSQL cannot store NUL). The message names the field.
// It does not require text: whether an article is usable is the service's
// call.
func CheckArticle(a Article) error {
	fields := []struct {
		name, value string
		limit       int
	}{
		{"id", a.ID, MaxIDBytes},
		{"title", a.Title, MaxTitleBytes},
		{"source", a.Source, MaxSourceBytes},
		{"url", a.URL, MaxURLBytes},
		{"text", a.Text, MaxTextBytes},
	}
	for _, f := range fields {
		if err := CheckField(f.name, f.value, f.limit); err != nil {
			return err
		}
	}
	return nil
}

// CheckField checks one text field against its byte limit, UTF-8 validity
// and NUL bytes; name appears in the error. A text field over its limit
// is ETOOLARGE, any other field EINVALID.
func CheckField(name, value string, limit int) error {
	switch {
	case len(value) > limit:
		code := EINVALID
		if name == "text" {
			code = ETOOLARGE
		}
		return Errorf(code, "%s of %d bytes; the limit is %d", name, len(value), limit)
	case !utf8.ValidString(value):
		return Errorf(EINVALID, "%s is not valid UTF-8", name)
	case strings.IndexByte(value, 0) >= 0:
		return Errorf(EINVALID, "%s contains a NUL byte", name)
	}
	return nil
}

// Clip shortens s to at most n bytes, on a rune boundary, marking a cut
// with "…", so that a message can quote user input without echoing all of
// it.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
