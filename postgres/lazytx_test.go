package postgres

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/sqlstore"
	"github.com/jackc/pgx/v5"
)

// countingConn counts the writes of a client connection: pgx writes each
// batch of messages it sends before waiting for the server in one Write,
// so the count is the round trips.
type countingConn struct {
	net.Conn
	writes *atomic.Int64
}

// Write implements net.Conn.
func (c countingConn) Write(b []byte) (int, error) {
	c.writes.Add(1)
	return c.Conn.Write(b)
}

// countedConn connects to the test server through a countingConn.
func countedConn(t *testing.T) (*pgx.Conn, *atomic.Int64) {
	t.Helper()
	cfg, err := pgx.ParseConfig(testDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	writes := new(atomic.Int64)
	dial := cfg.DialFunc
	cfg.DialFunc = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return countingConn{Conn: c, writes: writes}, nil
	}
	c, err := pgx.ConnectConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(context.Background()) })
	if _, err := c.Exec(context.Background(), "CREATE TEMP TABLE lazy (n int)"); err != nil {
		t.Fatal(err)
	}
	return c, writes
}

// TestLazyTx checks that a lazyTx begins with its first statement, in one
// round trip, whichever call runs it; that its statements share one
// transaction of the requested isolation; and that it commits and rolls
// back as pgx's own transactions do.
func TestLazyTx(t *testing.T) {
	ctx := context.Background()
	isolation := func(tx pgx.Tx) (string, error) {
		var iso string
		return iso, tx.QueryRow(ctx, "SHOW transaction_isolation").Scan(&iso)
	}
	insert := func(tx pgx.Tx) (string, error) {
		if _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES ($1)", 1); err != nil {
			return "", err
		}
		return "read committed", nil
	}
	for _, tt := range []struct {
		name   string
		opts   pgx.TxOptions
		first  func(tx pgx.Tx) (isolation string, err error)
		commit bool // end with Commit rather than Rollback
		rows   int  // in lazy after two transactions
	}{
		{"QueryRow first, read committed", beginWrite, isolation, true, 0},
		{"QueryRow first, snapshot", beginRead, isolation, false, 0},
		{"Exec first, committed", beginWrite, insert, true, 2},
		{"Exec first, rolled back", beginWrite, insert, false, 0},
		{"Query first", beginRead, func(tx pgx.Tx) (string, error) {
			rows, err := tx.Query(ctx, "SELECT current_setting('transaction_isolation') FROM generate_series(1, 3)")
			if err != nil {
				return "", err
			}
			var iso string
			n := 0
			for rows.Next() {
				n++
				if err := rows.Scan(&iso); err != nil {
					return "", err
				}
			}
			if n != 3 {
				return "", fmt.Errorf("%d rows, want 3", n)
			}
			return iso, rows.Err()
		}, false, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, writes := countedConn(t)
			want := "read committed"
			if tt.opts.IsoLevel == pgx.RepeatableRead {
				want = "repeatable read"
			}
			// Twice: the first time, pgx prepares each statement (a round
			// trip of its own); the second shows the transaction's.
			for i := range 2 {
				start := writes.Load()
				tx := newLazyTx(c, tt.opts)
				iso, err := tt.first(tx)
				if err != nil {
					t.Fatalf("first statement: %v", err)
				}
				if iso != want {
					t.Errorf("isolation %q, want %q", iso, want)
				}
				// Two more statements see one transaction's start time.
				var t1, t2 time.Time
				if err := tx.QueryRow(ctx, "SELECT transaction_timestamp()").Scan(&t1); err != nil {
					t.Fatal(err)
				}
				time.Sleep(2 * time.Millisecond)
				if err := tx.QueryRow(ctx, "SELECT transaction_timestamp()").Scan(&t2); err != nil {
					t.Fatal(err)
				}
				if !t1.Equal(t2) {
					t.Errorf("two statements in two transactions (started %v and %v)", t1, t2)
				}
				end := tx.Rollback
				if tt.commit {
					end = tx.Commit
				}
				if err := end(ctx); err != nil {
					t.Fatalf("end of transaction: %v", err)
				}
				if got := writes.Load() - start; i == 1 && got != 4 {
					t.Errorf("%d round trips, want 4 (BEGIN with the first statement, two statements, the end)", got)
				}
				if err := tx.Rollback(ctx); !errors.Is(err, pgx.ErrTxClosed) {
					t.Errorf("Rollback after the end = %v, want pgx.ErrTxClosed", err)
				}
				if s := c.PgConn().TxStatus(); s != 'I' {
					t.Errorf("connection left in transaction status %c", s)
				}
			}
			var n int
			if err := c.QueryRow(ctx, "SELECT count(*) FROM lazy").Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != tt.rows {
				t.Errorf("%d rows after the transactions, want %d", n, tt.rows)
			}
		})
	}
}

