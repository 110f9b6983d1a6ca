package input

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Metadata is what a page says about itself: its head's meta tags (Open
// Graph, article:*, Dublin Core, name=author …), its JSON-LD, its <html
// lang>, its <time datetime> elements and the date in its URL.
type Metadata struct {
	// Title is the headline: og:title, JSON-LD headline, else <title>.
	Title string
	// Titles are all the page's names for its headline (og:title,
	// JSON-LD headline, twitter:title, dc.title, <title>), distinct, in
	// Title's order of preference, then the first <h1>'s text when the
	// page says it is an article (og:type "article", or a JSON-LD object
	// of an article type).
	Titles []string
	// Publisher is the site or publisher name: og:site_name, JSON-LD
	// publisher.name, application-name.
	Publisher string
	// Author names the writers, joined by ", ".
	Author string
	// URL is the canonical address: <link rel=canonical>, else og:url.
	URL string
	// Language is the page's language tag, lower-cased ("en", "en-gb").
	Language string
	// Published and Updated are the publication and last-modification
	// times, in the offset the page wrote; zero when unknown. A date
	// without a time, or a time without an offset, is read as UTC.
	Published, Updated time.Time
	// DateSource says where Published came from: "json-ld", "meta"
	// (article:published_time and the like), "itemprop", "time" (a <time
	// pubdate> or itemprop=datePublished), "url" (the path's date), or the
	// weaker "meta-date" (a generic date meta tag) and "first-time" (the
	// page's first <time datetime>, whatever it dates).
	DateSource string
	// Body is the article's text as its JSON-LD articleBody gives it (the
	// publisher's own copy, tags stripped, white space collapsed within
	// each of its lines, one paragraph a line); empty when the page has
	// none.
	Body string
}

// maxH1Bytes is the longest <h1> text read as a name for the headline.
const maxH1Bytes = 1000

// maxMetaNodes bounds the elements read for metadata.
const maxMetaNodes = 200_000

// PageMetadata reads the metadata of an HTML page. pageURL, when known,
// supplies a date from its path (/2025/09/16/) when the page gives none.
// It never fails: what it cannot find stays empty.
func PageMetadata(page, pageURL string) Metadata {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Metadata{}
	}
	var r metaReader
	r.walk(doc, 0)
	m := r.m
	for _, c := range []struct {
		dst  *string
		vals []string
	}{
		{&m.Title, []string{r.meta["og:title"], r.ld.title, r.meta["twitter:title"], r.meta["dc.title"], r.title}},
		{&m.Publisher, []string{r.meta["og:site_name"], r.ld.publisher, r.meta["application-name"], r.meta["dc.publisher"]}},
		{&m.Author, []string{r.ld.author, r.meta["author"], r.meta["article:author"], r.meta["dc.creator"], r.meta["sailthru.author"], r.meta["byl"], r.itemAuthor}},
		{&m.URL, []string{r.canonical, r.meta["og:url"], r.ld.url}},
		{&m.Language, []string{r.lang, r.meta["content-language"], r.meta["dc.language"], r.ld.language, r.meta["og:locale"]}},
	} {
		for _, v := range c.vals {
			if v = clean(v); v != "" && !(c.dst == &m.Author && strings.HasPrefix(v, "http")) {
				*c.dst = v
				break
			}
		}
	}
	titles := []string{r.meta["og:title"], r.ld.title, r.meta["twitter:title"], r.meta["dc.title"], r.title}
	if r.ld.article || strings.EqualFold(strings.TrimSpace(r.meta["og:type"]), "article") {
		titles = append(titles, r.h1)
	}
	for _, v := range titles {
		if v = clean(v); v != "" && !slices.Contains(m.Titles, v) {
			m.Titles = append(m.Titles, v)
		}
	}
	m.Body = r.ld.body
	if LooksLikeHTML(m.Body) {
		_, m.Body = stripTags(m.Body)
		m.Body = bodyLines(m.Body)
	}
	m.Language = strings.ReplaceAll(strings.ToLower(m.Language), "_", "-")
	for _, c := range []struct{ src, v string }{{"json-ld", r.ld.published}, {"meta", r.meta["article:published_time"]}, {"meta", r.meta["og:published_time"]},
		{"meta", r.meta["published_time"]}, {"meta", r.meta["datepublished"]}, {"meta", r.meta["publishdate"]}, {"meta", r.meta["pubdate"]},
		{"meta", r.meta["publish-date"]}, {"meta", r.meta["publication_date"]}, {"meta", r.meta["parsely-pub-date"]},
		{"meta", r.meta["sailthru.date"]}, {"meta", r.meta["article.published"]}, {"meta", r.meta["dc.date.issued"]},
		{"meta", r.meta["dcterms.created"]}, {"itemprop", r.itemPublished}, {"time", r.timePub}, {"url", urlDateString(m.URL, pageURL)},
		{"meta-date", r.meta["dc.date"]}, {"meta-date", r.meta["date"]}, {"first-time", r.timeFirst}} {
		if t, ok := parseDate(c.v); ok {
			m.Published, m.DateSource = t, c.src
			break
		}
	}
	for _, v := range []string{r.ld.modified, r.meta["article:modified_time"], r.meta["og:updated_time"], r.meta["datemodified"],
		r.meta["dcterms.modified"], r.meta["last-modified"], r.itemModified} {
		if t, ok := parseDate(v); ok {
			m.Updated = t
			break
		}
	}
	return m
}

