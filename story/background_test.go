package story

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"testing"

	"github.com/chorusnews/chorus/dataset"
)

var genDF = flag.Bool("gen-df", false, "rebuild background.df.gz from the Multi-News train split")

// TestBackgroundTable checks the embedded background table; with -gen-df it
// first rebuilds it from the Multi-News train split (a few minutes):
//
//	go test ./story -run TestBackgroundTable -gen-df -timeout 30m
func TestBackgroundTable(t *testing.T) {
	if *genDF {
		dir, err := dataset.Dir()
		if err != nil {
			t.Fatalf("no data to rebuild the table from: %v", err)
		}
		var b backgroundCounter
		k := int32(0)
		err = dataset.Read(dir, "multinews-train", 0, func(ex dataset.Example) error {
			k++
			for _, a := range ex.Cluster.Articles {
				b.addKeys(k, a.Text)
			}
			return nil
		})
		if err == nil {
			err = dataset.Read(dir, "multinews-train", 0, func(ex dataset.Example) error {
				for _, a := range ex.Cluster.Articles {
					b.add(a.Text)
				}
				return nil
			})
		}
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := b.write(&buf, minBackgroundDF); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("background.df.gz", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		backgroundGz = buf.Bytes()
		t.Logf("%d articles, %d distinct terms, %d boilerplate sentences, %d bytes", b.docs, len(b.df), len(b.boiler), buf.Len())
	}
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
