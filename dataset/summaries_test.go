package dataset

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadReferencesAndCandidates(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) {
		t.Helper()
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("refs/c1.A", "The dam held.\nRain eased.\n")
	write("refs/c1.B.txt", "Rain eased overnight.\n")
	write("refs/c2/A", "A ferry ran aground.\n")
	write("sys/c1.txt", "The dam held.\n\nRescuers waited.\n")
	write("cands.jsonl", `{"id":"c1","system":"x","summary":"One.\nTwo."}`+"\n\n"+`{"cluster":"c2","sentences":["Three."]}`+"\n")
	write("refs.jsonl", `{"id":"c1","references":["A.\nB.",["C."],{"sentences":["D."]}]}`+"\n")

	refs, err := ReadReferences(filepath.Join(dir, "refs"))
	wantRefs := map[string][][]string{
		"c1": {{"The dam held.", "Rain eased."}, {"Rain eased overnight."}},
		"c2": {{"A ferry ran aground."}},
	}
	if err != nil || !reflect.DeepEqual(refs, wantRefs) {
		t.Errorf("ReadReferences(dir) = %q, %v; want %q", refs, err, wantRefs)
	}
	refs, err = ReadReferences(filepath.Join(dir, "refs.jsonl"))
	if want := (map[string][][]string{"c1": {{"A.", "B."}, {"C."}, {"D."}}}); err != nil || !reflect.DeepEqual(refs, want) {
		t.Errorf("ReadReferences(jsonl) = %q, %v; want %q", refs, err, want)
	}
	cands, err := ReadCandidates(filepath.Join(dir, "sys"))
	if want := (map[string]map[string][]string{"sys": {"c1": {"The dam held.", "Rescuers waited."}}}); err != nil || !reflect.DeepEqual(cands, want) {
		t.Errorf("ReadCandidates(dir) = %q, %v; want %q", cands, err, want)
	}
	cands, err = ReadCandidates(filepath.Join(dir, "cands.jsonl"))
	if want := (map[string]map[string][]string{"x": {"c1": {"One.", "Two."}}, "cands": {"c2": {"Three."}}}); err != nil || !reflect.DeepEqual(cands, want) {
		t.Errorf("ReadCandidates(jsonl) = %q, %v; want %q", cands, err, want)
	}

	write("bad.jsonl", `{"id":"c1","summary":"One."}`+"\n"+`{"id":"c1","summary":"Again."}`+"\n")
	if _, err := ReadCandidates(filepath.Join(dir, "bad.jsonl")); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("duplicate cluster: error %v", err)
	}
	write("noid.jsonl", `{"summary":"One."}`+"\n")
	if _, err := ReadCandidates(filepath.Join(dir, "noid.jsonl")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("line without id: error %v", err)
	}
	if _, err := ReadReferences(filepath.Join(dir, "absent")); err == nil {
		t.Error("missing references: no error")
	}
}

func FuzzParseSummary(f *testing.F) {
	for _, s := range []string{`"one\ntwo"`, `["a", "b"]`, `{"sentences": ["x"]}`, `null`, `3`, `{"sentences": null}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		ss, err := parseSummary(json.RawMessage(raw))
		var text string
		if !strings.HasPrefix(strings.TrimSpace(raw), `"`) || json.Unmarshal([]byte(raw), &text) != nil {
			return
		}
		// a string summary is split into its non-empty lines
		if err != nil {
			t.Fatalf("string summary %q rejected: %v", raw, err)
		}
		for _, s := range ss {
			if s == "" || strings.Contains(s, "\n") {
				t.Errorf("bad sentence %q from %q", s, raw)
			}
		}
	})
}
