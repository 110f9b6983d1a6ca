package service_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/service/servicetest"
	"github.com/chorusnews/chorus/sqlite"
)

// TestExactlyOnceSQLite runs two services on one SQLite file: every story
// version is summarized at most once, every story's last one exactly once.
func TestExactlyOnceSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chorus.db")
	servicetest.ExactlyOnce(t, func(t *testing.T) chorus.Store {
		db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

// TestSharedFeedsSQLite runs two services polling feeds on one SQLite
// file: each due feed is fetched once in all.
func TestSharedFeedsSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chorus.db")
	servicetest.SharedFeeds(t, func(t *testing.T) chorus.Store {
		db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

// TestFailoverSQLite runs the assigner's failover on SQLite files: two
// services on one file, the assigner dying mid-batch.
func TestFailoverSQLite(t *testing.T) {
	servicetest.Failover(t, func(t *testing.T) func(t *testing.T) chorus.Store {
		path := filepath.Join(t.TempDir(), "chorus.db")
		return func(t *testing.T) chorus.Store {
			db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return db
		}
	})
}
