package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/lang"
	"github.com/jackc/pgx/v5"
)

// qSettle marks every story summarized and empties the job queue, so that
// the timed start-ups meet a store whose summaries are current (the steady
// state of a service) rather than a backlog of the bulk load's jobs.
const qSettle = `UPDATE stories SET summary_version = version; DELETE FROM river_job`

// startupMode stores o.articles Multi-News train articles through one
// process, then times o.repeat start-ups of `chorus serve` on that store.
func startupMode(ctx context.Context, e *env, o options) error {
	arts, err := bulkArticles(o.articles)
	if errors.Is(err, errSkip) {
		fmt.Printf("## start-up\n\nskipped: %v\n", err)
		return nil
	}
	if err != nil {
		return err
	}
	sync := o.sync[0]
	if err := e.reset(ctx, sync); err != nil {
		return err
	}
	db, err := pgx.Connect(ctx, e.dsn)
	if err != nil {
		return fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	defer db.Close(context.Background())

	fmt.Fprintf(os.Stderr, "start-up mode: storing %d articles ...\n", len(arts))
	loadCtx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	start := time.Now()
	loadCPU, err := e.ingest(loadCtx, arts)
	if err != nil {
		return err
	}
	// Articles left for a story assigner get one: a process runs until
	// every article has its story.
	p, err := e.start(loadCtx, "load", 0, o.workers)
	if err != nil {
		return err
	}
	err = waitAssigned(loadCtx, db, nil)
	loadCPU += chorusCPU([]*proc{p})
	p.stop()
	if err != nil {
		return err
	}
	load := time.Since(start)
	if _, err := db.Exec(ctx, qSettle); err != nil {
		return fmt.Errorf("cannot settle the queue: %w", err)
	}
	var stored, stories int
	var size int64
	err = db.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories WHERE merged_into IS NULL), pg_database_size(current_database())`).Scan(&stored, &stories, &size)
	if err != nil {
		return fmt.Errorf("cannot count the stored articles: %w", err)
	}

	fmt.Printf("## start-up and memory at %d stored articles\n\n", stored)
	fmt.Printf("Stored: %d Multi-News train articles (no publication dates, so all in the story window) stored by `chorus ingest --db … --batch 1000` (in one process, no summaries), then assigned by a `chorus serve` if any waited: %.0f s, %.0f articles/s, %.0f chorus CPU-seconds; %d stories; database %.0f MiB. Then every story was marked summarized and the job queue emptied, and `chorus serve` started %d times on that store, one process at a time, PostgreSQL with fsync on.\n\n",
		len(arts), load.Seconds(), float64(len(arts))/load.Seconds(), loadCPU, stories, float64(size)/(1<<20), o.repeat)
	fmt.Print("*HTTP ready*: from exec to the first 200 of /healthz. *Assigner ready*: from exec to the process's 'assigner leadership acquired' log line (its index loaded: *index articles*, in *load ms*). RSS read at HTTP ready and 5 s after the assigner was ready (*after*); CPU of the process until then. Then a second process (a follower: no index) starts beside it.\n\n")
	fmt.Println("| start | HTTP ready s | assigner ready s | index articles | index load ms | RSS at HTTP ready MiB | RSS after MiB | peak RSS MiB | Go heap in use MiB | CPU s | follower HTTP ready s | follower RSS MiB |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|")
	var readies, leads []float64
	for i := range o.repeat {
		r, err := timeStartup(ctx, e, o, i+1)
		if err != nil {
			return err
		}
		readies = append(readies, r.ready.Seconds())
		lead := "-"
		if r.lead >= 0 {
			leads = append(leads, r.lead.Seconds())
			lead = fmt.Sprintf("%.2f", r.lead.Seconds())
		}
		fmt.Printf("| %d | %.2f | %s | %s | %s | %.0f | %.0f | %.0f | %.0f | %.2f | %.2f | %.0f |\n", i+1, r.ready.Seconds(), lead, r.indexArticles, r.indexMS,
			r.rss, r.rssAfter, r.peak, r.heap/(1<<20), r.cpu, r.followerReady.Seconds(), r.followerRSS)
	}
	fmt.Printf("\nMedian: HTTP ready %.2f s, assigner ready %.2f s.\n\n", median(readies), median(leads))
	return nil
}

// startup is one timed start-up.
type startup struct {
	ready, lead            time.Duration
	indexArticles, indexMS string
	rss, rssAfter, peak    float64
	heap, cpu              float64
	followerReady          time.Duration
	followerRSS            float64
}

// timeStartup starts one process on the stored articles and times it,
// then starts a follower beside it.
func timeStartup(ctx context.Context, e *env, o options, n int) (*startup, error) {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	r := &startup{lead: -1, indexArticles: "-", indexMS: "-"}
	t0 := time.Now()
	p, err := e.start(ctx, "startup", n, o.workers)
	if err != nil {
		return nil, err
	}
	defer p.stop()
	r.ready = time.Since(t0)
	pid := p.cmd.Process.Pid
	r.rss, _ = memory(pid)
	// The assigner's log line, within the run's timeout (a chorus without
	// the assigner role has no such metric and no such line).
	m, err := scrape(ctx, p)
	if err != nil {
		return nil, err
	}
	_, assigns := m["chorus_assigner_leader"]
	for assigns && ctx.Err() == nil && p.alive() {
		time.Sleep(20 * time.Millisecond)
		if at, fields, ok := logLine(p.log, "assigner leadership acquired"); ok {
			r.lead = at.Sub(t0)
			r.indexArticles, r.indexMS = fields["articles"], fields["ms"]
			break
		}
	}
	time.Sleep(5 * time.Second)
	r.rssAfter, r.peak = memory(pid)
	r.cpu = procCPU(pid, false)
	if m, err = scrape(ctx, p); err != nil {
		return nil, err
	}
	r.heap = m["go_memstats_heap_inuse_bytes"]
	t1 := time.Now()
	f, err := e.start(ctx, "follower", n, o.workers)
	if err != nil {
		return nil, err
	}
	r.followerReady = time.Since(t1)
	time.Sleep(5 * time.Second)
	r.followerRSS, _ = memory(f.cmd.Process.Pid)
	f.stop()
	return r, nil
}

// logLine finds the first slog text record of a log file whose message is
// msg and returns its time and key=value fields.
func logLine(path, msg string) (time.Time, map[string]string, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return time.Time{}, nil, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.Contains(line, `msg="`+msg+`"`) {
			continue
		}
		fields := map[string]string{}
		for _, f := range strings.Fields(line) {
			if k, v, ok := strings.Cut(f, "="); ok {
				fields[k] = strings.Trim(v, `"`)
			}
		}
		at, err := time.Parse(time.RFC3339Nano, fields["time"])
		if err != nil {
			return time.Time{}, nil, false
		}
		return at, fields, true
	}
	return time.Time{}, nil, false
}

