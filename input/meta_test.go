package input

import (
	"slices"
	"testing"
	"time"
)

func TestPageMetadata(t *testing.T) {
	at := func(s string) time.Time { tm, _ := time.Parse(time.RFC3339, s); return tm }
	tests := []struct {
		name, page, url string
		want            Metadata
	}{
		{"open graph and article tags",
			`<html lang="en-GB"><head><title>Dam repaired | Vell Post</title>
<meta property="og:title" content="Dam repaired">
<meta property="og:site_name" content="Vell Post">
<meta property="og:url" content="https://post.example/dam">
<meta name="author" content="Ada Varga">
<meta property="article:published_time" content="2025-09-16T07:30:00+02:00">
<meta property="article:modified_time" content="2025-09-16T09:00:00+02:00">
</head><body><p>x</p></body></html>`, "",
			Metadata{Title: "Dam repaired", Titles: []string{"Dam repaired", "Dam repaired | Vell Post"}, Publisher: "Vell Post", Author: "Ada Varga", URL: "https://post.example/dam", Language: "en-gb",
				Published: at("2025-09-16T07:30:00+02:00"), Updated: at("2025-09-16T09:00:00+02:00"), DateSource: "meta"}},
		{"JSON-LD graph, article object first",
			`<html><head><title>Page</title><link rel="canonical" href="https://herald.example/a/1">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Herald site","datePublished":"2001-01-01"},
 {"@type":"NewsArticle","headline":"Bridge vote","datePublished":"2025-10-02T06:00:00Z","dateModified":"2025-10-02T08:00:00Z",
  "inLanguage":"en","author":[{"@type":"Person","name":"Ines Roe"},{"@type":"Person","name":"Tom Hale"}],
  "publisher":{"@type":"Organization","name":"Orla Herald"}}]}</script></head><body></body></html>`, "",
			Metadata{Title: "Bridge vote", Titles: []string{"Bridge vote", "Page"}, Publisher: "Orla Herald", Author: "Ines Roe, Tom Hale", URL: "https://herald.example/a/1", Language: "en",
				Published: at("2025-10-02T06:00:00Z"), Updated: at("2025-10-02T08:00:00Z"), DateSource: "json-ld"}},
		{"JSON-LD articleBody, tags stripped",
			`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam","articleBody":"<p>The dam  was repaired.</p><p>It reopens today.</p>"}</script></head></html>`, "",
			Metadata{Title: "Dam", Titles: []string{"Dam"}, Body: "The dam was repaired.\nIt reopens today."}},
		{"JSON-LD articleBody, one paragraph a line",
			`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam","articleBody":"The dam  was repaired.\n\n  It reopens today.\n"}</script></head></html>`, "",
			Metadata{Title: "Dam", Titles: []string{"Dam"}, Body: "The dam was repaired.\nIt reopens today."}},
		{"an article's h1 names its headline too",
			`<html><head><title>Dam | Vell Post</title><meta property="og:type" content="article"></head><body><h1>Vell dam <em>repaired</em></h1></body></html>`, "",
			Metadata{Title: "Dam | Vell Post", Titles: []string{"Dam | Vell Post", "Vell dam repaired"}}},
		{"a page that is not an article: its h1 is not a title",
			`<html><head><title>Vell Post</title></head><body><h1>Welcome</h1></body></html>`, "",
			Metadata{Title: "Vell Post", Titles: []string{"Vell Post"}}},
		{"time pubdate before a later time element",
			`<html><head><title>Fair opens</title></head><body><time datetime="2025-01-01">footer</time>
<article><time pubdate datetime="2025-05-04T10:00:00Z">4 May</time></article></body></html>`, "",
			Metadata{Title: "Fair opens", Titles: []string{"Fair opens"}, Published: at("2025-05-04T10:00:00Z"), DateSource: "time"}},
		{"date in the URL",
			`<html><head><title>Tide record</title></head><body><p>Text.</p></body></html>`, "https://news.example/2024/03/05/tide-record",
			Metadata{Title: "Tide record", Titles: []string{"Tide record"}, Published: at("2024-03-05T00:00:00Z"), DateSource: "url"}},
		{"weak first time element",
			`<html><head></head><body><time datetime="2023-07-08">8 July</time></body></html>`, "",
			Metadata{Published: at("2023-07-08T00:00:00Z"), DateSource: "first-time"}},
		{"implausible and malformed dates ignored, author URL ignored",
			`<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z">
<meta name="author" content="https://post.example/staff/ada"><script type="application/ld+json">{not json</script></head></html>`, "",
			Metadata{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PageMetadata(tt.page, tt.url)
			if got.Title != tt.want.Title || got.Publisher != tt.want.Publisher || got.Author != tt.want.Author || got.URL != tt.want.URL ||
				got.Language != tt.want.Language || !got.Published.Equal(tt.want.Published) || !got.Updated.Equal(tt.want.Updated) || got.DateSource != tt.want.DateSource || got.Body != tt.want.Body ||
				!slices.Equal(got.Titles, tt.want.Titles) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestPublishedTime(t *testing.T) {
	day := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	precise := time.Date(2025, 3, 4, 22, 15, 0, 0, time.FixedZone("", -5*3600)) // 5 March UTC
	far := time.Date(2025, 2, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		traf time.Time
		m    Metadata
		want time.Time
	}{
		{"page time refines trafilatura's day", day, Metadata{Published: precise, DateSource: "json-ld"}, precise},
		{"disagreement: trafilatura's day", day, Metadata{Published: far, DateSource: "meta"}, day},
		{"weak page date does not override", day, Metadata{Published: precise, DateSource: "first-time"}, day},
		{"page date alone", time.Time{}, Metadata{Published: far, DateSource: "first-time"}, far},
		{"trafilatura alone", day, Metadata{}, day},
	}
	for _, tt := range tests {
		if got := publishedTime(tt.traf, tt.m); !got.Equal(tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func FuzzPageMetadata(f *testing.F) {
	f.Add(`<html lang="en"><head><meta property="og:title" content="T"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"A"}}</script></head></html>`, "https://x.example/2024/01/02/a")
	f.Add(`<time datetime="2024-13-45">`, "")
	f.Fuzz(func(t *testing.T, page, url string) {
		m := PageMetadata(page, url)
		if !m.Published.IsZero() && (m.Published.Year() < 1990 || m.Published.Year() > 2100) {
			t.Fatalf("implausible date %v", m.Published)
		}
	})
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for refused
	}{
		{"2025-09-16T07:30:00+02:00", "2025-09-16T07:30:00+02:00"},
		{"2025-09-16T07:30:00.123Z", "2025-09-16T07:30:00.123Z"},
		{"2025-09-16 07:30:00", "2025-09-16T07:30:00Z"},
		{"2025-09-16", "2025-09-16T00:00:00Z"},
		{"Tue, 16 Sep 2025 07:30:00 GMT", "2025-09-16T07:30:00Z"},
		{"Tue, 16 Sep 2025 07:30:00 +0100", "2025-09-16T07:30:00+01:00"},
		{"September 16, 2025", "2025-09-16T00:00:00Z"},
		{"2025-09-16T07:30:00 some trailing words", "2025-09-16T00:00:00Z"},
		{"Tue, 16 Sep 2025 07:30:00 EST", ""},
		{"1970-01-01", ""},
		{"yesterday", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		s := ""
		if ok {
			s = got.Format(time.RFC3339Nano)
		}
		if s != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}
