package postgres

import (
	"context"
	"embed"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// migrations holds the schema as numbered SQL files ("0001_init.sql"),
// applied in order; each runs once, in its own transaction.
//
//go:embed migrations/*.sql
var migrations embed.FS

// loadMigrations returns the embedded migrations sorted by version.
func loadMigrations() ([]sqlstore.Migration, error) { return sqlstore.LoadMigrations(migrations) }

// migrate creates schema when set and applies the migrations newer than the
// store's schema version, holding an advisory lock on one connection so
// that concurrent starters apply each migration once.
func (db *DB) migrate(ctx context.Context, schema string) error {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", db.migrateKey); err != nil {
		return fmt.Errorf("cannot lock for migration: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", db.migrateKey)

	if schema != "" {
		if _, err := conn.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+pgx.Identifier{schema}.Sanitize()); err != nil {
			return fmt.Errorf("cannot create schema %s: %w", schema, err)
		}
	}
	if err := sqlstore.Migrate(ctx, migrations, migrator{conn}); err != nil {
		return err
	}
	// River's migrations, then the jobs of stale stories (see
	// sqlstore.Writer.Requeue), still under the migration lock.
	if err := db.jobs.Migrate(ctx); err != nil {
		return err
	}
	return db.Update(ctx, func(tx chorus.StoreTx) error { return tx.(*sqlstore.Writer).Requeue(ctx) })
}

// migrator implements sqlstore.Migrator on the connection holding the
// migration lock.
type migrator struct{ conn *pgxpool.Conn }

// SchemaVersion implements sqlstore.Migrator.
func (m migrator) SchemaVersion(ctx context.Context) (int, error) {
	if _, err := m.conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version integer PRIMARY KEY, name text NOT NULL, applied bigint NOT NULL)`); err != nil {
		return 0, fmt.Errorf("cannot create schema_version: %w", err)
	}
	var current int
	if err := m.conn.QueryRow(ctx, q.SchemaVersion).Scan(&current); err != nil {
		return 0, fmt.Errorf("cannot read schema version: %w", err)
	}
	return current, nil
}

// Apply implements sqlstore.Migrator.
func (m migrator) Apply(ctx context.Context, mg sqlstore.Migration) error {
	return pgx.BeginFunc(ctx, m.conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, mg.SQL); err != nil {
			return fmt.Errorf("cannot apply migration %s: %w", mg.Name, err)
		}
		if _, err := tx.Exec(ctx, q.RecordMigration, mg.Version, mg.Name, time.Now().UnixNano()); err != nil {
			return fmt.Errorf("cannot record migration %s: %w", mg.Name, err)
		}
		return nil
	})
}

// SchemaVersion returns the highest applied migration.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := db.pool.QueryRow(ctx, q.SchemaVersion).Scan(&v); err != nil {
		return 0, fmt.Errorf("cannot read schema version: %w", err)
	}
	return v, nil
}
