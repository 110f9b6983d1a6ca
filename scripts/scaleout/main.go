// Command scaleout measures `chorus serve` scaling out on one PostgreSQL
// (issue 12): for each process count it starts a fresh schema, N chorus
// serve processes on loopback ports, posts one shuffled article stream to
// them from several clients (one article per request, round robin over the
// processes), waits until every story is summarized at its last version,
// and prints one row: articles/s, CPU-seconds per article (chorus
// processes and PostgreSQL server), summary jobs, B³ of the stories
// against the dataset's clusters. Everything is bounded: --limit clusters,
// --timeout per run, loopback only. The database is started and stopped by
// scripts/postgres.
//
//	go run ./scripts/scaleout --dataset duc2004 --procs 1,2,4 --clients 4
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/jackc/pgx/v5"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "scaleout:", err)
		os.Exit(1)
	}
}

// options are the command's flags.
type options struct {
	dataset string
	limit   int
	dated   bool
	procs   []int
	clients int
	workers int
	seed    uint64
	timeout time.Duration
}

func run() error {
	var o options
	procs := flag.String("procs", "1,2,4", "comma-separated process counts")
	flag.StringVar(&o.dataset, "dataset", "duc2004", "dataset (see chorus bench)")
	flag.IntVar(&o.limit, "limit", 0, "clusters to read (0 = all)")
	flag.BoolVar(&o.dated, "dated", false, "keep publication dates and post in date order (shuffled within a date)")
	flag.IntVar(&o.clients, "clients", 4, "concurrent posting clients")
	flag.IntVar(&o.workers, "workers", 1, "summary workers per process")
	flag.Uint64Var(&o.seed, "seed", 1, "shuffle seed")
	flag.DurationVar(&o.timeout, "timeout", 10*time.Minute, "bound on one run")
	flag.Parse()
	for _, p := range strings.Split(*procs, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n < 1 || n > 16 {
			return fmt.Errorf("bad --procs entry %q (1 to 16)", p)
		}
		o.procs = append(o.procs, n)
	}
	stream, gold, err := readStream(o)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "chorus-scaleout-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.Chmod(tmp, 0o755); err != nil { // the server runs as its own user
		return err
	}
	bin := filepath.Join(tmp, "chorus")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/chorus").CombinedOutput(); err != nil {
		return fmt.Errorf("cannot build chorus: %v\n%s", err, out)
	}
	pgDir := filepath.Join(tmp, "pg")
	out, err := exec.Command("scripts/postgres", "start", pgDir).Output()
	if err != nil {
		return fmt.Errorf("cannot start PostgreSQL: %w", err)
	}
	defer exec.Command("scripts/postgres", "stop", pgDir).Run()
	dsn := strings.TrimSpace(string(out))

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(os.Stdout, "dataset %s, %d articles, %d clusters, dated %v, %d clients, %d workers/process, durable %v\n",
		o.dataset, len(stream), len(gold), o.dated, o.clients, o.workers, os.Getenv("CHORUS_PG_DURABLE") == "1")
	fmt.Fprintln(tw, "procs\tingest s\tarticles/s\tall summarized s\tchorus CPU s\tpg CPU s\tCPU ms/article\tstories\tversions\tjobs done\tsaved\trebuilds\tB3 F1\t")
	for _, n := range o.procs {
		r, err := runOnce(o, n, bin, dsn, filepath.Join(pgDir, "data"), stream, gold)
		if err != nil {
			return fmt.Errorf("%d processes: %w", n, err)
		}
		fmt.Fprintf(tw, "%d\t%.1f\t%.1f\t%.1f\t%.2f\t%.2f\t%.1f\t%d\t%d\t%d\t%d\t%d\t%.4f\t\n", n, r.ingest.Seconds(),
			float64(len(stream))/r.ingest.Seconds(), r.total.Seconds(), r.chorusCPU, r.pgCPU,
			1000*(r.chorusCPU+r.pgCPU)/float64(len(stream)), r.stories, r.versions, r.jobs, r.saved, r.rebuilds, r.f1)
		tw.Flush()
	}
	return nil
}