// TestLazyTxEmpty checks that a transaction that runs nothing sends
// nothing.
func TestLazyTxEmpty(t *testing.T) {
	ctx := context.Background()
	c, writes := countedConn(t)
	for _, end := range []string{"commit", "rollback"} {
		start := writes.Load()
		tx := newLazyTx(c, beginWrite)
		var err error
		if end == "commit" {
			err = tx.Commit(ctx)
		} else {
			err = tx.Rollback(ctx)
		}
		if err != nil {
			t.Errorf("%s of an empty transaction: %v", end, err)
		}
		if got := writes.Load() - start; got != 0 {
			t.Errorf("%s of an empty transaction: %d round trips, want 0", end, got)
		}
		if err := tx.Commit(ctx); !errors.Is(err, pgx.ErrTxClosed) {
			t.Errorf("Commit after %s = %v, want pgx.ErrTxClosed", end, err)
		}
		if _, err := tx.Exec(ctx, "SELECT 1"); err == nil {
			t.Errorf("a statement after %s ran", end)
		}
	}
}

// TestLazyTxFailure checks that a transaction whose first statement fails
// reports the error and rolls back, leaving the connection clean, and that
// a failed transaction's commit is pgx.ErrTxCommitRollback.
func TestLazyTxFailure(t *testing.T) {
	ctx := context.Background()
	c, _ := countedConn(t)
	for _, first := range []struct {
		name string
		run  func(tx pgx.Tx) error
	}{
		{"QueryRow", func(tx pgx.Tx) error { var n int; return tx.QueryRow(ctx, "SELECT 1/0").Scan(&n) }},
		{"Exec", func(tx pgx.Tx) error { _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (1/0)"); return err }},
		{"Query", func(tx pgx.Tx) error {
			rows, err := tx.Query(ctx, "SELECT 1/n FROM (VALUES (1), (0)) v(n)")
			if err != nil {
				return err
			}
			for rows.Next() {
			}
			return rows.Err()
		}},
	} {
		for _, commit := range []bool{false, true} {
			tx := newLazyTx(c, beginWrite)
			if err := first.run(tx); err == nil {
				t.Fatalf("%s: division by zero did not fail", first.name)
			}
			if commit {
				if err := tx.Commit(ctx); !errors.Is(err, pgx.ErrTxCommitRollback) {
					t.Errorf("%s: Commit of a failed transaction = %v, want pgx.ErrTxCommitRollback", first.name, err)
				}
			} else if err := tx.Rollback(ctx); err != nil {
				t.Errorf("%s: Rollback: %v", first.name, err)
			}
			if s := c.PgConn().TxStatus(); s != 'I' {
				t.Errorf("%s: connection left in transaction status %c", first.name, s)
			}
			var n int
			if err := c.QueryRow(ctx, "SELECT count(*) FROM lazy").Scan(&n); err != nil || n != 0 {
				t.Errorf("%s: %d rows, %v; want none", first.name, n, err)
			}
		}
	}
}

// TestLazyTxDefer checks that a deferred statement goes out with the next
// one, BEGIN included, in one round trip, runs before it, reports its error
// through it, runs at Commit when nothing followed it, and is dropped by
// Rollback.
func TestLazyTxDefer(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name   string
		run    func(tx *lazyTx) error // defers, then runs its statements
		commit bool
		// trips is the round trips of the transaction, the end
		// included; -1 for a failed one (pgx then prepares its
		// statements again, so the count depends on pgx).
		trips int64
		rows  int // in lazy after the transaction
		errs  string
	}{
		{"before the first statement", func(tx *lazyTx) error {
			tx.Defer("insert", "INSERT INTO lazy VALUES ($1)", 7)
			var n int
			if err := tx.QueryRow(ctx, "SELECT count(*) FROM lazy WHERE n = 7").Scan(&n); err != nil {
				return err
			}
			if n != 1 {
				return fmt.Errorf("the statement after a deferred insert saw %d rows", n)
			}
			return nil
		}, true, 2, 1, ""},
		{"between statements", func(tx *lazyTx) error {
			if _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (1)"); err != nil {
				return err
			}
			tx.Defer("insert", "INSERT INTO lazy VALUES ($1)", 2)
			rows, err := tx.Query(ctx, "SELECT n FROM lazy ORDER BY n")
			if err != nil {
				return err
			}
			var got []int
			for rows.Next() {
				var n int
				if err := rows.Scan(&n); err != nil {
					return err
				}
				got = append(got, n)
			}
			if fmt.Sprint(got) != "[1 2]" {
				return fmt.Errorf("rows %v, want [1 2]", got)
			}
			return rows.Err()
		}, true, 3, 2, ""},
		{"committed with nothing after it: BEGIN, it and COMMIT in one round trip", func(tx *lazyTx) error {
			tx.Defer("insert", "INSERT INTO lazy VALUES ($1)", 3)
			return nil
		}, true, 1, 1, ""},
		{"after a statement, sent with COMMIT", func(tx *lazyTx) error {
			if _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (1)"); err != nil {
				return err
			}
			tx.Defer("insert", "INSERT INTO lazy VALUES ($1)", 2)
			return nil
		}, true, 2, 2, ""},
		{"a row read by its scan at the commit", func(tx *lazyTx) error {
			if _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (1)"); err != nil {
				return err
			}
			var got int
			tx.DeferRow("insert", "INSERT INTO lazy VALUES ($1) RETURNING n + 1", false, func(r pgx.Row) error { return r.Scan(&got) }, 41)
			tx.Defer("check", "SELECT 1")
			if err := tx.Commit(ctx); err != nil {
				return err
			}
			if got != 42 {
				return fmt.Errorf("the deferred row read %d, want 42", got)
			}
			// Committed: the transaction is over for every method (the
			// harness's Rollback, too, sending nothing).
			if _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (9)"); !errors.Is(err, pgx.ErrTxClosed) {
				return fmt.Errorf("a statement after the commit: %v, want %v", err, pgx.ErrTxClosed)
			}
			return nil
		}, false, 2, 2, pgx.ErrTxClosed.Error()},
		{"a row read by its scan before the next statement", func(tx *lazyTx) error {
			var got int
			tx.DeferRow("insert", "INSERT INTO lazy VALUES ($1) RETURNING n", false, func(r pgx.Row) error { return r.Scan(&got) }, 6)
			if _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (7)"); err != nil {
				return err
			}
			if got != 6 {
				return fmt.Errorf("the deferred row read %d, want 6", got)
			}
			return nil
		}, true, 2, 2, ""},
		{"a checked row read before COMMIT", func(tx *lazyTx) error {
			if _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (1)"); err != nil {
				return err
			}
			tx.DeferRow("insert", "INSERT INTO lazy VALUES ($1) RETURNING n", true, func(r pgx.Row) error {
				var n int
				return r.Scan(&n)
			}, 2)
			return nil
		}, true, 3, 2, ""},
		{"an unchecked row's failure on the server: COMMIT skipped, rolled back", func(tx *lazyTx) error {
			if _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (1)"); err != nil {
				return err
			}
			tx.DeferRow("insert", "INSERT INTO lazy SELECT $1 / 0 RETURNING n", false, func(r pgx.Row) error {
				var n int
				if err := r.Scan(&n); err != nil {
					return fmt.Errorf("cannot insert: %w", err)
				}
				return nil
			}, 2)
			return nil
		}, true, -1, 0, "cannot insert: "},
		{"a checked row's rejection reported by Commit, before COMMIT", func(tx *lazyTx) error {
			if _, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (1)"); err != nil {
				return err
			}
			tx.DeferRow("insert", "INSERT INTO lazy VALUES ($1) RETURNING n", true, func(r pgx.Row) error {
				var n int
				if err := r.Scan(&n); err != nil {
					return err
				}
				return fmt.Errorf("cannot accept row %d", n)
			}, 8)
			return nil
		}, true, -1, 0, "cannot accept row 8"},
		{"dropped by rollback", func(tx *lazyTx) error {
			tx.Defer("insert", "INSERT INTO lazy VALUES ($1)", 4)
			return nil
		}, false, 0, 0, ""},
		{"its error reported by the next statement", func(tx *lazyTx) error {
			tx.Defer("lock", "SELECT 1/0")
			_, err := tx.Exec(ctx, "INSERT INTO lazy VALUES (5)")
			return err
		}, false, -1, 0, "cannot lock: "},
		{"its error reported by Commit", func(tx *lazyTx) error {
			tx.Defer("lock", "SELECT 1/0")
			return nil
		}, true, -1, 0, "cannot lock: "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, writes := countedConn(t)
			for i := range 2 {
				if _, err := c.Exec(ctx, "DELETE FROM lazy"); err != nil {
					t.Fatal(err)
				}
				start := writes.Load()
				tx := newLazyTx(c, beginWrite)
				err := tt.run(tx)
				if err == nil {
					end := tx.Rollback
					if tt.commit {
						end = tx.Commit
					}
					err = end(ctx)
				} else {
					tx.Rollback(ctx)
				}
				switch {
				case tt.errs == "" && err != nil:
					t.Fatal(err)
				case tt.errs != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.errs)):
					t.Fatalf("error %v, want one starting %q", err, tt.errs)
				}
				if got := writes.Load() - start; i == 1 && tt.trips >= 0 && got != tt.trips {
					t.Errorf("%d round trips, want %d", got, tt.trips)
				}
				if s := c.PgConn().TxStatus(); s != 'I' {
					t.Errorf("connection left in transaction status %c", s)
				}
				var n int
				if err := c.QueryRow(ctx, "SELECT count(*) FROM lazy").Scan(&n); err != nil {
					t.Fatal(err)
				}
				if n != tt.rows {
					t.Errorf("%d rows after the transaction, want %d", n, tt.rows)
				}
			}
		})
	}
}

