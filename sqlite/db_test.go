package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/storetest"
)

func openTemp(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Check(context.Background()); err != nil {
			t.Errorf("Check: %v", err)
		}
		db.Close()
	})
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) chorus.Store { return openTemp(t) })
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 { // the second open finds nothing to apply
		db, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		v, err := db.SchemaVersion(ctx)
		if err != nil || v != ms[len(ms)-1].Version {
			t.Errorf("open %d: schema version %d, %v; want %d", i, v, err, ms[len(ms)-1].Version)
		}
		var mode string
		if err := db.w.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal mode %q, %v; want wal", mode, err)
		}
		var sync, fk int
		if err := db.w.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync); err != nil || sync != 2 {
			t.Errorf("synchronous %d, %v; want 2 (FULL)", sync, err)
		}
		if err := db.r.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
			t.Errorf("reader foreign_keys %d, %v; want 1", fk, err)
		}
		db.Close()
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "n.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.ExecContext(ctx, "INSERT INTO schema_version VALUES (9999, 'future', 0)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err := Open(ctx, path, Options{}); err == nil {
		db.Close()
		t.Fatal("opened a database with a newer schema")
	}
}

func TestReadOnlyReaders(t *testing.T) {
	db := openTemp(t)
	if _, err := db.r.ExecContext(context.Background(), "CREATE TABLE x (y)"); err == nil {
		t.Error("reader pool accepted a write")
	}
}
