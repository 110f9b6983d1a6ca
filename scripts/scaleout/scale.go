package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// scaleRow is one run of the scale mode.
type scaleRow struct {
	procs            int
	ingest, total    time.Duration
	chorusCPU, pgCPU float64
	// procCPU is the CPU seconds of each chorus process over the run.
	procCPU []float64
	// chorusAct and pgAct are the system calls and context switches of
	// the chorus processes and of PostgreSQL's live processes over the
	// run.
	chorusAct, pgAct activity
	// stmts are PostgreSQL's statement counts over the run, when the
	// server loads pg_stat_statements (--profile).
	stmts            *statementCounts
	server           serverStats // deltas over the run
	retries, refused int
	p50, p99         time.Duration
	counts
	saved, failed float64
	// computed and discarded are the summary computations finished and
	// those whose save lost (a newer summary stored meanwhile).
	computed, discarded float64
	found               map[string]int64
	p, r, f1            float64
	busy                float64
	waits               []waitShare
	metrics             metrics
}

// scaleMode runs every stream with every synchronous_commit setting and
// process count, and prints the tables of each.
func scaleMode(ctx context.Context, e *env, o options) error {
	for _, name := range o.streams {
		s, err := readStream(name, o.limit, o.seed)
		if errors.Is(err, errSkip) {
			fmt.Printf("## %s\n\nskipped: %v\n\n", name, err)
			continue
		}
		if err != nil {
			return err
		}
		bySync := map[string][]*scaleRow{}
		for _, sync := range o.sync {
			var rows, all []*scaleRow
			for round := range o.rounds {
				rows = nil
				for i, n := range rotate(o.procs, round) {
					fmt.Fprintf(os.Stderr, "%s, synchronous_commit %s, %d processes ...\n", name, sync, n)
					r, err := scaleRun(ctx, e, o, s, sync, n, fmt.Sprintf("%s-sync%s-r%d-%d-p%d", name, sync, round, i, n))
					if err != nil {
						return fmt.Errorf("%s, %d processes: %w", name, n, err)
					}
					rows = append(rows, r)
				}
				if o.rounds > 1 {
					fmt.Printf("### Round %d of %d\n\n", round+1, o.rounds)
				}
				printScale(o, s, sync, rows)
				all = append(all, rows...)
			}
			if o.rounds > 1 {
				printMedians(s, sync, o.rounds, all)
			}
			bySync[sync] = rows
		}
		if len(o.sync) > 1 {
			printSync(o, s, bySync)
		}
	}
	return nil
}

// printSync compares the synchronous_commit settings of one stream: with
// synchronous_commit on each commit waits for its WAL flush, and commits
// that overlap share one flush (more commits per WAL sync).
func printSync(o options, s *stream, bySync map[string][]*scaleRow) {
	arts := float64(len(s.articles))
	fmt.Printf("## %s: synchronous_commit on and off\n\n", s.name)
	fmt.Println("| processes | synchronous_commit | articles/s | POST p50 ms | CPU ms/article | commits/article | WAL syncs/article | commits per WAL sync |")
	fmt.Println("|---|---|---|---|---|---|---|---|")
	for i := range o.procs {
		for _, sync := range o.sync {
			r := bySync[sync][i]
			perSync := 0.0
			if r.server.walSyncs > 0 {
				perSync = float64(r.server.commits) / float64(r.server.walSyncs)
			}
			fmt.Printf("| %d | %s | %.1f | %.0f | %.1f | %.2f | %.2f | %.1f |\n", r.procs, sync, arts/r.ingest.Seconds(), ms(r.p50),
				1000*(r.chorusCPU+r.pgCPU)/arts, float64(r.server.commits)/arts, float64(r.server.walSyncs)/arts, perSync)
		}
	}
	fmt.Println()
}

