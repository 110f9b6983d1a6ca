package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/chorusnews/chorus/internal/sqlstore"
)

// q is the store's query text in SQLite's dialect.
var q = sqlstore.NewQueries(sqlstore.SQLite)

// conn adapts a database/sql transaction to sqlstore.Conn, on which the
// shared sqlstore.Reader and sqlstore.Writer run.
type conn struct{ tx *sql.Tx }

// QueryRow implements sqlstore.Conn.
func (c conn) QueryRow(ctx context.Context, query string, args ...any) sqlstore.Scanner {
	return c.tx.QueryRowContext(ctx, query, args...)
}

// Query implements sqlstore.Conn.
func (c conn) Query(ctx context.Context, query string, args ...any) (sqlstore.Rows, error) {
	rows, err := c.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

// Exec implements sqlstore.Conn.
func (c conn) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	res, err := c.tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// IsNoRows implements sqlstore.Conn.
func (conn) IsNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }

// Wrap implements sqlstore.Conn.
func (conn) Wrap(op string, err error) error { return fmt.Errorf("cannot %s: %w", op, err) }

// sqlRows is a *sql.Rows whose Close drops its error, as sqlstore.Rows
// asks: the rows' error is read from Err.
type sqlRows struct{ *sql.Rows }

// Close implements sqlstore.Rows.
func (r sqlRows) Close() { r.Rows.Close() }
