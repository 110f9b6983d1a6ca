package story

import (
	"bytes"
	"io/fs"
	"os"
	"testing"
)

// TestBackgroundTable checks the embedded background table, made by
//
//	chorus train -background -limit 0 -out story/background.df.gz
func TestBackgroundTable(t *testing.T) {
	if len(backgroundGz) > 1<<20 {
		t.Errorf("background table is %d bytes, want under 1 MiB", len(backgroundGz))
	}
	bg, err := readBackground(bytes.NewReader(backgroundGz))
	if err != nil {
		t.Fatal(err)
	}
	if bg.docs < 10000 || len(bg.df) < 10000 {
		t.Fatalf("background table has %d docs and %d terms, want a real table", bg.docs, len(bg.df))
	}
	// Common words are frequent, topical ones rarer, invented ones absent.
	var s stemmer
	common, topical := bg.df[s.Stem("people")], bg.df[s.Stem("earthquake")]
	if common <= topical || topical < minBackgroundDF {
		t.Errorf("df(people) = %d, df(earthquake) = %d: want 0 < earthquake < people", common, topical)
	}
	if n := bg.df["velmora"]; n != 0 {
		t.Errorf("invented word velmora has df %d", n)
	}
	if _, err := fs.Stat(os.DirFS("."), "background.df.gz"); err != nil {
		t.Errorf("background table file: %v", err)
	}
}
