package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/chorusnews/chorus/storetest"
	"github.com/jackc/pgx/v5"
)

// dsnEnv names the environment variable holding the test server's DSN.
const dsnEnv = "CHORUS_TEST_POSTGRES"

// testDSN returns the test server's DSN, or skips t when there is none.
func testDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(dsnEnv)
	if dsn == "" {
		t.Skipf("%s is not set: start a server with `export %s=$(scripts/postgres start)` to run the PostgreSQL tests", dsnEnv, dsnEnv)
	}
	return dsn
}

// TempSchema returns a fresh schema name and drops the schema when t ends.
// Every test works in its own schema of the test database, so tests and
// packages can run in parallel against one server.
func TempSchema(t testing.TB) string {
	t.Helper()
	dsn := testDSN(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Errorf("cannot connect to drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
			t.Errorf("cannot drop schema %s: %v", schema, err)
		}
	})
	return schema
}

// OpenTest opens a store in a fresh schema of the test server, checks its
// invariants when t ends, and skips t when no server is configured.
func OpenTest(t testing.TB) *DB {
	t.Helper()
	dsn := testDSN(t)
	schema := TempSchema(t)
	db, err := Open(context.Background(), dsn, Options{Schema: schema})
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
	storetest.Run(t, func(t *testing.T) chorus.Store { return OpenTest(t) })
}

// TestConcurrentMigrations opens one new schema from several processes'
// worth of pools at once: the advisory lock lets exactly one apply each
// migration, and every open succeeds.
func TestConcurrentMigrations(t *testing.T) {
	dsn := testDSN(t)
	schema := TempSchema(t)
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	const n = 4
	dbs := make([]*DB, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { dbs[i], errs[i] = Open(ctx, dsn, Options{Schema: schema, MaxConns: 2}) })
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("open %d: %v", i, errs[i])
		}
		defer dbs[i].Close()
	}
	want := ms[len(ms)-1].Version
	if v, err := dbs[0].SchemaVersion(ctx); err != nil || v != want {
		t.Errorf("schema version %d, %v; want %d", v, err, want)
	}
	var rows int
	if err := dbs[0].pool.QueryRow(ctx, "SELECT count(*) FROM schema_version").Scan(&rows); err != nil || rows != len(ms) {
		t.Errorf("%d schema_version rows, %v; want %d (each migration applied once)", rows, err, len(ms))
	}
	// A later open finds nothing to apply.
	db, err := Open(ctx, dsn, Options{Schema: schema})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	db.Close()
}

func TestNewerSchemaRefused(t *testing.T) {
	dsn := testDSN(t)
	schema := TempSchema(t)
	ctx := context.Background()
	db, err := Open(ctx, dsn, Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.pool.Exec(ctx, "INSERT INTO schema_version VALUES (9999, 'future', 0)")
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if again, err := Open(ctx, dsn, Options{Schema: schema}); err == nil {
		again.Close()
		t.Fatal("opened a store with a newer schema")
	}
}

// TestWriteLocks runs read-then-write transactions from many goroutines:
// each locks the name "feeds" (StoreTx.Lock), reads the number of feeds and
// adds a feed named by it. Only writers that the lock serializes, each
// seeing every earlier commit, add a new feed each time.
func TestWriteLocks(t *testing.T) {
	db := OpenTest(t)
	ctx := context.Background()
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Go(func() {
			errs <- db.Update(ctx, func(tx chorus.StoreTx) error {
				if err := tx.Lock(ctx, "feeds"); err != nil {
					return err
				}
				feeds, err := tx.Feeds(ctx)
				if err != nil {
					return err
				}
				time.Sleep(time.Millisecond) // widen the race window
				_, err = tx.AddFeed(ctx, fmt.Sprintf("https://example.com/%d", len(feeds)), time.Unix(1, 0))
				return err
			})
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	err := db.View(ctx, func(r chorus.StoreReader) error {
		feeds, err := r.Feeds(ctx)
		if err == nil && len(feeds) != n {
			t.Errorf("%d feeds after %d serialized writers, want %d", len(feeds), n, n)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadOnlyView(t *testing.T) {
	db := OpenTest(t)
	ctx := context.Background()
	err := db.View(ctx, func(r chorus.StoreReader) error {
		_, err := r.(*sqlstore.Reader).Conn().Exec(ctx, "INSERT INTO feeds (url, created) VALUES ('https://example.com/x', 1)")
		return err
	})
	if err == nil {
		t.Error("a read transaction accepted a write")
	}
}

// TestUnstorableText checks that text PostgreSQL cannot hold is an invalid
// input, not a server failure.
func TestUnstorableText(t *testing.T) {
	db := OpenTest(t)
	ctx := context.Background()
	err := db.Update(ctx, func(tx chorus.StoreTx) error {
		id, err := tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: "T", Created: time.Unix(1, 0)}})
		if err != nil {
			return err
		}
		a := chorus.ArticleRecord{Key: "id:nul", Hash: "h"}
		a.ID, a.Text, a.StoryID = "nul", "before\x00after", id
		_, err = tx.PutArticle(ctx, a)
		return err
	})
	if chorus.ErrorCode(err) != chorus.EINVALID {
		t.Errorf("storing a NUL byte = %v (code %q), want %s", err, chorus.ErrorCode(err), chorus.EINVALID)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	cases := []struct{ name, dsn string }{
		{"empty", ""},
		{"not a DSN", "postgres://user:secret@host:notaport/db"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db, err := Open(ctx, tc.dsn, Options{})
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			if chorus.ErrorCode(err) != chorus.EINVALID {
				t.Errorf("error %v, want %s", err, chorus.EINVALID)
			}
		})
	}
}

// OpenSharedTest returns a function that opens a new handle (its own pool)
// on one temporary schema each time it is called, as separate processes
// sharing a database would; it skips without CHORUS_TEST_POSTGRES.
func OpenSharedTest(t testing.TB) func(t *testing.T) chorus.Store {
	t.Helper()
	dsn := testDSN(t)
	schema := TempSchema(t)
	return func(t *testing.T) chorus.Store {
		db, err := Open(context.Background(), dsn, Options{Schema: schema})
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
}

// TestPoolSize checks the connection pool's size: 2 plus GOMAXPROCS, at
// least 4, unless the DSN's pool_max_conns or Options.MaxConns sets it.
func TestPoolSize(t *testing.T) {
	dsn := testDSN(t)
	schema := TempSchema(t)
	ctx := context.Background()
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	want := int32(2 + max(2, runtime.GOMAXPROCS(0)))
	for _, tt := range []struct {
		dsn  string
		opts Options
		want int32
	}{
		{dsn, Options{Schema: schema}, want},
		{dsn + sep + "pool_max_conns=7", Options{Schema: schema}, 7},
		{dsn, Options{Schema: schema, MaxConns: 5}, 5},
	} {
		db, err := Open(ctx, tt.dsn, tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := db.pool.Config().MaxConns; got != tt.want {
			t.Errorf("Open(%q, MaxConns %d): pool of %d, want %d", tt.dsn, tt.opts.MaxConns, got, tt.want)
		}
		db.Close()
	}
}
