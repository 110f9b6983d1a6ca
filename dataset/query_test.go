package dataset

import (
	"path/filepath"
	"testing"
)

// TestReadQuery reads the topic statements of an invented DUC 2006 file
// and an invented DUC 2007 update file.
func TestReadQuery(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, filepath.Join(dir, "duc2006/duc2006_main.jsonl.gz"),
		`{"id": "D0001A", "documents": [{"id": "APW19990101.0001", "title": "Dam", "text": "A dam cracked."}], "references": ["The dam cracked."], "topic": {"title": "dam safety", "narrative": "Describe the state of the dam."}}`,
		`{"id": "D0002B", "documents": [{"id": "NYT19990102.0002", "text": "A comet was seen."}], "references": ["A comet."], "topic": {"title": "Comets?", "narrative": " What was seen? "}}`,
		`{"id": "D0003C", "documents": [{"id": "NYT19990103.0003", "text": "Rain fell."}], "references": ["Rain."]}`,
	)
	writeGz(t, filepath.Join(dir, "duc2007/duc2007_update.jsonl.gz"),
		`{"id": "D0701A-A", "documents": [{"id": "APW19990101.0001", "text": "A dam cracked."}], "references": ["Cracked."], "topic": {"title": "dam", "narrative": "Report on the dam."}, "update_after": []}`,
	)
	var got []string
	for _, name := range []string{"duc2006", "duc2007-update"} {
		if err := Read(dir, name, 0, func(ex Example) error { got = append(got, ex.Query); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct{ name, want string }{
		{"title and narrative, a full stop added", "dam safety.\nDescribe the state of the dam."},
		{"a title's own punctuation kept, spaces trimmed", "Comets?\nWhat was seen?"},
		{"no topic, no query", ""},
		{"update task", "dam.\nReport on the dam."},
	}
	if len(got) != len(tests) {
		t.Fatalf("got %d examples, want %d", len(got), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got[i] != tt.want {
				t.Errorf("query %q, want %q", got[i], tt.want)
			}
		})
	}
	for name, want := range map[string]bool{"duc2006": true, "duc2007-update": true, "duc2004": false, "multinews-val": false} {
		if IsQuery(name) != want {
			t.Errorf("IsQuery(%q) = %v, want %v", name, !want, want)
		}
	}
	if IsDUC("duc2006") || IsUpdate("duc2006") || Count("duc2006") != 50 {
		t.Error("duc2006 misclassified: it is neither a SumRepo DUC set nor an update task, 50 topics")
	}
}
