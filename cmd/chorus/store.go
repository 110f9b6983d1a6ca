package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/service"
	"github.com/chorusnews/chorus/sqlite"
)

// dbFile is the name of the SQLite database inside the data directory.
const dbFile = "chorus.db"

// openStore opens the story store the --data and --db flags name: the
// PostgreSQL database at db, a postgres:// URL, when db is set; else the
// SQLite file in the data directory dir, created with the directory when
// missing.
func openStore(ctx context.Context, dir, db string) (chorus.Store, error) {
	if db != "" {
		if !strings.HasPrefix(db, "postgres://") && !strings.HasPrefix(db, "postgresql://") {
			return nil, chorus.Errorf(chorus.EINVALID, "--db takes a postgres:// URL")
		}
		store, err := postgres.Open(ctx, db, postgres.Options{})
		if err != nil {
			return nil, fmt.Errorf("cannot open the PostgreSQL story store: %w", err)
		}
		return store, nil
	}
	if dir == "" {
		return nil, chorus.Errorf(chorus.EINVALID, "no data directory")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create data directory: %w", err)
	}
	store, err := sqlite.Open(ctx, filepath.Join(dir, dbFile), sqlite.Options{})
	if err != nil {
		return nil, fmt.Errorf("cannot open the story store in %s: %w", dir, err)
	}
	return store, nil
}

// openService opens the story store (see openStore) and the story service
// over it.
func openService(ctx context.Context, dir, db string, opts service.Options) (*service.Service, error) {
	store, err := openStore(ctx, dir, db)
	if err != nil {
		return nil, err
	}
	svc, err := service.Open(ctx, store, opts)
	if err != nil {
		return nil, fmt.Errorf("cannot open the story service (%s): %w", storeName(dir, db), err)
	}
	return svc, nil
}

// storeName names the story store in messages, without the URL's password.
func storeName(dir, db string) string {
	if db != "" {
		return "PostgreSQL"
	}
	return dir
}
