package tune

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// inventedDUC writes an invented duc2003 file of n clusters under a
// temporary data directory and returns the directory. Each cluster has
// three reports of one event, one opening with a list bullet.
func inventedDUC(t *testing.T, n int) string {
	t.Helper()
	places := []string{"Port Elm", "Marrow", "Lindenfield", "Stoke Harbour", "Avonby"}
	var lines []string
	for i := range n {
		place := places[i%len(places)]
		docs := []map[string]string{
			{"id": fmt.Sprintf("APW1998101%d.000%d", i%10, i), "text": fmt.Sprintf(
				"• The ferry at %s sank in a storm on Monday with %d people aboard. Divers searched the bay all week. The harbour will stay closed until the wreck is lifted.", place, 20+i)},
			{"id": fmt.Sprintf("NYT1998101%d.001%d", i%10, i), "text": fmt.Sprintf(
				"A storm sank the %s ferry on Monday. All %d passengers were rescued by fishing boats, officials said. The company said the ferry was twelve years old.", place, 20+i)},
			{"id": fmt.Sprintf("XIE1998101%d.002%d", i%10, i), "text": fmt.Sprintf(
				"Fishing boats rescued everyone aboard the ferry that sank off %s. The harbour master blamed the sudden storm. Repairs to the pier began on Friday.", place)},
		}
		ref := fmt.Sprintf("The %s ferry sank in a storm on Monday . Fishing boats rescued all %d passengers . The harbour stays closed .", place, 20+i)
		b, err := json.Marshal(map[string]any{"id": fmt.Sprintf("d%02dt", i), "documents": docs, "references": []string{ref, ref}})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "duc2003", "duc2003_task2.jsonl.gz")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(strings.Join(lines, "\n") + "\n"))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRun(t *testing.T) {
	t.Parallel()
	dir := inventedDUC(t, 6)
	opts := Options{Dataset: "duc2003", Dir: dir, Variants: []string{"", "learned=3", "overlap=0.01,learned=0"}}
	res, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Clusters != 6 || len(res.IDs) != 6 || len(res.Rows) != 4 {
		t.Fatalf("%d clusters, %d ids, %d rows; want 6, 6, 4", res.Clusters, len(res.IDs), len(res.Rows))
	}
	base := res.Rows[0]
	if base.Variant != "" || len(base.Figures) != 3 || base.Figures[0] <= 0 {
		t.Errorf("base row %+v: want three figures, ROUGE-1 above 0", base)
	}
	for _, i := range []int{1, 2} {
		// An empty variant and one that sets the default value are the base.
		r := res.Rows[i]
		if !slices.Equal(r.Figures, base.Figures) || r.Better != 0 || r.Worse != 0 {
			t.Errorf("variant %q: %+v, want the base figures and no change", r.Variant, r)
		}
	}
	if r := res.Rows[3]; r.Better+r.Worse == 0 || len(r.Deltas) != 6 {
		t.Errorf("variant %q changed no cluster: %+v", r.Variant, r)
	}

	one := opts
	one.Workers = 1
	res1, err := Run(context.Background(), one)
	if err != nil {
		t.Fatal(err)
	}
	for i := range res.Rows {
		if !slices.Equal(res.Rows[i].Figures, res1.Rows[i].Figures) || !slices.Equal(res.Rows[i].Deltas, res1.Rows[i].Deltas) {
			t.Errorf("row %d differs between 1 worker and one per CPU: %+v vs %+v", i, res1.Rows[i], res.Rows[i])
		}
	}

	var out bytes.Buffer
	if err := res.WriteTable(&out, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"dataset duc2003, 6 clusters", "(base)", "overlap=0.01,learned=0", "ROUGE-4 R", "R-1 change per cluster"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunErrors(t *testing.T) {
	t.Parallel()
	dir := inventedDUC(t, 1)
	tests := []struct {
		name string
		opts Options
	}{
		{"test split", Options{Dataset: "duc2004", Dir: dir}},
		{"multi-news test split", Options{Dataset: "multinews-test", Dir: dir}},
		{"unknown dataset", Options{Dataset: "cnn", Dir: dir}},
		{"bad variant", Options{Dataset: "duc2003", Dir: dir, Variants: []string{"nope=1"}}},
		{"missing data", Options{Dataset: "multinews-val", Dir: dir}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Run(context.Background(), tt.opts); err == nil {
				t.Error("want an error")
			}
		})
	}
}

func TestIsTestSet(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]bool{
		"multinews-val": false, "duc2003": false, "multinews-train": false,
		"multinews-test": true, "duc2004": true, "longbench200": true,
		"duc2006": false, "duc2007-update": true,
	} {
		if got := IsTestSet(name); got != want {
			t.Errorf("IsTestSet(%q) = %v, want %v", name, got, want)
		}
	}
}