// scaleRun measures n processes on a fresh schema.
func scaleRun(ctx context.Context, e *env, o options, s *stream, sync string, n int, name string) (*scaleRow, error) {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	if err := e.reset(ctx, sync); err != nil {
		return nil, err
	}
	db, err := pgx.Connect(ctx, e.dsn)
	if err != nil {
		return nil, fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	defer db.Close(context.Background())
	adm, err := adminConn(ctx, e.dsn)
	if err != nil {
		return nil, err
	}
	defer adm.Close(context.Background())
	procs, err := e.startAll(ctx, name, n, o.workers)
	if err != nil {
		return nil, err
	}
	defer stopAll(procs)

	r := &scaleRow{procs: n}
	statements := false
	if e.profile != "" {
		if statements, err = statementsReady(ctx, db); err != nil {
			return nil, err
		}
	}
	before, err := readServerStats(ctx, adm)
	if err != nil {
		return nil, err
	}
	pg0, ch0 := pgCPU(e.postmaster()), chorusCPU(procs)
	pgAct0, chAct0 := pgActivity(e.postmaster()), chorusActivity(procs)
	each0 := make([]float64, len(procs))
	for i, p := range procs {
		each0[i] = chorusCPU([]*proc{p})
	}
	smp, err := sample(ctx, e.dsn, 50*time.Millisecond)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	profiled := e.profileAll(ctx, procs, name)
	log, err := post(ctx, procs, s.articles, o.clients)
	r.ingest = time.Since(start)
	r.busy, r.waits = smp.end()
	if err != nil {
		return nil, err
	}
	r.retries, r.refused = log.retries(), log.refused
	r.p50, r.p99 = log.latency(0.5), log.latency(0.99)
	polls := 0 // this script's own transactions on the chorus database
	if err := waitAssigned(ctx, db, &polls); err != nil {
		return nil, err
	}
	if err := waitSummarized(ctx, db, &polls); err != nil {
		return nil, err
	}
	r.total = time.Since(start)
	r.pgCPU, r.chorusCPU = pgCPU(e.postmaster())-pg0, chorusCPU(procs)-ch0
	r.pgAct, r.chorusAct = pgActivity(e.postmaster()).sub(pgAct0), chorusActivity(procs).sub(chAct0)
	for i, p := range procs {
		r.procCPU = append(r.procCPU, chorusCPU([]*proc{p})-each0[i])
	}
	if err := profiled(); err != nil {
		return nil, err
	}
	if statements {
		if r.stmts, err = writeStatements(ctx, db, filepath.Join(e.profile, name+"-statements.tsv"), len(s.articles)); err != nil {
			return nil, err
		}
	}
	if r.metrics, err = scrapeAll(ctx, procs); err != nil {
		return nil, err
	}
	r.saved, r.failed = r.metrics.sum("chorus_jobs_done_total"), r.metrics.sum("chorus_jobs_failed_total")
	r.computed, r.discarded = r.metrics.sum("chorus_summaries_computed_total"), r.metrics.sum("chorus_summaries_discarded_total")
	time.Sleep(1500 * time.Millisecond) // backends flush their statistics when idle
	after, err := readServerStats(ctx, adm)
	if err != nil {
		return nil, err
	}
	r.server = serverStats{after.commits - before.commits - int64(polls), after.walSyncs - before.walSyncs, after.sessions - before.sessions}
	if r.counts, err = readCounts(ctx, db); err != nil {
		return nil, err
	}
	if r.found, _, err = partition(ctx, db); err != nil {
		return nil, err
	}
	r.p, r.r, r.f1 = bcubed(r.found, goldOf(r.found))
	return r, nil
}

// printScale prints the tables of one stream and setting.
func printScale(o options, s *stream, sync string, rows []*scaleRow) {
	arts := float64(len(s.articles))
	fmt.Printf("## %s: %d articles in %d clusters, synchronous_commit %s\n\n", s.name, len(s.articles), s.clusters, sync)
	fmt.Printf("Shuffled with seed %d%s; %d clients, one article per request, round robin over the processes; %d summary worker(s) per process; PostgreSQL with fsync on.\n\n",
		o.seed, map[bool]string{true: ", in date order", false: ""}[strings.HasSuffix(s.name, "-dated")], o.clients, o.workers)
	if o.gomaxprocs > 0 {
		fmt.Printf("Every chorus process runs with GOMAXPROCS=%d.\n\n", o.gomaxprocs)
	}

	fmt.Println("| processes | ingest s | articles/s | POST p50 ms | POST p99 ms | all summarized s | chorus CPU s | PostgreSQL CPU s | CPU ms/article | commits/article | WAL syncs/article | retried requests | refused |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Printf("| %d | %.1f | %.1f | %.0f | %.0f | %.1f | %.2f | %.2f | %.1f | %.2f | %.2f | %d | %d |\n", r.procs, r.ingest.Seconds(), arts/r.ingest.Seconds(),
			ms(r.p50), ms(r.p99), r.total.Seconds(), r.chorusCPU, r.pgCPU, 1000*(r.chorusCPU+r.pgCPU)/arts,
			float64(r.server.commits)/arts, float64(r.server.walSyncs)/arts, r.retries, r.refused)
	}

	printCost(rows, arts)

	fmt.Println("\n| processes | stories | B³ precision | B³ recall | B³ F1 | B³ F1 against row 1's stories | articles whose story differs from row 1 |")
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, r := range rows {
		_, _, agree := bcubed(r.found, asTruth(rows[0].found))
		fmt.Printf("| %d | %d | %.4f | %.4f | %.4f | %.4f | %d |\n", r.procs, r.stories, r.p, r.r, r.f1, agree, moved(rows[0].found, r.found))
	}

	fmt.Println("\n| processes | story versions | summary jobs queued | completed | attempted twice or more | summaries computed | saved | discarded (save lost) | failed attempts | job start after due, ms: median / 90th percentile |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Printf("| %d | %d | %d | %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f / %.0f |\n", r.procs, r.versions, r.jobs, r.completed, r.retried, r.computed, r.saved, r.discarded, r.failed,
			1000*r.lag[0], 1000*r.lag[1])
	}

	fmt.Println("\nPostgreSQL client backends while the stream was posted (pg_stat_activity every 50 ms; average number of backends in each state):")
	fmt.Println("\n| processes | busy backends | in each state (top 6) |")
	fmt.Println("|---|---|---|")
	for _, r := range rows {
		var parts []string
		for i, w := range r.waits {
			if i == 6 {
				break
			}
			parts = append(parts, fmt.Sprintf("%s %.2f", w.what, w.backends))
		}
		fmt.Printf("| %d | %.2f | %s |\n", r.procs, r.busy, strings.Join(parts, "; "))
	}

	fmt.Println("\nMetrics of the chorus processes, summed over the processes (histograms as _sum seconds and _count):")
	fmt.Print("\n| metric |")
	for _, r := range rows {
		fmt.Printf(" %d |", r.procs)
	}
	fmt.Print("\n|---|")
	for range rows {
		fmt.Print("---|")
	}
	fmt.Println()
	seen := map[string]bool{}
	for _, r := range rows {
		for _, k := range r.metrics.chorusNames() {
			if seen[k] {
				continue
			}
			seen[k] = true
			fmt.Printf("| `%s` |", k)
			for _, r2 := range rows {
				fmt.Printf(" %s |", num(r2.metrics[k]))
			}
			fmt.Println()
		}
	}
	fmt.Println()
}

