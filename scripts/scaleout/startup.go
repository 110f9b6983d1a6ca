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
	"sort"
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
	fmt.Println("| start | ready s | RSS at ready MiB | peak RSS MiB | RSS 5 s later MiB | Go heap in use MiB | CPU s to ready |")
	fmt.Println("|---|---|---|---|---|---|---|")
	var readies []float64
	for i := range o.repeat {
		runCtx, cancel := context.WithTimeout(ctx, o.timeout)
		t0 := time.Now()
		p, err := e.start(runCtx, "startup", i+1, o.workers)
		if err != nil {
			cancel()
			return err
		}
		ready := time.Since(t0)
		pid := p.cmd.Process.Pid
		cpu := procCPU(pid, false)
		rss, _ := memory(pid)
		time.Sleep(5 * time.Second)
		later, peak := memory(pid)
		m, err := scrape(runCtx, p)
		p.stop()
		cancel()
		if err != nil {
			return err
		}
		readies = append(readies, ready.Seconds())
		fmt.Printf("| %d | %.2f | %.0f | %.0f | %.0f | %.0f | %.2f |\n", i+1, ready.Seconds(), rss, peak, later, m["go_memstats_heap_inuse_bytes"]/(1<<20), cpu)
	}
	sort.Float64s(readies)
	fmt.Printf("\nMedian time to ready: %.2f s.\n\n", readies[len(readies)/2])
	return nil
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
