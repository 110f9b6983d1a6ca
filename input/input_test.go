package input

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden reads testdata/<case>/input* with ReadPaths and compares the
// clusters, as indented JSON, with testdata/<case>/want.json.
func TestGolden(t *testing.T) {
	cases, err := filepath.Glob("testdata/*/input*")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, in := range cases {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			clusters, err := ReadPaths([]string{in}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(clusters, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			wantFile := filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(wantFile, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestReadPathsErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := filepath.Join(dir, "emptydir")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		paths    []string
		opts     Options
		code     string
		contains string
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, Options{}, chorus.ENOTFOUND, "nope.txt"},
		{"empty directory", []string{empty}, Options{}, chorus.EINVALID, "no articles"},
		{"only empty files", []string{write("blank.txt", " \n\n\t")}, Options{}, chorus.EINVALID, "no articles"},
		{"binary junk", []string{write("junk.bin", "\x00\x01\x02binary\x00\xff\xfe")}, Options{}, chorus.EINVALID, "junk.bin: binary data"},
		{"malformed JSON", []string{write("bad.json", "{\"id\": \"x\",\n  \"text\": }")}, Options{}, chorus.EINVALID, "bad.json: malformed JSON at line 2, column 11"},
		{"wrong JSON type", []string{write("type.json", `{"title": 5, "text": "x"}`)}, Options{}, chorus.EINVALID, `JSON field "title"`},
		{"bad date", []string{write("date.json", `{"published": "last Tuesday", "text": "x"}`)}, Options{}, chorus.EINVALID, "cannot parse published time"},
		{"bad JSONL line", []string{write("x.jsonl", "{\"articles\":[{\"text\":\"a\"}]}\n\n{\"articles\": [}\n")}, Options{}, chorus.EINVALID, "cannot parse cluster line 3 of"},
		{"too large", []string{write("big.txt", strings.Repeat("word ", 100))}, Options{MaxBytes: 64}, chorus.ETOOLARGE, "big.txt"},
		{"HTML page too large", []string{write("big.html", "<html><body><p>"+strings.Repeat("A long page. ", MaxHTMLBytes/13+1)+"</p></body></html>")}, Options{}, chorus.ETOOLARGE, "big.html exceeds the limit of 8388608 bytes"},
		{"line too large", []string{write("big.jsonl", `{"articles":[{"text":"`+strings.Repeat("a", 200)+`"}]}`)}, Options{MaxBytes: 64}, chorus.ETOOLARGE, "line 1 of"},
		{"no stdin", []string{"-"}, Options{}, chorus.EINVALID, "standard input"},
		{"no paths", nil, Options{}, chorus.EINVALID, "no input paths"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPaths(tt.paths, tt.opts)
			if err == nil {
				t.Fatal("no error")
			}
			if code := chorus.ErrorCode(err); code != tt.code {
				t.Errorf("code %q, want %q (%v)", code, tt.code, err)
			}
			if !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("error %q does not mention %q", err, tt.contains)
			}
		})
	}
	if _, err := ReadPaths([]string{empty}, Options{}); !errors.Is(err, chorus.ErrNoArticles) {
		t.Errorf("empty directory: %v is not ErrNoArticles", err)
	}
}

func TestReadPathsMixed(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Title A\n\nBody of a."), 0o644)
	os.WriteFile(b, []byte("caf\xe9 au lait is served."), 0o644)
	stdin := strings.NewReader("Stdin title\nStdin body.")
	clusters, err := ReadPaths([]string{a, b, "-"}, Options{Stdin: stdin})
	if err != nil {
		t.Fatal(err)
	}
	if len(clusters) != 1 || clusters[0].ID != "a" || len(clusters[0].Articles) != 3 {
		t.Fatalf("got %+v, want one cluster \"a\" of 3 articles", clusters)
	}
	arts := clusters[0].Articles
	if arts[0].ID != "a.txt" || arts[1].ID != "b.txt" || arts[2].ID != "3" {
		t.Errorf("ids %q %q %q, want a.txt b.txt 3", arts[0].ID, arts[1].ID, arts[2].ID)
	}
	if arts[1].Text != "café au lait is served." {
		t.Errorf("Latin-1 text not repaired: %q", arts[1].Text)
	}
}

func TestParseGzipAndFormat(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("First article. ||||| Second article.\nThird article.\n"))
	zw.Close()
	clusters, err := Parse(&buf, "x.src.gz", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(clusters) != 2 || clusters[0].ID != "1" || len(clusters[0].Articles) != 2 || clusters[1].ID != "2" {
		t.Fatalf("got %+v", clusters)
	}
	if _, err := ParseFormat("yaml"); chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("ParseFormat(yaml) = %v, want EINVALID", err)
	}
	for _, s := range []string{"", "auto", "TEXT", "html", "json", "jsonl", "multinews"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q): %v", s, err)
		}
	}
}

func TestScanClustersLongLines(t *testing.T) {
	long := strings.Repeat("word ", 300_000) // 1.5 MB line
	in := long + "||||| short one.\n\n" + "another line.\n"
	var ids []string
	err := ScanClusters(strings.NewReader(in), "big.src", Options{}, func(c chorus.Cluster) error {
		ids = append(ids, c.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(ids, ",") != "1,3" {
		t.Errorf("cluster ids %v, want [1 3]", ids)
	}
	stop := errors.New("stop")
	err = ScanClusters(strings.NewReader(in), "big.src", Options{}, func(chorus.Cluster) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("callback error not returned: %v", err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, in string
		want     Format
	}{
		{"json object", "{\n \"text\": \"x\"\n}", FormatJSON},
		{"jsonl", "{\"text\": \"x\"}\n{\"text\": \"y\"}", FormatJSONL},
		{"array", " [ {} ]", FormatJSON},
		{"html", "<!doctype html><p>x</p>", FormatHTML},
		{"html fragment", "Hello <p>world</p>", FormatHTML},
		{"multinews", "a NEWLINE_CHAR b ||||| c", FormatMultiNews},
		{"text", "Title\n\nBody < 5 and > 3.", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("sniff = %q, want %q", got, tt.want)
			}
		})
	}
}
