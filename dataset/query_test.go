package dataset

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
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

// TestReadSplit checks the duc2006-split proxy: each topic's documents in
// date order, the earlier half read before, the later half summarized,
// with DUC 2006's references and topic.
func TestReadSplit(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, filepath.Join(dir, "duc2006/duc2006_main.jsonl.gz"),
		`{"id": "D0001A", "documents": [{"id": "NYT19990105.0003", "text": "Rain."}, {"id": "APW19990101.0001", "text": "Sun."}, {"id": "APW19990103.0002", "text": "Fog."}], "references": ["Weather."], "topic": {"title": "weather", "narrative": "Describe it."}}`,
		`{"id": "D0002B", "documents": [{"id": "XIE19990202.0002", "text": "Snow."}, {"id": "APW19990202.0001", "text": "Hail."}, {"id": "NYT19990201.0003", "text": "Ice."}, {"id": "NYT19990203.0004", "text": "Thaw."}], "references": ["Winter."]}`,
	)
	var got []Example
	if err := Read(dir, "duc2006-split", 0, func(ex Example) error { got = append(got, ex); return nil }); err != nil {
		t.Fatal(err)
	}
	ids := func(arts []chorus.Article) string {
		var s []string
		for _, a := range arts {
			s = append(s, a.ID)
		}
		return strings.Join(s, " ")
	}
	tests := []struct {
		name, before, cluster, query string
	}{
		{"odd count: the smaller half read", "APW19990101.0001", "APW19990103.0002 NYT19990105.0003", "weather.\nDescribe it."},
		{"same date ordered by id", "NYT19990201.0003 APW19990202.0001", "XIE19990202.0002 NYT19990203.0004", ""},
	}
	if len(got) != len(tests) {
		t.Fatalf("got %d examples, want %d", len(got), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := got[i]
			if ids(ex.Before) != tt.before || ids(ex.Cluster.Articles) != tt.cluster || ex.Query != tt.query || len(ex.References) != 1 {
				t.Errorf("before [%s], cluster [%s], query %q, %d references; want [%s], [%s], %q, 1",
					ids(ex.Before), ids(ex.Cluster.Articles), ex.Query, len(ex.References), tt.before, tt.cluster, tt.query)
			}
		})
	}
	if !IsUpdate("duc2006-split") || !IsQuery("duc2006-split") {
		t.Error("duc2006-split is an update task with topics")
	}
}