// clean collapses the white space of a metadata value.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// metaReader collects the raw values while walking the tree.
type metaReader struct {
	m                           Metadata
	meta                        map[string]string // first content by lower-cased name or property
	title                       string            // <title>
	h1                          string            // the first <h1>'s text
	canonical                   string
	lang                        string
	ld                          jsonLD
	timePub                     string // <time pubdate datetime> or itemprop=datePublished
	timeFirst                   string // the first <time datetime>
	itemAuthor                  string // itemprop=author text
	itemPublished, itemModified string
	nodes                       int
}

func (r *metaReader) walk(n *html.Node, depth int) {
	if r.nodes++; r.nodes > maxMetaNodes || depth > 512 {
		return
	}
	if n.Type == html.ElementNode {
		r.element(n)
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, depth+1)
	}
}

// element reads one element's metadata.
func (r *metaReader) element(n *html.Node) {
	if r.meta == nil {
		r.meta = map[string]string{}
	}
	attr := func(k string) string {
		for _, a := range n.Attr {
			if strings.EqualFold(a.Key, k) {
				return a.Val
			}
		}
		return ""
	}
	has := func(k string) bool {
		for _, a := range n.Attr {
			if strings.EqualFold(a.Key, k) {
				return true
			}
		}
		return false
	}
	switch n.DataAtom {
	case atom.Html:
		r.lang = attr("lang")
		if r.lang == "" {
			r.lang = attr("xml:lang")
		}
	case atom.Title:
		if r.title == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			r.title = n.FirstChild.Data
		}
	case atom.H1:
		if r.h1 == "" {
			if t := nodeText(n); len(t) <= maxH1Bytes {
				r.h1 = t
			}
		}

	case atom.Meta:
		content := attr("content")
		for _, k := range []string{attr("property"), attr("name"), attr("itemprop"), attr("http-equiv")} {
			// property="og:title article:published_time" holds two names.
			for _, name := range strings.Fields(strings.ToLower(k)) {
				if _, ok := r.meta[name]; !ok && strings.TrimSpace(content) != "" {
					r.meta[name] = content
				}
			}
		}
	case atom.Link:
		for _, rel := range strings.Fields(strings.ToLower(attr("rel"))) {
			if rel == "canonical" && r.canonical == "" {
				r.canonical = attr("href")
			}
		}
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr("type")), "application/ld+json") && n.FirstChild != nil {
			r.ld.read(n.FirstChild.Data)
		}
	case atom.Time:
		dt := attr("datetime")
		if dt == "" {
			break
		}
		if r.timeFirst == "" {
			r.timeFirst = dt
		}
		if r.timePub == "" && (has("pubdate") || strings.EqualFold(attr("itemprop"), "datePublished")) {
			r.timePub = dt
		}
	}
	switch strings.ToLower(attr("itemprop")) {
	case "datepublished":
		if r.itemPublished == "" {
			r.itemPublished = firstNonEmpty(attr("datetime"), attr("content"), text(n))
		}
	case "datemodified":
		if r.itemModified == "" {
			r.itemModified = firstNonEmpty(attr("datetime"), attr("content"), text(n))
		}
	case "author":
		if r.itemAuthor == "" {
			r.itemAuthor = firstNonEmpty(attr("content"), text(n))
		}
	}
}

