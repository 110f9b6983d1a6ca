package dataset

import (
	"compress/gzip"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var withTrain = flag.Bool("train", false, "also count the Multi-News train split in TestRealCounts")

// writeGz writes lines, each followed by a newline, gzip-compressed to path.
func writeGz(t testing.TB, path string, lines ...string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	for _, l := range lines {
		if _, err := zw.Write([]byte(l + "\n")); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// inventedMultiNews writes a three-cluster invented Multi-News test split.
func inventedMultiNews(t *testing.T) string {
	dir := t.TempDir()
	long := strings.Repeat("The otter swam across the quiet lake again. ", 2000) // > 64 KB
	writeGz(t, filepath.Join(dir, "multi-news/test.truncated.src.gz"),
		"The bridge opened on Monday. NEWLINE_CHAR NEWLINE_CHAR Crowds cheered. ||||| Officials said the bridge cost a lot.",
		"A storm hit the coast. |||||  ||||| The storm moved north.",
		long,
	)
	writeGz(t, filepath.Join(dir, "multi-news/test.truncated.tgt.gz"),
		"A new bridge opened to cheering crowds.",
		"A storm hit the coast and moved north.",
		"An otter swam.",
	)
	return dir
}

func TestReadMultiNews(t *testing.T) {
	dir := inventedMultiNews(t)
	var got []Example
	if err := Read(dir, "multinews-test", 0, func(ex Example) error {
		got = append(got, ex)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d examples, want 3", len(got))
	}
	tests := []struct {
		name     string
		ex       Example
		id       string
		articles int
		first    string
		ref      string
	}{
		{"newlines become paragraphs", got[0], "multinews-test-0", 2, "The bridge opened on Monday.\n\nCrowds cheered.", "A new bridge opened to cheering crowds."},
		{"empty article dropped", got[1], "multinews-test-1", 2, "A storm hit the coast.", "A storm hit the coast and moved north."},
		{"long line", got[2], "multinews-test-2", 1, strings.TrimSpace(strings.Repeat("The otter swam across the quiet lake again. ", 2000)), "An otter swam."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.ex.Cluster.ID != tc.id {
				t.Errorf("id = %q, want %q", tc.ex.Cluster.ID, tc.id)
			}
			if n := len(tc.ex.Cluster.Articles); n != tc.articles {
				t.Fatalf("articles = %d, want %d", n, tc.articles)
			}
			if a := tc.ex.Cluster.Articles[0].Text; a != tc.first {
				t.Errorf("first article = %.80q, want %.80q", a, tc.first)
			}
			if len(tc.ex.References) != 1 || len(tc.ex.References[0]) != 1 || tc.ex.References[0][0] != tc.ref {
				t.Errorf("references = %q, want one unit %q", tc.ex.References, tc.ref)
			}
		})
	}
}

func TestReadLimitAndStop(t *testing.T) {
	dir := inventedMultiNews(t)
	n := 0
	if err := Read(dir, "multinews-test", 2, func(Example) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("limit 2 read %d examples", n)
	}
	boom := errors.New("boom")
	if err := Read(dir, "multinews-test", 0, func(Example) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("callback error = %v, want boom", err)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, filepath.Join(dir, "multi-news/val.truncated.src.gz"), "one", "two")
	writeGz(t, filepath.Join(dir, "multi-news/val.truncated.tgt.gz"), "one")
	tests := []struct {
		name, dataset string
		want          string
	}{
		{"unknown name", "cnn", "unknown dataset"},
		{"missing files", "multinews-test", "cannot open"},
		{"misaligned files", "multinews-val", "differ in length"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Read(dir, tc.dataset, 0, func(Example) error { return nil })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestReadDUC(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, filepath.Join(dir, "duc2004/duc2004_task2.jsonl.gz"),
		`{"id": "d1t", "documents": [{"id": "APW19990102.0010", "text": "A ferry sank."}, {"id": "NYT19990103.0200", "text": "Rescuers searched."}], "references": ["The ferry sank.\nRescuers searched.\n", "A ferry went down."], "reference_annotators": ["A", "B"]}`,
		``,
		`{"id": "d2t", "documents": [], "references": [], "reference_annotators": []}`,
	)
	writeGz(t, filepath.Join(dir, "duc2003/duc2003_task2.jsonl.gz"),
		`{"id": "d3t", "documents": [{"id": "XIE19981101.0001", "text": "One.\n\nTwo."}], "references": ["The mayor , in Paris , said `+"``"+` no '' . He 's gone ."], "reference_annotators": ["A"]}`,
	)
	var got []Example
	collect := func(ex Example) error { got = append(got, ex); return nil }
	if err := Read(dir, "duc2004", 0, collect); err != nil {
		t.Fatal(err)
	}
	if err := Read(dir, "duc2003", 0, collect); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d examples, want 3", len(got))
	}
	a := got[0].Cluster.Articles[1]
	if a.ID != "NYT19990103.0200" || a.Source != "NYT" || !a.Published.Equal(time.Date(1999, 1, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("article = %+v", a)
	}
	if r := got[0].References; len(r) != 2 || len(r[0]) != 2 || r[0][1] != "Rescuers searched." || len(r[1]) != 1 {
		t.Errorf("duc2004 references = %q", r)
	}
	if r := got[2].References; len(r) != 1 || strings.Join(r[0], " ") != "The mayor, in Paris, said ``no''. He's gone." {
		t.Errorf("duc2003 references = %q", r)
	}
}

func TestDocDate(t *testing.T) {
	tests := []struct {
		id   string
		want string
		ok   bool
	}{
		{"APW19981016.0240", "1998-10-16", true},
		{"NYT19981231.0001", "1998-12-31", true},
		{"XIE1998", "", false},
		{"APW19981399.0001", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			d, ok := DocDate(tc.id)
			if ok != tc.ok || (ok && d.Format("2006-01-02") != tc.want) {
				t.Errorf("DocDate(%q) = %v, %v; want %s, %v", tc.id, d, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestDir(t *testing.T) {
	t.Setenv("CHORUS_DATA", filepath.Join(t.TempDir(), "absent"))
	if _, err := Dir(); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Dir with absent CHORUS_DATA: err = %v, want fs.ErrNotExist", err)
	}
}

// TestRealCounts reads every real dataset and checks its cluster count.
func TestRealCounts(t *testing.T) {
	dir, err := Dir()
	if err != nil {
		t.Skipf("real data absent (set CHORUS_DATA or place it at ../shared/data): %v", err)
	}
	for _, name := range Names() {
		if name == "multinews-train" && !*withTrain {
			continue // 45k clusters, 3-4 s: run with -train
		}
		t.Run(name, func(t *testing.T) {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(specFiles(name)[0]))); err != nil {
				t.Skipf("real data file absent: %v", err)
			}
			n, refs := 0, 0
			err := Read(dir, name, 0, func(ex Example) error {
				n++
				refs += len(ex.References)
				if len(ex.Cluster.Articles) == 0 {
					t.Errorf("cluster %s has no articles", ex.Cluster.ID)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if n != Count(name) {
				t.Errorf("%s: %d clusters, want %d", name, n, Count(name))
			}
			switch {
			case strings.HasSuffix(name, "-new"):
				// Update-style references: 2 to 4 per example (novel.go).
				if refs < minNewRefs*n || refs > 4*n {
					t.Errorf("%s: %d references, want %d to %d", name, refs, minNewRefs*n, 4*n)
				}
			case (IsDUC(name) || IsUpdate(name)) && refs != 4*n:
				t.Errorf("%s: %d references, want %d", name, refs, 4*n)
			}
		})
	}
}

func specFiles(name string) []string {
	s, _ := lookup(name)
	return s.files
}

func FuzzMultiNewsExample(f *testing.F) {
	f.Add("a ||||| b NEWLINE_CHAR c", "ref")
	f.Add(" |||||  ||||| ", "")
	f.Add("NEWLINE_CHARNEWLINE_CHAR", "NEWLINE_CHAR")
	f.Fuzz(func(t *testing.T, src, tgt string) {
		ex := multiNewsExample("x", src, tgt)
		for _, a := range ex.Cluster.Articles {
			if strings.TrimSpace(a.Text) == "" {
				t.Errorf("empty article kept from %q", src)
			}
		}
	})
}

func BenchmarkReadMultiNews(b *testing.B) {
	dir := b.TempDir()
	var src, tgt []string
	for i := range 200 {
		src = append(src, strings.Repeat("The council met again today to vote on the plan. ", 40)+" ||||| "+strings.Repeat("Officials said the vote was close. ", 30))
		tgt = append(tgt, "The council voted on the plan "+strings.Repeat("again ", i%7)+".")
	}
	writeGz(b, filepath.Join(dir, "multi-news/val.truncated.src.gz"), src...)
	writeGz(b, filepath.Join(dir, "multi-news/val.truncated.tgt.gz"), tgt...)
	b.ReportAllocs()
	for b.Loop() {
		if err := Read(dir, "multinews-val", 0, func(Example) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
