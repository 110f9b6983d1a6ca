package dataset

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestReadWithReferences checks that a directory of hand-written
// references replaces the dataset's own on the clusters it names, that the
// others are left out and the limit counts those read, and that a
// directory naming no cluster of the dataset is an error.
func TestReadWithReferences(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, filepath.Join(dir, "duc2006/duc2006_main.jsonl.gz"),
		`{"id": "D0001A", "documents": [{"id": "APW19990101.0001", "text": "The Velmora dam cracked."}, {"id": "APW19990103.0002", "text": "Engineers inspected it."}, {"id": "NYT19990105.0003", "text": "Villages below were evacuated."}, {"id": "XIE19990107.0001", "text": "The dam was repaired."}], "references": ["A whole-topic reference."], "topic": {"title": "dam", "narrative": "What happened?"}}`,
		`{"id": "D0002B", "documents": [{"id": "XIE19990201.0002", "text": "A comet was seen."}, {"id": "NYT19990202.0003", "text": "It faded."}, {"id": "NYT19990203.0003", "text": "It returned."}], "references": ["Comets."]}`,
	)
	refDir := filepath.Join(t.TempDir(), "refs")
	if err := os.MkdirAll(refDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"D0001A-B.txt":   "Villages below the cracked dam were evacuated.\nNobody was hurt.\n",
		"D0001A-B.2.txt": "People living below the dam left their homes.\n",
		"D0002B-C.txt":   "The comet came back.\n",
		"README.md":      "How these were written.\n",
	} {
		if err := os.WriteFile(filepath.Join(refDir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	refs, err := ReadReferences(refDir)
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string, limit int) ([]Example, error) {
		var got []Example
		err := ReadWithReferences(dir, name, refs, limit, func(ex Example) error { got = append(got, ex); return nil })
		return got, err
	}
	got, err := read("duc2006-update", 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, ex := range got {
		ids = append(ids, ex.Cluster.ID)
	}
	if !slices.Equal(ids, []string{"D0001A-B", "D0002B-C"}) {
		t.Fatalf("read %v, want only the clusters with a reference: D0001A-B D0002B-C", ids)
	}
	b := got[0]
	if len(b.References) != 2 || strings.Join(b.References[0], "|") != "People living below the dam left their homes." ||
		strings.Join(b.References[1], "|") != "Villages below the cracked dam were evacuated.|Nobody was hurt." {
		t.Errorf("D0001A-B references %q, want the two files' sentences in file-name order", b.References)
	}
	if articleIDs(b.Before) != "APW19990101.0001" || b.Query != "dam.\nWhat happened?" {
		t.Errorf("D0001A-B before [%s], query %q: want the dataset's cut and topic kept", articleIDs(b.Before), b.Query)
	}
	if got, err := read("duc2006-update", 1); err != nil || len(got) != 1 || got[0].Cluster.ID != "D0001A-B" {
		t.Errorf("limit 1: %d examples, %v; want D0001A-B only", len(got), err)
	}
	if _, err := read("duc2006-split", 0); err == nil || !strings.Contains(err.Error(), "no reference names a cluster of duc2006-split") {
		t.Errorf("references naming no cluster: err %v, want one saying so", err)
	}
}