// rotate returns procs rotated left by round, so that over several rounds
// each process count runs at each position (first, after a larger run
// ...).
func rotate(procs []int, round int) []int {
	k := round % len(procs)
	return append(slices.Clone(procs[k:]), procs[:k]...)
}

// printMedians prints, over the rounds of one stream and setting, the
// median articles/s and CPU ms per article of each process count, and their
// ratio to the smallest count's medians: the targets (CPU per
// article at most +10% from 1 to 4 processes, throughput never below one
// process).
func printMedians(s *stream, sync string, rounds int, rows []*scaleRow) {
	arts := float64(len(s.articles))
	byProcs := map[int][]*scaleRow{}
	var counts []int
	for _, r := range rows {
		if byProcs[r.procs] == nil {
			counts = append(counts, r.procs)
		}
		byProcs[r.procs] = append(byProcs[r.procs], r)
	}
	slices.Sort(counts)
	med := func(rs []*scaleRow, f func(*scaleRow) float64) float64 {
		v := make([]float64, len(rs))
		for i, r := range rs {
			v[i] = f(r)
		}
		return median(v)
	}
	speed := func(r *scaleRow) float64 { return arts / r.ingest.Seconds() }
	cpu := func(r *scaleRow) float64 { return 1000 * (r.chorusCPU + r.pgCPU) / arts }
	fmt.Printf("## %s, synchronous_commit %s: medians of %d rounds\n\n", s.name, sync, rounds)
	fmt.Printf("| processes | articles/s | vs %d process(es) | CPU ms/article | vs %d process(es) | chorus CPU ms/article | PostgreSQL CPU ms/article | commits/article | summaries computed/article | summary job start after due, median ms |\n", counts[0], counts[0])
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	base := byProcs[counts[0]]
	s0, c0 := med(base, speed), med(base, cpu)
	for _, n := range counts {
		rs := byProcs[n]
		sp, c := med(rs, speed), med(rs, cpu)
		fmt.Printf("| %d | %.1f | %.0f%% | %.2f | %+.1f%% | %.2f | %.2f | %.2f | %.3f | %.0f |\n", n, sp, 100*sp/s0, c, 100*(c/c0-1),
			med(rs, func(r *scaleRow) float64 { return 1000 * r.chorusCPU / arts }),
			med(rs, func(r *scaleRow) float64 { return 1000 * r.pgCPU / arts }),
			med(rs, func(r *scaleRow) float64 { return float64(r.server.commits) / arts }),
			med(rs, func(r *scaleRow) float64 { return r.computed / arts }),
			med(rs, func(r *scaleRow) float64 { return 1000 * r.lag[0] }))
	}
	fmt.Println()
}