// text returns the text inside n, up to a few hundred bytes.
func text(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if b.Len() > 300 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return clean(b.String())
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// jsonLD holds the first value found for each field across a page's
// JSON-LD blocks, article types first.
type jsonLD struct {
	title, publisher, author, url, language, published, modified, body string
	// article: some object's @type is an article type.
	article bool
}

// articleTypes are the schema.org types whose fields describe the page's
// article; other objects (WebSite, Organization, BreadcrumbList) fill only
// what no article object gave.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"blogposting": true, "webpage": false, "liveblogposting": true, "opinionnewsarticle": true,
	"scholarlyarticle": true, "techarticle": true, "report": true, "socialmediaposting": true,
}

// read parses one JSON-LD block; malformed blocks are ignored.
func (ld *jsonLD) read(data string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(data)), &v) != nil {
		return
	}
	var objs []map[string]any
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				collect(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, x)
			if g, ok := x["@graph"]; ok {
				collect(g, depth+1)
			}
		}
	}
	collect(v, 0)
	// Article objects first, then the rest.
	for pass := 0; pass < 2; pass++ {
		for _, o := range objs {
			if isArticle(o) != (pass == 0) {
				continue
			}
			ld.fill(o)
		}
	}
}

// isArticle reports whether a JSON-LD object's @type is an article type.
func isArticle(o map[string]any) bool {
	for _, t := range strs(o["@type"]) {
		if articleTypes[strings.ToLower(t)] {
			return true
		}
	}
	return false
}

// bodyLines is s with white space collapsed within each line and blank
// lines dropped: an articleBody's paragraphs, one a line.
func bodyLines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = clean(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// fill sets the fields still empty from o.
func (ld *jsonLD) fill(o map[string]any) {
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = clean(v)
		}
	}
	article := isArticle(o)
	ld.article = ld.article || article
	if article {
		set(&ld.title, firstNonEmpty(strs(o["headline"])...))
		set(&ld.published, firstNonEmpty(strs(o["datePublished"])...))
		set(&ld.modified, firstNonEmpty(strs(o["dateModified"])...))
		set(&ld.url, firstNonEmpty(strs(o["url"])...))
		set(&ld.language, firstNonEmpty(strs(o["inLanguage"])...))
		set(&ld.author, strings.Join(names(o["author"]), ", "))
		set(&ld.publisher, firstNonEmpty(names(o["publisher"])...))
		if ld.body == "" {
			ld.body = bodyLines(firstNonEmpty(strs(o["articleBody"])...))
		}
		return
	}
	// A lone NewsMediaOrganization names the publisher.
	for _, t := range strs(o["@type"]) {
		if strings.Contains(strings.ToLower(t), "organization") {
			set(&ld.publisher, firstNonEmpty(strs(o["name"])...))
		}
	}
}

// strs returns a JSON value as strings: a string, or the strings of a list.
func strs(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// names returns the names of a JSON-LD person or organization value: a
// string, an object with "name", or a list of either.
func names(v any) []string {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "http") {
			return nil
		}
		return []string{clean(x)}
	case map[string]any:
		return strs(x["name"])
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, names(e)...)
		}
		return out
	}
	return nil
}

// dateLayouts are the layouts parseDate tries, most specific first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.000Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"20060102",
	"2006-01-02",
	"2006/01/02",
}

// isoDate finds a YYYY-MM-DD date at the start of a longer value.
var isoDate = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

// parseDate reads a metadata date. Times without a zone are read as UTC;
// zone abbreviations other than GMT and UTC are not read (their meaning
// would depend on the machine's zone). Years outside 1990-2100 are
// refused.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, z := range []string{" GMT", " UTC"} {
		if strings.HasSuffix(s, z) {
			s = strings.TrimSuffix(s, z) + " +0000"
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return plausible(t)
		}
	}
	if m := isoDate.FindString(s); m != "" {
		if t, err := time.Parse("2006-01-02", m); err == nil {
			return plausible(t)
		}
	}
	return time.Time{}, false
}

// plausible accepts t when its year is within 1990 and 2100. A time keeps
// the offset the page wrote, so that its calendar day is the page's.
func plausible(t time.Time) (time.Time, bool) {
	if t.Year() < 1990 || t.Year() > 2100 {
		return time.Time{}, false
	}
	return t, true
}

// urlDatePattern finds /2025/09/16/ or /2025-09-16/ style dates in a path.
var urlDatePattern = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

// urlDateString returns the date in the path of the first URL that has
// one, as YYYY-MM-DD, or "".
func urlDateString(urls ...string) string {
	for _, u := range urls {
		if m := urlDatePattern.FindStringSubmatch(u); m != nil {
			return m[1] + "-" + m[2] + "-" + m[3]
		}
	}
	return ""
}
