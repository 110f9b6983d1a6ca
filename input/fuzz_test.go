package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// fuzzParse parses in as format and checks the invariants every reader
// keeps: no panic, only expected error codes, and on success non-empty
// clusters of valid UTF-8 articles with unique, non-empty ids.
func fuzzParse(t *testing.T, in string, name string, format Format) {
	clusters, err := Parse(strings.NewReader(in), name, Options{Format: format, MaxBytes: 1 << 20})
	if err != nil {
		if code := chorus.ErrorCode(err); code != chorus.EINVALID && code != chorus.ETOOLARGE {
			t.Fatalf("unexpected error code %q: %v", code, err)
		}
		return
	}
	if len(clusters) == 0 {
		t.Fatal("no clusters and no error")
	}
	for _, c := range clusters {
		if c.ID == "" || len(c.Articles) == 0 {
			t.Fatalf("cluster %+v has no id or no articles", c)
		}
		ids := make(map[string]bool)
		for _, a := range c.Articles {
			if a.ID == "" || ids[a.ID] {
				t.Fatalf("article id %q empty or repeated in cluster %q", a.ID, c.ID)
			}
			ids[a.ID] = true
			if strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article %q has no text", a.ID)
			}
			for _, s := range []string{a.ID, a.Title, a.Source, a.URL, a.Text} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 in article %q: %q", a.ID, s)
				}
			}
		}
	}
}

// addSeeds adds the golden inputs with the given extension as seeds.
func addSeeds(f *testing.F, ext string, extra ...string) {
	files, _ := filepath.Glob("testdata/*/input" + ext)
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data))
		}
	}
	for _, s := range extra {
		f.Add(s)
	}
}

func FuzzParseText(f *testing.F) {
	addSeeds(f, ".txt", "", "\n\n", "Title only", "caf\xe9\nbody", "\x00\x01")
	f.Fuzz(func(t *testing.T, in string) { fuzzParse(t, in, "fuzz.txt", FormatText) })
}

func FuzzParseHTML(f *testing.F) {
	addSeeds(f, ".html", "<p>x", "<html><body><div><p>a</div>", "<script>x</script>text", "<title>t</title>")
	f.Fuzz(func(t *testing.T, in string) { fuzzParse(t, in, "fuzz.html", FormatHTML) })
}

func FuzzParseJSON(f *testing.F) {
	addSeeds(f, ".json", `{"text": 1}`, `[{"articles": [{"text": "a"}]}]`, `{"id": 1e400, "text": "x"}`, `[`)
	f.Fuzz(func(t *testing.T, in string) { fuzzParse(t, in, "fuzz.json", FormatJSON) })
}

func FuzzParseJSONL(f *testing.F) {
	addSeeds(f, ".jsonl", "{}\n{\"text\": \"a\"}\n", "{\"articles\": null}\n", "\n\n")
	f.Fuzz(func(t *testing.T, in string) { fuzzParse(t, in, "fuzz.jsonl", FormatJSONL) })
}

func FuzzParseMultiNews(f *testing.F) {
	addSeeds(f, ".src", "a ||||| b\nc", "|||||", "NEWLINE_CHAR", "\x1f\x8b")
	f.Fuzz(func(t *testing.T, in string) { fuzzParse(t, in, "fuzz.src", FormatMultiNews) })
}
