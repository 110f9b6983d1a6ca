package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// The queries below read the schema of postgres/migrations and River's
// river_job table; they are the script's only knowledge of the store.
const (
	// qPartition lists every stored article's ID, key ("id:" and the
	// client's ID) and story, 0 while it has none.
	qPartition = `SELECT id, key, coalesce(story_id, 0) FROM articles`
	// qPending counts the summary jobs not finished and the live stories
	// whose summary is behind their version.
	qPending = `SELECT (SELECT count(*) FROM river_job WHERE kind = 'chorus_summary'
		AND state IN ('available', 'running', 'retryable', 'scheduled', 'pending')),
		(SELECT count(*) FROM stories WHERE merged_into IS NULL AND summary_version <> version)`
	// qCounts counts the live stories, the story versions (every version
	// of every story, merged ones included), the summary jobs (one per
	// story at a time: a change joins the story's unfinished job), those
	// completed and those attempted more than once, and the median and 90th
	// percentile of the completed jobs' start lag: seconds from the time a
	// job was due (its last postponement's) to its last attempt's start.
	// Changes to a story that come while its job is due but not started
	// join the job, so a lag (workers busy) means fewer summaries per
	// article: more summary workers, as in more processes, mean less lag
	// and more summaries of the same stream.
	qCounts = `SELECT (SELECT count(*) FROM stories WHERE merged_into IS NULL),
		(SELECT coalesce(sum(version), 0) FROM stories),
		(SELECT count(*) FROM river_job WHERE kind = 'chorus_summary'),
		(SELECT count(*) FROM river_job WHERE kind = 'chorus_summary' AND state = 'completed'),
		(SELECT count(*) FROM river_job WHERE kind = 'chorus_summary' AND attempt > 1),
		(SELECT coalesce(percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM attempted_at - scheduled_at)),
			ARRAY[0, 0]::float8[]) FROM river_job WHERE kind = 'chorus_summary' AND state = 'completed' AND attempted_at IS NOT NULL)`
	// qServerStats reads the chorus database's commits and sessions opened
	// and the WAL's syncs (from the postgres database, so the reads are not
	// counted).
	qServerStats = `SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = 'chorus'),
		(SELECT wal_sync FROM pg_stat_wal), (SELECT sessions FROM pg_stat_database WHERE datname = 'chorus')`
	// qActivity samples what the client backends of the chorus database are
	// doing (from the postgres database).
	qActivity = `SELECT state, coalesce(wait_event_type, ''), coalesce(wait_event, '') FROM pg_stat_activity
		WHERE datname = 'chorus' AND backend_type = 'client backend'`
)

// partition returns each stored article's story by client ID, and the
// stored IDs.
func partition(ctx context.Context, db *pgx.Conn) (map[string]int64, map[string]bool, error) {
	rows, err := db.Query(ctx, qPartition)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read the stories: %w", err)
	}
	found, ids := map[string]int64{}, map[string]bool{}
	for rows.Next() {
		var id, key string
		var story int64
		if err := rows.Scan(&id, &key, &story); err != nil {
			return nil, nil, fmt.Errorf("cannot read the stories: %w", err)
		}
		found[strings.TrimPrefix(key, "id:")] = story
		ids[id] = true
	}
	return found, ids, rows.Err()
}

// adminConn connects to the server's postgres database, whose
// transactions the chorus database's statistics do not count.
func adminConn(ctx context.Context, dsn string) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("cannot parse the DSN: %w", err)
	}
	cfg.Database = "postgres"
	db, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	return db, nil
}

// waitSummarized waits until no summary job is queued and every live
// story is summarized at its version, adding its queries to *polls.
func waitSummarized(ctx context.Context, db *pgx.Conn, polls *int) error {
	for {
		var queued, stale int
		*polls++
		if err := db.QueryRow(ctx, qPending).Scan(&queued, &stale); err != nil {
			return fmt.Errorf("cannot read the queue: %w", err)
		}
		if queued == 0 && stale == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("summaries not current: %d jobs queued, %d stories stale: %w", queued, stale, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// counts are the story and job counts of a run.
type counts struct {
	stories, versions, jobs, completed, retried int
	// lag is the median and 90th percentile of the completed summary
	// jobs' start lag in seconds (qCounts).
	lag []float64
}

// readCounts reads the counts of qCounts.
func readCounts(ctx context.Context, db *pgx.Conn) (counts, error) {
	var c counts
	err := db.QueryRow(ctx, qCounts).Scan(&c.stories, &c.versions, &c.jobs, &c.completed, &c.retried, &c.lag)
	if err != nil {
		return c, fmt.Errorf("cannot count the stories and jobs: %w", err)
	}
	if len(c.lag) != 2 {
		return c, fmt.Errorf("cannot count the stories and jobs: %d start-lag percentiles, want 2", len(c.lag))
	}
	return c, nil
}

// serverStats are the cumulative commit, WAL sync and session counts.
type serverStats struct{ commits, walSyncs, sessions int64 }

// readServerStats reads qServerStats (statistics lag up to a second; the
// callers read them after the processes have been idle).
func readServerStats(ctx context.Context, db *pgx.Conn) (serverStats, error) {
	var s serverStats
	if _, err := db.Exec(ctx, "SELECT pg_stat_clear_snapshot()"); err != nil {
		return s, err
	}
	err := db.QueryRow(ctx, qServerStats).Scan(&s.commits, &s.walSyncs, &s.sessions)
	if err != nil {
		return s, fmt.Errorf("cannot read the server's statistics: %w", err)
	}
	return s, nil
}

// sampler samples pg_stat_activity every interval while it runs: how
// many client backends are busy, and in what state and wait.
type sampler struct {
	mu      sync.Mutex
	samples int
	busy    map[string]int // "state wait_type:wait_event" → backend-samples
	stop    chan struct{}
	done    chan struct{}
}

// sample starts a sampler on its own connection to the postgres database.
func sample(ctx context.Context, dsn string, interval time.Duration) (*sampler, error) {
	db, err := adminConn(ctx, dsn)
	if err != nil {
		return nil, err
	}
	s := &sampler{busy: map[string]int{}, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		defer db.Close(context.Background())
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-s.stop:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			rows, err := db.Query(ctx, qActivity)
			if err != nil {
				continue
			}
			var keys []string
			for rows.Next() {
				var state, typ, event string
				if rows.Scan(&state, &typ, &event) != nil || state == "idle" {
					continue
				}
				key := state
				switch {
				case typ != "":
					key += " " + typ + ":" + event
				case state == "active":
					key += " (on CPU)"
				}
				keys = append(keys, key)
			}
			if rows.Err() != nil {
				continue
			}
			s.mu.Lock()
			s.samples++
			for _, k := range keys {
				s.busy[k]++
			}
			s.mu.Unlock()
		}
	}()
	return s, nil
}

// end stops the sampler and returns the busy backends on average and the
// average backends in each state, highest first.
func (s *sampler) end() (float64, []waitShare) {
	close(s.stop)
	<-s.done
	if s.samples == 0 {
		return 0, nil
	}
	var out []waitShare
	total := 0
	for k, n := range s.busy {
		out = append(out, waitShare{k, float64(n) / float64(s.samples)})
		total += n
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].backends != out[j].backends {
			return out[i].backends > out[j].backends
		}
		return out[i].what < out[j].what
	})
	return float64(total) / float64(s.samples), out
}

// waitShare is the average number of backends in one state.
type waitShare struct {
	what     string
	backends float64
}