// TestStoreArticleRoundTrips checks that a write storing a new article as
// Ingest does (locks with the look-up, the store-and-queue statement held
// for COMMIT) takes two round trips, and that the inbox entry is known
// once it commits.
func TestStoreArticleRoundTrips(t *testing.T) {
	ctx := context.Background()
	schema := TempSchema(t)
	db, err := Open(ctx, testDSN(t), Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, writes := countedConn(t)
	if _, err := c.Exec(ctx, "SET search_path TO "+pgx.Identifier{schema}.Sanitize()); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	for i, id := range []string{"a1", "a2"} {
		rec := chorus.ArticleRecord{StoredArticle: chorus.StoredArticle{Article: chorus.Article{ID: id, Title: "A bridge opens",
			Text: "The new bridge over the river opened to traffic on Monday, officials said."}, Ingested: now, Updated: now},
			Key: "id:" + id, Hash: fmt.Sprintf("hash%d", i)}
		var entry *int64
		start := writes.Load()
		err := db.commit(ctx, newLazyTx(c, beginWrite), func(tx chorus.StoreTx) error {
			w := tx.(*sqlstore.Writer)
			if err := w.Lock(ctx, "article:"+rec.Key, "text:"+rec.Hash); err != nil {
				return err
			}
			if old, _, err := w.ArticleByKeyOrHash(ctx, rec.Key, rec.Hash); err != nil || old != nil {
				return fmt.Errorf("look-up: %v, %v", old, err)
			}
			entry, err = w.PutAndQueueArticleLater(ctx, rec, now)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		// The first write prepares its statements: count the second.
		if got := writes.Load() - start; i == 1 && got != 2 {
			t.Errorf("%d round trips, want 2 (BEGIN, locks and look-up; store, queue and COMMIT)", got)
		}
		if entry == nil || *entry == 0 {
			t.Fatalf("inbox entry %v after the commit", entry)
		}
		var n int
		if err := c.QueryRow(ctx, "SELECT count(*) FROM inbox i JOIN articles a ON a.id = i.article_id WHERE i.seq = $1 AND a.id = $2", *entry, id).Scan(&n); err != nil || n != 1 {
			t.Errorf("inbox entry %d of article %s: %d rows, %v", *entry, id, n, err)
		}
	}
}
