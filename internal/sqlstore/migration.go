package sqlstore

import (
	"context"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// Migration is one numbered schema change, a file "0001_init.sql".
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// LoadMigrations returns the migrations in fsys's migrations directory
// sorted by version.
func LoadMigrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("cannot list migrations: %w", err)
	}
	var out []Migration
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("cannot number migration %s", base)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("cannot read migration %s: %w", base, err)
		}
		out = append(out, Migration{Version: v, Name: base, SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	for i := 1; i < len(out); i++ {
		if out[i].Version == out[i-1].Version {
			return nil, fmt.Errorf("two migrations numbered %d", out[i].Version)
		}
	}
	return out, nil
}

// Migrator is a database that migrations are applied to.
type Migrator interface {
	// SchemaVersion creates the schema_version table if missing and returns
	// the highest applied migration, 0 for none.
	SchemaVersion(ctx context.Context) (int, error)
	// Apply runs m and records it in schema_version, in one transaction.
	Apply(ctx context.Context, m Migration) error
}

// Migrate applies, in order, the migrations of fsys newer than db's schema
// version. It refuses a database whose schema is newer than the newest
// migration: this program would not know how to use it.
func Migrate(ctx context.Context, fsys fs.FS, db Migrator) error {
	ms, err := LoadMigrations(fsys)
	if err != nil {
		return err
	}
	current, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if n := len(ms); n > 0 && current > ms[n-1].Version {
		return fmt.Errorf("cannot open database: schema version %d is newer than this program's %d", current, ms[n-1].Version)
	}
	for _, m := range ms {
		if m.Version <= current {
			continue
		}
		if err := db.Apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}
