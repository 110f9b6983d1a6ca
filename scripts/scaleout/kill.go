package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// resumeBound is how soon assignment must resume after a kill (issue 12).
const resumeBound = 10 * time.Second

// killRun is one run of the kill mode.
type killRun struct {
	seed       uint64
	victim     int
	role       string // "assigner", "other" or "unknown"
	at         time.Duration
	ingest     time.Duration
	acked      int
	missing    int
	retries    int
	resume     time.Duration // from the kill to the next assignment
	takeover   time.Duration // from the kill to a new assigner's start, -1 when none
	ackResume  time.Duration // from the kill to the first ack of a request sent after it
	longest    time.Duration // longest pause of assignment progress over the run
	found      map[string]int64
	unassigned int
}

// killMode runs the stream once without a kill, then o.runs times with a
// SIGKILL of one process at a random moment, and prints one row per run.
func killMode(ctx context.Context, e *env, o options) error {
	if len(o.streams) != 1 {
		return fmt.Errorf("kill mode takes one stream, got %d", len(o.streams))
	}
	s, err := readStream(o.streams[0], o.limit, o.seed)
	if errors.Is(err, errSkip) {
		fmt.Printf("## kill -9: %s\n\nskipped: %v\n", o.streams[0], err)
		return nil
	}
	if err != nil {
		return err
	}
	syncMode := o.sync[0]
	fmt.Fprintf(os.Stderr, "kill mode: %s, run without a kill ...\n", s.name)
	base, err := killOnce(ctx, e, o, s, syncMode, 0)
	if err != nil {
		return fmt.Errorf("run without a kill: %w", err)
	}
	fmt.Printf("## kill -9: %s, %d articles, %d processes, %d client(s), synchronous_commit %s\n\n", s.name, len(s.articles), o.killWith, o.clients, syncMode)
	fmt.Printf("Run 0 has no kill (ingest %.1f s, %d stories, longest pause of assignment %.2f s). Each other run SIGKILLs one process at a random moment in 15-75%% of that time: odd seeds the assigner when the processes say which one it is, even seeds another one at random. The killed process is not restarted; its unacknowledged request is sent again to the next process. *New assigner after*: the first 'leadership acquired' log line of a survivor after the kill; *assignment resumed after*: the first change-log entry made after the kill (without a change log: the first rise of the count of articles with a story, polled every 20 ms); *first ack after*: the first acknowledgement of a request sent after the kill; *longest assignment pause*: the longest time between two change-log entries (or rises) over the run.\n\n",
		base.ingest.Seconds(), countStories(base.found), base.longest.Seconds())
	fmt.Println("| seed | killed | at s | acknowledged | missing | retried requests | new assigner after s | assignment resumed after s | first ack after s | longest assignment pause s | stories | same stories as run 0 | articles in another story |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	printKill(base, base)
	bad := 0
	for seed := uint64(1); seed <= uint64(o.runs) && ctx.Err() == nil; seed++ {
		fmt.Fprintf(os.Stderr, "kill mode: seed %d ...\n", seed)
		r, err := killOnce(ctx, e, o, s, syncMode, seed, base.ingest)
		if err != nil {
			return fmt.Errorf("seed %d: %w", seed, err)
		}
		printKill(r, base)
		if r.missing > 0 || r.resume > resumeBound || moved(base.found, r.found) > 0 || len(r.found) != len(base.found) {
			bad++
		}
	}
	fmt.Printf("\n%d of %d runs with a kill failed a check (missing article, assignment resumed after more than %v, stories unlike run 0).\n\n", bad, o.runs, resumeBound)
	return nil
}

// printKill prints one row of the kill table.
func printKill(r, base *killRun) {
	killed, at, resume, ack, take := "none", "-", "-", "-", "-"
	if r.takeover >= 0 {
		take = fmt.Sprintf("%.2f", r.takeover.Seconds())
	}
	if r.seed > 0 {
		killed = fmt.Sprintf("process %d (%s)", r.victim, r.role)
		at = fmt.Sprintf("%.2f", r.at.Seconds())
		resume = fmt.Sprintf("%.2f", r.resume.Seconds())
		if r.resume < 0 {
			resume = "never"
		}
		ack = fmt.Sprintf("%.2f", r.ackResume.Seconds())
		if r.ackResume < 0 {
			ack = "never"
		}
	}
	same := "yes"
	if n := moved(base.found, r.found); n > 0 || len(r.found) != len(base.found) {
		same = "no"
	}
	fmt.Printf("| %d | %s | %s | %d | %d | %d | %s | %s | %s | %.2f | %d | %s | %d |\n", r.seed, killed, at, r.acked, r.missing, r.retries,
		take, resume, ack, r.longest.Seconds(), countStories(r.found), same, moved(base.found, r.found))
}

// killOnce runs the stream on fresh processes; with a seed it kills one
// of them at a random moment within the base run's ingest time.
func killOnce(ctx context.Context, e *env, o options, s *stream, syncMode string, seed uint64, base ...time.Duration) (*killRun, error) {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	if err := e.reset(ctx, syncMode); err != nil {
		return nil, err
	}
	db, err := pgx.Connect(ctx, e.dsn)
	if err != nil {
		return nil, fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	defer db.Close(context.Background())
	procs, err := e.startAll(ctx, fmt.Sprintf("kill-%d", seed), o.killWith, o.workers)
	if err != nil {
		return nil, err
	}
	defer stopAll(procs)
	r := &killRun{seed: seed, victim: -1, role: "unknown", resume: -1, ackResume: -1, takeover: -1}
	prog, err := watchAssignment(ctx, e.dsn)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	var killAt time.Time
	var wg sync.WaitGroup
	stopKill := make(chan struct{})
	if seed > 0 {
		rng := rand.New(rand.NewPCG(seed, 0x5ca1e0))
		delay := time.Duration((0.15 + 0.6*rng.Float64()) * float64(base[0]))
		wantLeader := seed%2 == 1
		pick := rng.IntN(len(procs))
		wg.Go(func() {
			select {
			case <-stopKill:
				return
			case <-time.After(delay):
			}
			leader := leaderOf(ctx, db, procs)
			r.victim = pick
			switch {
			case leader < 0:
				r.role = "unknown"
			case wantLeader:
				r.victim, r.role = leader, "assigner"
			default:
				if pick == leader {
					r.victim = (pick + 1) % len(procs)
				}
				r.role = "other"
			}
			killAt = time.Now()
			procs[r.victim].kill()
		})
	}
	log, err := post(ctx, procs, s.articles, o.clients)
	r.ingest = time.Since(start)
	close(stopKill)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if err := waitAssigned(ctx, db, nil); err != nil {
		return nil, err
	}
	times := prog.end()
	r.retries = log.retries()
	var stored map[string]bool
	if r.found, stored, err = partition(ctx, db); err != nil {
		return nil, err
	}
	acked := log.ackedIDs()
	r.acked = log.ackedArticles()
	for id := range acked {
		if !stored[id] {
			r.missing++
		}
	}
	changes, err := changeTimes(ctx, db)
	if err != nil {
		return nil, err
	}
	if changes != nil {
		times = changes // the assigner's own clock of its decisions
	}
	r.longest = longestPause(times, start, time.Now())
	if !killAt.IsZero() {
		r.at = killAt.Sub(start)
		for _, t := range times {
			if t.After(killAt) {
				r.resume = t.Sub(killAt)
				break
			}
		}
		for _, q := range log.requests {
			if q.acked() && q.start.After(killAt) && (r.ackResume < 0 || q.end.Sub(killAt) < r.ackResume) {
				r.ackResume = q.end.Sub(killAt)
			}
		}
		if r.role == "assigner" {
			r.takeover = takeover(procs, killAt)
		}
	}
	return r, nil
}

// changeTimes returns the times of the change log's entries in order, or
// nil when the store has no change log (before the single assigner).
func changeTimes(ctx context.Context, db *pgx.Conn) ([]time.Time, error) {
	var has bool
	if err := db.QueryRow(ctx, `SELECT to_regclass('changes') IS NOT NULL`).Scan(&has); err != nil || !has {
		return nil, err
	}
	rows, err := db.Query(ctx, `SELECT at FROM changes ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("cannot read the change log: %w", err)
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var at int64
		if err := rows.Scan(&at); err != nil {
			return nil, fmt.Errorf("cannot read the change log: %w", err)
		}
		out = append(out, time.Unix(0, at))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out, rows.Err()
}

// takeover returns how long after killAt a surviving process logged that
// it took the assigner's role, or -1 when none did.
func takeover(procs []*proc, killAt time.Time) time.Duration {
	best := time.Duration(-1)
	for _, p := range procs {
		if !p.alive() {
			continue
		}
		b, err := os.ReadFile(p.log)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if !strings.Contains(line, "leadership acquired") || !strings.HasPrefix(line, "time=") {
				continue
			}
			ts, _, _ := strings.Cut(strings.TrimPrefix(line, "time="), " ")
			t, err := time.Parse(time.RFC3339Nano, ts)
			if err == nil && t.After(killAt) && (best < 0 || t.Sub(killAt) < best) {
				best = t.Sub(killAt)
			}
		}
	}
	return best
}

// countStories counts the stories of a partition.
func countStories(found map[string]int64) int {
	seen := map[int64]bool{}
	for _, s := range found {
		seen[s] = true
	}
	return len(seen)
}

// longestPause returns the longest time between two consecutive moments of
// assignment progress from start to end.
func longestPause(times []time.Time, start, end time.Time) time.Duration {
	longest, prev := time.Duration(0), start
	for _, t := range append(times, end) {
		if d := t.Sub(prev); d > longest {
			longest = d
		}
		prev = t
	}
	return longest
}

// qAssigned counts the articles with a story; qUnassigned those without
// (an article waits for the story assigner with no story).
const (
	qAssigned   = `SELECT count(*) FROM articles WHERE story_id IS NOT NULL`
	qUnassigned = `SELECT count(*) FROM articles WHERE story_id IS NULL`
)

// waitAssigned waits until every stored article has a story, adding its
// queries to *polls when it is not nil.
func waitAssigned(ctx context.Context, db *pgx.Conn, polls *int) error {
	for {
		var n int
		if polls != nil {
			*polls++
		}
		if err := db.QueryRow(ctx, qUnassigned).Scan(&n); err != nil {
			return fmt.Errorf("cannot count unassigned articles: %w", err)
		}
		if n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%d articles still unassigned: %w", n, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// progress records when the count of assigned articles grew, polling
// every 20 ms.
type progress struct {
	mu    sync.Mutex
	times []time.Time
	stop  chan struct{}
	done  chan struct{}
}

// watchAssignment starts recording assignment progress on its own
// connection.
func watchAssignment(ctx context.Context, dsn string) (*progress, error) {
	db, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	p := &progress{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		defer db.Close(context.Background())
		last := -1
		for {
			var n int
			if err := db.QueryRow(ctx, qAssigned).Scan(&n); err == nil {
				if last >= 0 && n > last {
					p.mu.Lock()
					p.times = append(p.times, time.Now())
					p.mu.Unlock()
				}
				last = n
			}
			select {
			case <-p.stop:
				return
			case <-ctx.Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	return p, nil
}

// end stops the recording and returns the moments of progress in order.
func (p *progress) end() []time.Time {
	close(p.stop)
	<-p.done
	sort.Slice(p.times, func(i, j int) bool { return p.times[i].Before(p.times[j]) })
	return p.times
}

// leaderOf returns the index of the process that assigns stories, or -1
// when the processes do not say: a metric with "leader" in its name at 1
// on exactly one process.
func leaderOf(ctx context.Context, db *pgx.Conn, procs []*proc) int {
	found := -1
	for i, p := range procs {
		if !p.alive() {
			continue
		}
		m, err := scrape(ctx, p)
		if err != nil {
			continue
		}
		for k, v := range m {
			if strings.HasPrefix(k, "chorus_") && strings.Contains(k, "leader") && !strings.Contains(k, "_total") && v == 1 {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}
