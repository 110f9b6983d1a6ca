package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
)

// migrations holds the schema as numbered SQL files ("0001_init.sql"),
// applied in order; each runs once, in its own transaction.
//
//go:embed migrations/*.sql
var migrations embed.FS

// loadMigrations returns the embedded migrations sorted by version.
func loadMigrations() ([]sqlstore.Migration, error) { return sqlstore.LoadMigrations(migrations) }

// migrate applies the migrations newer than the database's schema version,
// then River's (the job queue's tables), then queues the summary jobs of
// stale stories that have none (see sqlstore.Reader.StaleStories).
func (db *DB) migrate(ctx context.Context) error {
	if err := sqlstore.Migrate(ctx, migrations, migrator{db.w}); err != nil {
		return err
	}
	if err := db.jobs.Migrate(ctx); err != nil {
		return err
	}
	return db.Update(ctx, func(tx chorus.StoreTx) error { return tx.(*sqlstore.Writer).Requeue(ctx) })
}

// migrator implements sqlstore.Migrator on the write connection.
type migrator struct{ w *sql.DB }

// SchemaVersion implements sqlstore.Migrator.
func (m migrator) SchemaVersion(ctx context.Context) (int, error) {
	if _, err := m.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied INTEGER NOT NULL)`); err != nil {
		return 0, fmt.Errorf("cannot create schema_version: %w", err)
	}
	var current int
	if err := m.w.QueryRowContext(ctx, q.SchemaVersion).Scan(&current); err != nil {
		return 0, fmt.Errorf("cannot read schema version: %w", err)
	}
	return current, nil
}

// Apply implements sqlstore.Migrator.
func (m migrator) Apply(ctx context.Context, mg sqlstore.Migration) error {
	tx, err := m.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("cannot begin migration %s: %w", mg.Name, err)
	}
	if _, err := tx.ExecContext(ctx, mg.SQL); err != nil {
		tx.Rollback()
		return fmt.Errorf("cannot apply migration %s: %w", mg.Name, err)
	}
	if _, err := tx.ExecContext(ctx, q.RecordMigration, mg.Version, mg.Name, time.Now().UnixNano()); err != nil {
		tx.Rollback()
		return fmt.Errorf("cannot record migration %s: %w", mg.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("cannot commit migration %s: %w", mg.Name, err)
	}
	return nil
}

// SchemaVersion returns the highest applied migration.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := db.r.QueryRowContext(ctx, q.SchemaVersion).Scan(&v); err != nil {
		return 0, fmt.Errorf("cannot read schema version: %w", err)
	}
	return v, nil
}
