package dataset

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestNewReferences checks which reference sentences an update-style
// reference keeps: those that more of the new articles' own content
// bigrams back than the seen articles' do.
func TestNewReferences(t *testing.T) {
	seen := []chorus.Article{{ID: "s1", Title: "Harbour bridge closed", Text: "The harbour bridge closed after inspectors found rusted cables."}}
	fresh := []chorus.Article{{ID: "n1", Text: "Engineers replaced the rusted cables. The harbour bridge reopened to lorries on Monday, and toll fees doubled."}}
	tests := []struct {
		name string
		refs [][]string
		want [][]string
		ok   bool
	}{
		{
			name: "new facts kept, seen facts dropped",
			refs: [][]string{
				{"Inspectors found rusted cables on the harbour bridge.", "Engineers replaced the cables and toll fees doubled."},
				{"The harbour bridge closed.", "Toll fees doubled when it reopened to lorries."},
			},
			want: [][]string{
				{"Engineers replaced the cables and toll fees doubled."},
				{"Toll fees doubled when it reopened to lorries."},
			},
			ok: true,
		},
		{
			name: "a tie between seen and new bigrams is not new",
			refs: [][]string{{"Rusted cables, toll fees."}, {"Rusted cables, toll fees."}},
			ok:   false,
		},
		{
			name: "words found in no article are not new",
			refs: [][]string{{"Commuters complained bitterly."}, {"Toll fees doubled."}},
			want: [][]string{{"Toll fees doubled."}},
			ok:   false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := newReferences(tt.refs, seen, fresh)
			if ok != tt.ok || !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("got %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
	if _, ok := newReferences([][]string{{"Toll fees doubled."}, {"Toll fees doubled."}}, nil, fresh); ok {
		t.Error("with nothing seen there is no update to score")
	}
}

// TestReadNewProxies checks that duc2006-split-new and duc2006-update-new
// are duc2006-split and duc2006-update with update-style references: a
// topic's first set and any example with fewer than two references left
// are skipped, and the limit counts the examples passed on.
func TestReadNewProxies(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, filepath.Join(dir, "duc2006/duc2006_main.jsonl.gz"),
		`{"id": "D0001A", "documents": [{"id": "APW19990101.0001", "text": "The harbour bridge closed after inspectors found rusted cables."}, {"id": "APW19990103.0002", "text": "Ferry crossings were added."}, {"id": "NYT19990105.0003", "text": "Engineers replaced the rusted cables."}, {"id": "XIE19990107.0001", "text": "Toll fees doubled on the harbour bridge."}], "references": ["The harbour bridge closed.\nEngineers replaced the cables.\nToll fees doubled.", "Rusted cables closed the harbour bridge.\nToll fees doubled."], "topic": {"title": "bridge", "narrative": "Describe it."}}`,
		`{"id": "D0002B", "documents": [{"id": "XIE19990202.0002", "text": "Snow fell."}, {"id": "NYT19990201.0003", "text": "Ice formed."}], "references": ["Snow fell.", "Ice formed."]}`,
	)
	read := func(name string, limit int) map[string][][]string {
		got := map[string][][]string{}
		if err := Read(dir, name, limit, func(ex Example) error { got[ex.Cluster.ID] = ex.References; return nil }); err != nil {
			t.Fatal(err)
		}
		return got
	}
	split := read("duc2006-split-new", 0)
	if want := [][]string{{"Engineers replaced the cables.", "Toll fees doubled."}, {"Toll fees doubled."}}; len(split) != 1 || !slices.EqualFunc(split["D0001A"], want, slices.Equal) {
		t.Errorf("duc2006-split-new = %q, want D0001A with %q (D0002B: one reference left)", split, want)
	}
	sets := read("duc2006-update-new", 0)
	var ids []string
	for id := range sets {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if strings.Join(ids, " ") != "D0001A-C" {
		t.Errorf("duc2006-update-new sets %v, want only D0001A-C (A is read first, B adds no new reference sentence to two references)", ids)
	}
	if got := read("duc2006-update-new", 1); len(got) != 1 {
		t.Errorf("limit 1 passed on %d examples", len(got))
	}
	for _, name := range []string{"duc2006-split-new", "duc2006-update-new"} {
		if !IsUpdate(name) || !IsQuery(name) || IsDUC(name) || Count(name) == 0 {
			t.Errorf("%s is an update task with topics and a count", name)
		}
	}
}
