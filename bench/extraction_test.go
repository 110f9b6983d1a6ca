package bench

import (
	"bytes"
	"compress/gzip"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/extraction"
)

// invented article paragraphs, long enough for main-text extraction.
var fixtureParas = []string{
	"The harbour authority of Port Wendle closed the northern pier on Tuesday after inspectors found cracks in three of its concrete supports, according to a statement released in the afternoon.",
	"Fishing crews that use the pier were told to moor at the southern quay until repairs are finished, which the authority expects to take about six weeks if the weather holds.",
	"A spokesperson said the cracks were found during a routine survey and that no one had been hurt. The pier was built in 1962 and last repaired eleven years ago.",
	"Local councillors asked for a full review of the other piers along the coast, and the authority said it would publish the survey results next month.",
}

// fixturePage is an invented news page: navigation, the article, a footer.
func fixturePage(title string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>" + title + "</title></head><body>")
	b.WriteString(`<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>`)
	b.WriteString("<article><h1>" + title + "</h1>")
	for _, p := range fixtureParas {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article><footer><p>Sign up for the Wendle Gazette morning newsletter today.</p><p>Copyright Wendle Gazette Media.</p></footer></body></html>`)
	return b.String()
}

func writeGzText(t *testing.T, path, text string) {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(text))
	zw.Close()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// extractionData writes invented versions of the three extraction sets
// under a temporary data folder.
func extractionData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	gold := strings.Join(fixtureParas, "\n")
	aeb := filepath.Join(dir, "extraction", "scrapinghub-aeb")
	writeGzText(t, filepath.Join(aeb, "ground-truth.json.gz"), `{"p1":{"articleBody":`+quote(gold)+`,"url":"https://example.com/1"},"p2":{"articleBody":`+quote(gold)+`,"url":"https://example.com/2"}}`)
	writeGzText(t, filepath.Join(aeb, "html", "p1.html.gz"), fixturePage("Pier closed after cracks found"))
	writeGzText(t, filepath.Join(aeb, "html", "p2.html.gz"), fixturePage("Cracks close the northern pier"))
	writeGzText(t, filepath.Join(aeb, "point_scores.json.gz"), `{"toolx":{"version":"1","precision":0.75,"recall":1,"f1":0.85714,"per_page":{"p1":[1,0,0],"p2":[0.5,0.5,0]}}}`)

	rd := filepath.Join(dir, "extraction", "readability-test-pages", "case-1")
	writeGzText(t, filepath.Join(rd, "source.html.gz"), fixturePage("Pier closed"))
	writeGzText(t, filepath.Join(rd, "expected.html.gz"), "<div><p>"+strings.Join(fixtureParas, "</p><p>")+"</p></div>")

	te := filepath.Join(dir, "extraction", "trafilatura-eval")
	writeFile(t, filepath.Join(te, "evaldata.json"), `{"https://example.com/pier":{"file":"pier.html","with":["closed the northern pier","publish the survey results next month"],"without":["Sign up for the Wendle Gazette","Sport"]}}`)
	writeFile(t, filepath.Join(te, "index.jsonl"), `{"url":"https://example.com/pier","stored":"html/pier.html.gz"}`+"\n"+`{"url":"https://example.com/absent","stored":"html/absent.html.gz"}`+"\n")
	writeGzText(t, filepath.Join(te, "html", "pier.html.gz"), fixturePage("Pier closed"))
	return dir
}

// quote returns s as a JSON string (the fixtures hold no quotes or backslashes).
func quote(s string) string { return `"` + strings.ReplaceAll(s, "\n", `\n`) + `"` }

func row(t *testing.T, res *ExtractionResult, system string) ExtractionRow {
	t.Helper()
	for _, r := range res.Rows {
		if r.System == system {
			return r
		}
	}
	t.Fatalf("no row %q in %+v", system, res.Rows)
	return ExtractionRow{}
}

func TestInHalf(t *testing.T) {
	names := []string{"aclu", "bbc-1", "html/eval__example.com.pier.html.gz", "nytimes-1", "wapo-2", "x", ""}
	counts := map[string]int{}
	for _, name := range names {
		if !InHalf(name, "") {
			t.Errorf("%q not in the whole set", name)
		}
		in := 0
		for _, half := range ExtractionHalves {
			if InHalf(name, half) {
				in++
				counts[half]++
			}
			if InHalf(name, half) != InHalf(name, half) {
				t.Errorf("%q: InHalf not deterministic", name)
			}
		}
		if in != 1 {
			t.Errorf("%q in %d halves, want 1", name, in)
		}
	}
	if counts["tune"] == 0 || counts["held-out"] == 0 {
		t.Errorf("halves %v: one is empty on %d names", counts, len(names))
	}
}

func TestRunExtraction(t *testing.T) {
	dir := extractionData(t)

	res, err := RunExtraction(ExtractionOptions{Dataset: "scrapinghub-aeb", Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages != 2 || len(res.Rows) != 2 {
		t.Fatalf("scrapinghub: %d pages, %d rows, want 2 and 2", res.Pages, len(res.Rows))
	}
	tool := row(t, res, "toolx")
	want := extraction.Mean([]extraction.Counts{{TP: 1}, {TP: 0.5, FP: 0.5}})
	if !tool.Published || math.Abs(tool.Precision-want.Precision) > 1e-12 || tool.Recall != 1 {
		t.Errorf("published row %+v, want precision %v recall 1", tool, want.Precision)
	}
	if c := row(t, res, "chorus"); c.Published || c.Recall < 0.9 || c.Precision < 0.8 {
		t.Errorf("chorus row %+v: the article paragraphs should be extracted and little else", c)
	}
	if res.Rows[0].F1 < res.Rows[1].F1 {
		t.Errorf("rows not sorted by F1: %+v", res.Rows)
	}
	if one, err := RunExtraction(ExtractionOptions{Dataset: "scrapinghub-aeb", Dir: dir, Limit: 1}); err != nil || one.Pages != 1 || row(t, one, "toolx").Precision != 1 {
		t.Errorf("--limit 1: %+v, %v; the published row must cover the same page", one, err)
	}

	res, err = RunExtraction(ExtractionOptions{Dataset: "readability", Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if c := row(t, res, "chorus"); res.Pages != 1 || c.Recall < 0.9 {
		t.Errorf("readability: %d pages, chorus %+v", res.Pages, c)
	}

	res, err = RunExtraction(ExtractionOptions{Dataset: "trafilatura", Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	c := row(t, res, "chorus")
	if res.Pages != 1 || c.Kept == nil || *c.Kept != 1 || *c.Leaked != 0 || c.Precision != 1 {
		t.Errorf("trafilatura: %d pages, chorus %+v; both with snippets kept, no without snippet leaked", res.Pages, c)
	}

	for _, set := range []string{"readability", "trafilatura"} {
		all, err := RunExtraction(ExtractionOptions{Dataset: set, Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		pages := 0
		for _, half := range ExtractionHalves {
			res, err := RunExtraction(ExtractionOptions{Dataset: set, Dir: dir, Half: half})
			if err != nil {
				t.Fatal(err)
			}
			if res.Half != half {
				t.Errorf("%s %s: result names half %q", set, half, res.Half)
			}
			pages += res.Pages
		}
		if pages != all.Pages {
			t.Errorf("%s: the halves hold %d pages, the set %d", set, pages, all.Pages)
		}
	}
	if _, err := RunExtraction(ExtractionOptions{Dataset: "readability", Dir: dir, Half: "left"}); err == nil {
		t.Error("unknown half: no error")
	}
	if _, err := RunExtraction(ExtractionOptions{Dataset: "scrapinghub-aeb", Dir: dir, Half: "tune"}); err == nil {
		t.Error("a half of the test set: no error")
	}

	if _, err := RunExtraction(ExtractionOptions{Dataset: "nope", Dir: dir}); err == nil {
		t.Error("unknown dataset: no error")
	}
	if _, err := RunExtraction(ExtractionOptions{Dataset: "scrapinghub-aeb", Dir: t.TempDir()}); err == nil {
		t.Error("missing data: no error")
	}
}

func TestFragmentText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"blocks separate words", "<p>one</p><p>two</p>", "one two"},
		{"inline markup does not", "<p>re<b>mark</b>able</p>", "remarkable"},
		{"line break", "a<br>b", "a b"},
		{"script dropped", "<p>kept</p><script>var x = 1;</script>", "kept"},
		{"entities decoded", "<p>fish &amp; chips</p>", "fish & chips"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fragmentText(tt.in); got != tt.want {
				t.Errorf("fragmentText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRunExtractionGoldDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pier.txt"), strings.Join(fixtureParas, "\n"))
	writeFile(t, filepath.Join(dir, "pier.html"), fixturePage("Pier closed"))
	writeGzText(t, filepath.Join(dir, "quay.html.gz"), fixturePage("Quay closed"))
	writeFile(t, filepath.Join(dir, "quay.txt"), strings.Join(fixtureParas[:2], "\n"))
	writeFile(t, filepath.Join(dir, "orphan.txt"), "a gold without its page is skipped")
	res, err := RunExtraction(ExtractionOptions{Dataset: "gold", Gold: dir})
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages != 2 {
		t.Fatalf("pages = %d, want 2", res.Pages)
	}
	for _, r := range res.Rows {
		if r.System == "chorus" && (r.Recall < 0.99 || r.Precision > 0.9 || r.Precision < 0.6) {
			t.Errorf("chorus row %+v: want full recall, the second page's extra paragraphs as false positives", r)
		}
	}
	if _, err := RunExtraction(ExtractionOptions{Dataset: "gold", Gold: t.TempDir()}); err == nil {
		t.Error("an empty gold folder gave no error")
	}
}
