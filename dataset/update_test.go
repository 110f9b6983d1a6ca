package dataset

import (
	"path/filepath"
	"strings"
	"testing"
)

// inventedUpdate writes an invented two-topic update-task file.
func inventedUpdate(t *testing.T, lines ...string) string {
	t.Helper()
	dir := t.TempDir()
	writeGz(t, filepath.Join(dir, "duc2007/duc2007_update.jsonl.gz"), lines...)
	return dir
}

func TestReadUpdate(t *testing.T) {
	dir := inventedUpdate(t,
		`{"id": "T1-A", "documents": [{"id": "APW19990101.0001", "text": "A dam cracked."}], "references": ["The dam cracked.\nWater rose."], "update_after": []}`,
		`{"id": "T1-B", "documents": [{"id": "APW19990105.0002", "text": "Villages were evacuated."}], "references": ["People left."], "update_after": ["T1-A"]}`,
		`{"id": "T1-C", "documents": [{"id": "NYT19990110.0003", "text": "The dam was repaired."}, {"id": "NYT19990111.0004", "text": "People came home."}], "references": ["Repaired."], "update_after": ["T1-A", "T1-B"]}`,
		`{"id": "T2-A", "documents": [{"id": "XIE19990201.0005", "text": "A comet was seen."}], "references": ["A comet."], "update_after": []}`,
	)
	var got []Example
	if err := Read(dir, "duc2007-update", 0, func(ex Example) error { got = append(got, ex); return nil }); err != nil {
		t.Fatal(err)
	}
	ids := func(ex Example) string {
		var s []string
		for _, a := range ex.Before {
			s = append(s, a.ID)
		}
		return strings.Join(s, " ")
	}
	tests := []struct {
		name, cluster, before string
		refs                  int
	}{
		{"first set reads alone", "T1-A", "", 2},
		{"second set after the first", "T1-B", "APW19990101.0001", 1},
		{"third set after both, oldest first", "T1-C", "APW19990101.0001 APW19990105.0002", 1},
		{"a new topic starts afresh", "T2-A", "", 1},
	}
	if len(got) != len(tests) {
		t.Fatalf("got %d examples, want %d", len(got), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := got[i]
			if ex.Cluster.ID != tt.cluster || ids(ex) != tt.before || len(ex.References[0]) != tt.refs {
				t.Errorf("got %s before [%s] with %d reference sentences, want %s before [%s] with %d",
					ex.Cluster.ID, ids(ex), len(ex.References[0]), tt.cluster, tt.before, tt.refs)
			}
		})
	}
	if !IsUpdate("duc2007-update") || IsUpdate("duc2004") || IsDUC("duc2007-update") {
		t.Error("IsUpdate/IsDUC misclassify the update task")
	}
}

func TestReadUpdateOutOfOrder(t *testing.T) {
	dir := inventedUpdate(t,
		`{"id": "T1-B", "documents": [{"id": "APW19990105.0002", "text": "Villages were evacuated."}], "references": [], "update_after": ["T1-A"]}`,
	)
	err := Read(dir, "duc2007-update", 0, func(Example) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "T1-A") {
		t.Errorf("err = %v, want one naming the missing earlier set", err)
	}
}
