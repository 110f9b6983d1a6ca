package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/sqlite"
)

// TestOpenStore checks the adapter cmd/chorus chooses: the SQLite file in a
// data directory it creates by default, and an invalid --db refused before
// anything is opened.
func TestOpenStore(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "new", "data")
	store, err := openStore(ctx, dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := store.(*sqlite.DB); !ok {
		t.Errorf("default store is %T, want *sqlite.DB", store)
	}
	if err := store.Close(); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(filepath.Join(dir, dbFile)); err != nil {
		t.Errorf("no SQLite file in the data directory: %v", err)
	}

	tests := []struct {
		name, dir, db string
	}{
		{"not a postgres URL", dir, "mysql://localhost/chorus"},
		{"no data directory", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store, err := openStore(ctx, tt.dir, tt.db)
			if chorus.ErrorCode(err) != chorus.EINVALID {
				t.Errorf("openStore(%q, %q) = %v, %v; want an invalid error", tt.dir, tt.db, store, err)
			}
		})
	}
}
