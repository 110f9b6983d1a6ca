package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/queue"
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

// TestUpgradeRequeues opens a database of schema 2, whose summary jobs
// were rows of the jobs table: migration 0003 drops the table, and the
// story whose summary is stale gets a River job of its current version.
func TestUpgradeRequeues(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	w, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	m := migrator{w}
	if _, err := m.SchemaVersion(ctx); err != nil {
		t.Fatal(err)
	}
	for _, mg := range ms[:2] {
		if err := m.Apply(ctx, mg); err != nil {
			t.Fatal(err)
		}
	}
	for _, stmt := range []string{
		`INSERT INTO stories (title, created, updated, last, version, search) VALUES ('Stale', 1, 1, 1, 2, '')`,
		`INSERT INTO stories (title, created, updated, last, version, summary_version, search) VALUES ('Current', 1, 1, 1, 3, 3, '')`,
		`INSERT INTO jobs (story_id, enqueued) VALUES (1, 1)`,
	} {
		if _, err := w.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	w.Close()

	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'jobs'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("jobs table still there (%d, %v)", n, err)
	}
	r, err := db.Queue(queue.Config{Work: func(context.Context, queue.Job) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := r.Pending(ctx, 10)
	if err != nil || len(jobs) != 1 || jobs[0].StoryID != 1 || jobs[0].After != 0 {
		t.Errorf("queued after upgrade: %+v, %v; want story 1, never summarized", jobs, err)
	}
}
