package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// q is the store's query text in PostgreSQL's dialect.
var q = sqlstore.NewQueries(sqlstore.PostgreSQL)

// conn adapts a transaction to sqlstore.Conn, on which the shared
// sqlstore.Reader and sqlstore.Writer run.
type conn struct{ tx *lazyTx }

// Defer implements sqlstore.Deferrer.
func (c *conn) Defer(what, query string, args ...any) { c.tx.Defer(what, query, args...) }

// DeferRow implements sqlstore.Deferrer.
func (c *conn) DeferRow(what, query string, checked bool, scan func(sqlstore.Scanner) error, args ...any) {
	c.tx.DeferRow(what, query, checked, func(r pgx.Row) error { return scan(r) }, args...)
}

// QueryRow implements sqlstore.Conn.
func (c *conn) QueryRow(ctx context.Context, query string, args ...any) sqlstore.Scanner {
	return c.tx.QueryRow(ctx, query, args...)
}

// Query implements sqlstore.Conn.
func (c *conn) Query(ctx context.Context, query string, args ...any) (sqlstore.Rows, error) {
	return c.tx.Query(ctx, query, args...)
}

// Exec implements sqlstore.Conn.
func (c *conn) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	tag, err := c.tx.Exec(ctx, query, args...)
	return tag.RowsAffected(), err
}

// IsNoRows implements sqlstore.Conn.
func (*conn) IsNoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }

// Wrap implements sqlstore.Conn.
func (*conn) Wrap(op string, err error) error { return storeErr(op, err) }

// storeErr wraps err as "cannot what: err". The server's rejection of text
// it cannot hold (a NUL byte, invalid UTF-8) becomes a chorus.EINVALID
// error, as it is the input's fault.
func storeErr(what string, err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == "22021" || pe.Code == "22P05") {
		return chorus.Errorf(chorus.EINVALID, "cannot %s: text holds a NUL byte or invalid UTF-8", what)
	}
	return fmt.Errorf("cannot %s: %w", what, err)
}
