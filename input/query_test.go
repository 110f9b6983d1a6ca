package input

import (
	"os"
	"path/filepath"
	"testing"
)

// TestClusterQuery checks that a JSON cluster's "query", or DUC's "topic",
// becomes its Query.
func TestClusterQuery(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"query", `{"id":"c","query":" Why did the dam fail? ","articles":[{"text":"The dam failed on Monday."}]}`, "Why did the dam fail?"},
		{"topic", `{"id":"c","topic":{"title":"Dam failure","narrative":"Describe the causes."},"documents":[{"text":"The dam failed on Monday."}]}`, "Dam failure.\nDescribe the causes."},
		{"query wins over topic", `{"id":"c","query":"Rescue","topic":{"title":"Dam"},"articles":[{"text":"The dam failed on Monday."}]}`, "Rescue"},
		{"none", `{"id":"c","articles":[{"text":"The dam failed on Monday."}]}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.json")
			if err := os.WriteFile(path, []byte(tt.json), 0o644); err != nil {
				t.Fatal(err)
			}
			clusters, err := ReadPaths([]string{path}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(clusters) != 1 || clusters[0].Query != tt.want {
				t.Fatalf("got %+v, want one cluster with query %q", clusters, tt.want)
			}
		})
	}
}