// readStream reads the dataset as articles with client IDs "cluster/doc",
// shuffled (and ordered by date with --dated), and the gold cluster sizes.
func readStream(o options) ([]chorus.Article, map[string]int, error) {
	dir, err := dataset.Dir()
	if err != nil {
		return nil, nil, err
	}
	var arts []chorus.Article
	gold := map[string]int{}
	k := 0
	err = dataset.Read(dir, o.dataset, o.limit, func(ex dataset.Example) error {
		for j, a := range ex.Cluster.Articles {
			a.ID, a.URL = fmt.Sprintf("%d/%d", k, j), ""
			if !o.dated {
				a.Published = time.Time{}
			}
			arts = append(arts, a)
		}
		gold[strconv.Itoa(k)] = len(ex.Cluster.Articles)
		k++
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	rng := rand.New(rand.NewPCG(o.seed, o.seed^0x9e3779b97f4a7c15))
	rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	if o.dated {
		sort.SliceStable(arts, func(i, j int) bool { return arts[i].Published.Before(arts[j].Published) })
	}
	return arts, gold, nil
}

// result is one run's row.
type result struct {
	ingest, total     time.Duration
	chorusCPU, pgCPU  float64
	stories, versions int
	jobs, saved       int
	rebuilds          int
	f1                float64
}

// runOnce measures n processes on a fresh schema.
func runOnce(o options, n int, bin, dsn, pgData string, stream []chorus.Article, gold map[string]int) (*result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	db, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer db.Close(context.Background())
	if _, err := db.Exec(ctx, "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"); err != nil {
		return nil, err
	}
	pgBefore := pgCPU(pgData)
	var procs []*exec.Cmd
	var urls []string
	defer func() {
		for _, p := range procs {
			p.Process.Kill()
			p.Wait()
		}
	}()
	for i := range n {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		addr := fmt.Sprintf("127.0.0.1:%d", port)
		cmd := exec.Command(bin, "serve", "--addr", addr, "--db", dsn, "--poll", "0", "--workers", strconv.Itoa(o.workers))
		cmd.Env = os.Environ()
		log, err := os.Create(filepath.Join(os.TempDir(), fmt.Sprintf("chorus-scaleout-%d-%d.log", n, i)))
		if err != nil {
			return nil, err
		}
		defer log.Close()
		cmd.Stdout, cmd.Stderr = log, log
		if err := cmd.Start(); err != nil {
			return nil, err
		}
		procs = append(procs, cmd)
		urls = append(urls, "http://"+addr)
		// One at a time: the first migrates the schema.
		if err := waitHealthy(ctx, urls[i]); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	if err := post(ctx, urls, stream, o.clients); err != nil {
		return nil, err
	}
	r := &result{ingest: time.Since(start)}
	for {
		var queued, stale int
		err := db.QueryRow(ctx, `SELECT (SELECT count(*) FROM river_job WHERE kind = 'chorus_summary'
			AND state IN ('available', 'running', 'retryable', 'scheduled', 'pending')),
			(SELECT count(*) FROM stories WHERE merged_into IS NULL AND summary_version <> version)`).Scan(&queued, &stale)
		if err != nil {
			return nil, err
		}
		if queued == 0 && stale == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("summaries not current within %v: %d jobs queued, %d stale", o.timeout, queued, stale)
		case <-time.After(100 * time.Millisecond):
		}
	}
	r.total = time.Since(start)
	for _, u := range urls {
		done, err := metric(ctx, u, "chorus_jobs_done_total")
		if err != nil {
			return nil, err
		}
		r.saved += int(done)
		rb, err := metric(ctx, u, "chorus_index_rebuilds_total")
		if err != nil {
			return nil, err
		}
		r.rebuilds += int(rb)
	}
	for _, p := range procs {
		r.chorusCPU += procCPU(p.Process.Pid)
	}
	r.pgCPU = pgCPU(pgData) - pgBefore
	err = db.QueryRow(ctx, `SELECT (SELECT count(*) FROM stories WHERE merged_into IS NULL), (SELECT coalesce(sum(version), 0) FROM stories),
		(SELECT count(*) FROM river_job WHERE kind = 'chorus_summary' AND state = 'completed')`).Scan(&r.stories, &r.versions, &r.jobs)
	if err != nil {
		return nil, err
	}
	rows, err := db.Query(ctx, `SELECT key, story_id FROM articles`)
	if err != nil {
		return nil, err
	}
	found := map[string]int64{}
	for rows.Next() {
		var key string
		var story int64
		if err := rows.Scan(&key, &story); err != nil {
			return nil, err
		}
		found[strings.TrimPrefix(key, "id:")] = story
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	r.f1 = bcubed(found)
	return r, nil
}

// post sends stream to the servers, one article per request, from clients
// goroutines taking the articles in order, round robin over the servers.
func post(ctx context.Context, urls []string, stream []chorus.Article, clients int) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, clients)
	client := &http.Client{Timeout: 2 * time.Minute}
	for c := range clients {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(stream) || ctx.Err() != nil {
					errs[c] = ctx.Err()
					return
				}
				body, err := json.Marshal([]chorus.Article{stream[i]})
				if err != nil {
					errs[c] = err
					return
				}
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, urls[i%len(urls)]+"/api/articles", bytes.NewReader(body))
				if err != nil {
					errs[c] = err
					return
				}
				req.Header.Set("Content-Type", "application/json")
				resp, err := client.Do(req)
				if err != nil {
					errs[c] = err
					return
				}
				resp.Body.Close()
				if resp.StatusCode >= 300 {
					errs[c] = fmt.Errorf("POST article %s: %s", stream[i].ID, resp.Status)
					return
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// bcubed returns the B³ F1 of the stories found (article "cluster/doc" →
// story) against the true clusters, over the stored articles.
func bcubed(found map[string]int64) float64 {
	goldOf := func(id string) string { k, _, _ := strings.Cut(id, "/"); return k }
	byStory := map[int64][]string{}
	byGold := map[string][]string{}
	for id, s := range found {
		byStory[s] = append(byStory[s], id)
		byGold[goldOf(id)] = append(byGold[goldOf(id)], id)
	}
	var p, r float64
	for id, s := range found {
		same := 0
		for _, o := range byStory[s] {
			if goldOf(o) == goldOf(id) {
				same++
			}
		}
		p += float64(same) / float64(len(byStory[s]))
		r += float64(same) / float64(len(byGold[goldOf(id)]))
	}
	if len(found) == 0 {
		return 0
	}
	p, r = p/float64(len(found)), r/float64(len(found))
	return 2 * p * r / (p + r)
}

// waitHealthy waits until the server answers /healthz.
func waitHealthy(ctx context.Context, url string) error {
	for {
		resp, err := http.Get(url + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s not healthy: %w", url, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// metric reads one counter from a server's /metrics.
func metric(ctx context.Context, url, name string) (float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url+"/metrics", nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(resp.Body)
	for _, line := range strings.Split(buf.String(), "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			return strconv.ParseFloat(strings.TrimSpace(v), 64)
		}
	}
	return 0, fmt.Errorf("%s: no %s", url, name)
}

// freePort returns a free loopback port.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// ticks is the kernel's clock tick (USER_HZ), 100 on Linux.
const ticks = 100.0

// procCPU returns a process's CPU seconds (user + system) from /proc.
func procCPU(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	u, _ := strconv.ParseFloat(f[11], 64)
	k, _ := strconv.ParseFloat(f[12], 64)
	return (u + k) / ticks
}

// pgCPU returns the CPU seconds of the PostgreSQL server: the postmaster
// and its live children (backends that exited are not counted, so measure
// while the chorus processes hold their connections).
func pgCPU(data string) float64 {
	b, err := os.ReadFile(filepath.Join(data, "postmaster.pid"))
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.SplitN(string(b), "\n", 2)[0])
	total := procCPU(pid)
	kids, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
	for _, k := range strings.Fields(string(kids)) {
		if c, err := strconv.Atoi(k); err == nil {
			total += procCPU(c)
		}
	}
	return total
}