// median returns the median of v (the mean of the middle two for an even
// count), 0 for none. It sorts v.
func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	slices.Sort(v)
	if n := len(v); n%2 == 0 {
		return (v[n/2-1] + v[n/2]) / 2
	}
	return v[len(v)/2]
}

// printCost prints where the CPU and the commits of each run go: the CPU
// of each chorus process (largest first: the assigner's is usually the
// largest), the summaries computed per article (more processes take jobs
// sooner, so fewer story changes join a waiting job), and, with
// pg_stat_statements, the commits of the chorus clients' transactions
// (COMMIT statements) against the others — mostly the transactions that
// listening backends run to read the notification queue, which PostgreSQL
// signals at every NOTIFY in the database. System calls and context
// switches per article (chorus processes; PostgreSQL's live processes)
// count round trips and wake-ups, which CPU time on a shared machine
// shows only through its noise.
func printCost(rows []*scaleRow, arts float64) {
	fmt.Println("\n| processes | CPU s of each chorus process | summaries computed/article | chorus CPU ms/article | PostgreSQL CPU ms/article | commits/article: COMMIT statements | other commits (listeners woken, server) | NOTIFY statements/article | PostgreSQL sessions opened | chorus syscalls/article | chorus context switches/article | PostgreSQL syscalls/article | PostgreSQL context switches/article | chorus page faults/article | chorus system CPU ms/article | PostgreSQL system CPU ms/article |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		each := slices.Clone(r.procCPU)
		slices.SortFunc(each, func(a, b float64) int { return cmp.Compare(b, a) })
		var parts []string
		for _, c := range each {
			parts = append(parts, fmt.Sprintf("%.2f", c))
		}
		client, other, notify := "", "", ""
		if st := r.stmts; st != nil {
			client = fmt.Sprintf("%.2f", float64(st.commits)/arts)
			other = fmt.Sprintf("%.2f", float64(r.server.commits-st.commits)/arts)
			notify = fmt.Sprintf("%.2f", float64(st.notifies)/arts)
		}
		fmt.Printf("| %d | %s | %.3f | %.2f | %.2f | %s | %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |\n", r.procs, strings.Join(parts, " / "), r.computed/arts,
			1000*r.chorusCPU/arts, 1000*r.pgCPU/arts, client, other, notify, r.server.sessions,
			float64(r.chorusAct.syscalls)/arts, float64(r.chorusAct.switches)/arts, float64(r.pgAct.syscalls)/arts, float64(r.pgAct.switches)/arts,
			float64(r.chorusAct.faults)/arts, 1000*r.chorusAct.system/arts, 1000*r.pgAct.system/arts)
	}
}

// ms returns d in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// num prints a metric compactly.
func num(v float64) string {
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d", int64(v))
	}
	return fmt.Sprintf("%.3f", v)
}
