package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// This file holds --profile: CPU profiles of the chorus processes taken
// while a stream is posted (`chorus serve --pprof`), and PostgreSQL's
// statements per article when the server loads pg_stat_statements.

// profileAll takes a CPU profile of every process of a run named name for
// e.profileSeconds, from now, into e.profile/NAME-I.pprof; the returned
// function waits for them. Without --profile it does nothing.
func (e *env) profileAll(ctx context.Context, procs []*proc, name string) (wait func() error) {
	if e.profile == "" {
		return func() error { return nil }
	}
	var wg sync.WaitGroup
	errs := make([]error, len(procs))
	for i, p := range procs {
		wg.Go(func() {
			errs[i] = e.profileOne(ctx, p, filepath.Join(e.profile, fmt.Sprintf("%s-%d.pprof", name, i)))
		})
	}
	return func() error {
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		return nil
	}
}

// profileOne writes one process's CPU profile to path.
func (e *env) profileOne(ctx context.Context, p *proc, path string) error {
	if p.pprof == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, time.Duration(e.profileSeconds+30)*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/profile?seconds=%d", p.pprof, e.profileSeconds), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("cannot profile %s: %w", p.url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("cannot profile %s: %s", p.url, resp.Status)
	}
	if err := os.MkdirAll(e.profile, 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		f.Close()
		return fmt.Errorf("cannot read the profile of %s: %w", p.url, err)
	}
	return f.Close()
}

// statementsReady reports whether the server loads pg_stat_statements,
// creating the extension (in its own schema, which reset keeps) and
// clearing its counts when it does.
func statementsReady(ctx context.Context, db *pgx.Conn) (bool, error) {
	var libs string
	if err := db.QueryRow(ctx, "SHOW shared_preload_libraries").Scan(&libs); err != nil {
		return false, fmt.Errorf("cannot read shared_preload_libraries: %w", err)
	}
	if !strings.Contains(libs, "pg_stat_statements") {
		return false, nil
	}
	if _, err := db.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS pgss; CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA pgss; SELECT pgss.pg_stat_statements_reset()"); err != nil {
		return false, fmt.Errorf("cannot ready pg_stat_statements: %w", err)
	}
	return true, nil
}

// statementCounts are counts of statements of the chorus database.
type statementCounts struct {
	// commits counts COMMIT statements (the clients' write transactions);
	// notifies counts the statements that send notifications (pg_notify,
	// River's PGNotifyMany).
	commits, notifies int64
}

// writeStatements writes the chorus database's statements by calls, per
// article, to path, and returns the counts of commits and notifications.
func writeStatements(ctx context.Context, db *pgx.Conn, path string, articles int) (*statementCounts, error) {
	rows, err := db.Query(ctx, `SELECT calls, total_exec_time, plans, total_plan_time, regexp_replace(query, '\s+', ' ', 'g')
		FROM pgss.pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
		AND query NOT LIKE '%pg_stat%' ORDER BY calls DESC`)
	if err != nil {
		return nil, fmt.Errorf("cannot read pg_stat_statements: %w", err)
	}
	defer rows.Close()
	var st statementCounts
	var b strings.Builder
	fmt.Fprintf(&b, "calls/article\texec ms/article\tplans/article\tplan ms/article\tstatement (%d articles; plans counted with pg_stat_statements.track_planning=on)\n", articles)
	var calls, plans int64
	var planMS float64
	for rows.Next() {
		var n, np int64
		var ms, pms float64
		var q string
		if err := rows.Scan(&n, &ms, &np, &pms, &q); err != nil {
			return nil, err
		}
		plans, planMS = plans+np, planMS+pms
		calls += n
		switch lq := strings.ToLower(strings.TrimSpace(q)); {
		case lq == "commit":
			st.commits += n
		case strings.Contains(lq, "pg_notify("):
			st.notifies += n
		}
		fmt.Fprintf(&b, "%.3f\t%.4f\t%.3f\t%.4f\t%s\n", float64(n)/float64(articles), ms/float64(articles),
			float64(np)/float64(articles), pms/float64(articles), clip(q, 160))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	fmt.Fprintf(&b, "%.3f\t\t%.3f\t%.4f\tall statements\n", float64(calls)/float64(articles), float64(plans)/float64(articles), planMS/float64(articles))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return &st, os.WriteFile(path, []byte(b.String()), 0o644)
}

// clip cuts s to n bytes.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