// ingest stores arts with `chorus ingest --db DSN --batch 1000` (JSON
// lines on its standard input) and returns its CPU seconds.
func (e *env) ingest(ctx context.Context, arts []chorus.Article) (float64, error) {
	cmd := exec.CommandContext(ctx, e.bin, "ingest", "--db", e.dsn, "--input", "jsonl", "--batch", "1000", "--quiet", "-")
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	in, err := cmd.StdinPipe()
	if err != nil {
		return 0, err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return 0, fmt.Errorf("cannot start chorus ingest: %w", err)
	}
	w := bufio.NewWriterSize(in, 1<<20)
	enc := json.NewEncoder(w)
	for _, a := range arts {
		if err := enc.Encode(a); err != nil {
			break
		}
	}
	w.Flush()
	in.Close()
	if err := cmd.Wait(); err != nil {
		return 0, fmt.Errorf("chorus ingest: %v\n%s", err, stderr.Bytes())
	}
	st := cmd.ProcessState
	return (st.UserTime() + st.SystemTime()).Seconds(), nil
}

// bulkArticles reads n Multi-News articles, train then validation,
// leaving out copies of a text read and those the service would refuse as
// not English, with IDs "t/cluster/doc" and "v/cluster/doc".
func bulkArticles(n int) ([]chorus.Article, error) {
	dir, err := dataset.Dir()
	if err != nil {
		return nil, fmt.Errorf("%w: no data directory (%v)", errSkip, err)
	}
	var arts []chorus.Article
	seen := map[string]bool{} // texts, so that n articles are stored
	errFull := errors.New("full")
	for _, set := range []string{"multinews-train", "multinews-val"} {
		k := 0
		err := dataset.Read(dir, set, 0, func(ex dataset.Example) error {
			for j, a := range ex.Cluster.Articles {
				if len(arts) == n {
					return errFull
				}
				text := strings.Join(strings.Fields(a.Text), " ")
				if seen[text] || lang.Check(a.Text) != nil {
					continue // a copy, or refused as not English
				}
				seen[text] = true
				a.ID, a.URL, a.Published = fmt.Sprintf("%c/%d/%d", set[10], k, j), "", time.Time{}
				arts = append(arts, a)
			}
			k++
			return nil
		})
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: %v", errSkip, err)
		}
		if errors.Is(err, errFull) {
			return arts, nil
		}
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", set, err)
		}
	}
	return arts, nil
}
