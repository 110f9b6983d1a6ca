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
			if articleIDs(ex.Before) != tt.before || articleIDs(ex.Cluster.Articles) != tt.cluster || ex.Query != tt.query || len(ex.References) != 1 {
				t.Errorf("before [%s], cluster [%s], query %q, %d references; want [%s], [%s], %q, 1",
					articleIDs(ex.Before), articleIDs(ex.Cluster.Articles), ex.Query, len(ex.References), tt.before, tt.cluster, tt.query)
			}
		})
	}
	if !IsUpdate("duc2006-split") || !IsQuery("duc2006-split") {
		t.Error("duc2006-split is an update task with topics")
	}
}

// TestReadSets checks the duc2006-update proxy: each topic's documents in
// date order cut into sets A, B and C in the DUC 2007 proportions, each
// read after the sets before it, empty sets left out, the limit counting
// sets.
func TestReadSets(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, filepath.Join(dir, "duc2006/duc2006_main.jsonl.gz"),
		`{"id": "D0001A", "documents": [{"id": "NYT19990105.0003", "text": "Rain."}, {"id": "APW19990101.0001", "text": "Sun."}, {"id": "APW19990103.0002", "text": "Fog."}, {"id": "XIE19990107.0001", "text": "Wind."}, {"id": "APW19990106.0001", "text": "Hail."}], "references": ["Weather."], "topic": {"title": "weather", "narrative": "Describe it."}}`,
		`{"id": "D0002B", "documents": [{"id": "XIE19990202.0002", "text": "Snow."}, {"id": "NYT19990201.0003", "text": "Ice."}], "references": ["Winter."]}`,
	)
	tests := []struct {
		name, id, before, cluster, query string
	}{
		{"set A: the first 10/25, read first", "D0001A-A", "", "APW19990101.0001 APW19990103.0002", "weather.\nDescribe it."},
		{"set B: the next 8/25, after A", "D0001A-B", "APW19990101.0001 APW19990103.0002", "NYT19990105.0003", "weather.\nDescribe it."},
		{"set C: the rest, after A and B", "D0001A-C", "APW19990101.0001 APW19990103.0002 NYT19990105.0003", "APW19990106.0001 XIE19990107.0001", "weather.\nDescribe it."},
		{"two documents: A has one", "D0002B-A", "", "NYT19990201.0003", ""},
		{"two documents: B is empty, C after A", "D0002B-C", "NYT19990201.0003", "XIE19990202.0002", ""},
	}
	for _, limit := range []int{0, 2} {
		var got []Example
		if err := Read(dir, "duc2006-update", limit, func(ex Example) error { got = append(got, ex); return nil }); err != nil {
			t.Fatal(err)
		}
		want := tests
		if limit > 0 {
			want = tests[:limit]
		}
		if len(got) != len(want) {
			t.Fatalf("limit %d: got %d examples, want %d", limit, len(got), len(want))
		}
		for i, tt := range want {
			t.Run(tt.name, func(t *testing.T) {
				ex := got[i]
				if ex.Cluster.ID != tt.id || articleIDs(ex.Before) != tt.before || articleIDs(ex.Cluster.Articles) != tt.cluster || ex.Query != tt.query || len(ex.References) != 1 {
					t.Errorf("%s: before [%s], cluster [%s], query %q, %d references; want %s: [%s], [%s], %q, 1",
						ex.Cluster.ID, articleIDs(ex.Before), articleIDs(ex.Cluster.Articles), ex.Query, len(ex.References), tt.id, tt.before, tt.cluster, tt.query)
				}
			})
		}
	}
	if !IsUpdate("duc2006-update") || !IsQuery("duc2006-update") || Count("duc2006-update") != 150 {
		t.Error("duc2006-update is an update task with topics, 150 sets")
	}
}

// TestReadDUC2003Proxies checks the query-free update proxies made from
// DUC 2003: duc2003-split and duc2003-update cut each cluster by date like
// their DUC 2006 namesakes, with no topic, and detokenize and split DUC
// 2003's references into sentences as duc2003 does.
func TestReadDUC2003Proxies(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, filepath.Join(dir, "duc2003/duc2003_task2.jsonl.gz"),
		`{"id": "d30001t", "documents": [{"id": "NYT19981105.0003", "text": "The levee held."}, {"id": "APW19981101.0001", "text": "A river rose."}, {"id": "APW19981103.0002", "text": "Towns were warned."}], "references": ["A river rose , and towns were warned . The levee held ."], "reference_annotators": ["A"]}`,
	)
	tests := []struct {
		dataset, id, before, cluster string
	}{
		{"duc2003-split", "d30001t", "APW19981101.0001", "APW19981103.0002 NYT19981105.0003"},
		{"duc2003-update", "d30001t-C", "APW19981101.0001 APW19981103.0002", "NYT19981105.0003"},
	}
	for _, tt := range tests {
		t.Run(tt.dataset, func(t *testing.T) {
			var last Example
			if err := Read(dir, tt.dataset, 0, func(ex Example) error { last = ex; return nil }); err != nil {
				t.Fatal(err)
			}
			if last.Cluster.ID != tt.id || articleIDs(last.Before) != tt.before || articleIDs(last.Cluster.Articles) != tt.cluster || last.Query != "" {
				t.Errorf("%s before [%s], cluster [%s], query %q; want %s before [%s], [%s], no query",
					last.Cluster.ID, articleIDs(last.Before), articleIDs(last.Cluster.Articles), last.Query, tt.id, tt.before, tt.cluster)
			}
			want := []string{"A river rose, and towns were warned.", "The levee held."}
			if len(last.References) != 1 || strings.Join(last.References[0], "|") != strings.Join(want, "|") {
				t.Errorf("references = %q, want one of %q", last.References, want)
			}
			if !IsUpdate(tt.dataset) || IsDUC(tt.dataset) {
				t.Errorf("%s is an update proxy with the update protocol", tt.dataset)
			}
		})
	}
}

// articleIDs returns the articles' IDs joined by spaces.
func articleIDs(arts []chorus.Article) string {
	var s []string
	for _, a := range arts {
		s = append(s, a.ID)
	}
	return strings.Join(s, " ")
}
