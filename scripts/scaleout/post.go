package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chorusnews/chorus"
)

// request is one POST of one article.
type request struct {
	id         string
	proc       int
	start, end time.Time
	status     int      // 0 on a transport error
	stored     []string // the IDs of the stored articles the answer names
}

// acked reports whether the server acknowledged the article (2xx).
func (r request) acked() bool { return r.status >= 200 && r.status < 300 }

// postLog is what the clients did: every request, the articles refused
// (4xx, e.g. an article the language check takes for non-English).
type postLog struct {
	mu       sync.Mutex
	requests []request
	refused  int
}

// ackedIDs returns the stored IDs the acknowledgements named (an article
// with the text of a stored one is acknowledged as that one).
func (l *postLog) ackedIDs() map[string]bool {
	out := map[string]bool{}
	for _, r := range l.requests {
		if r.acked() {
			for _, id := range r.stored {
				out[id] = true
			}
		}
	}
	return out
}

// ackedArticles counts the articles acknowledged.
func (l *postLog) ackedArticles() int {
	seen := map[string]bool{}
	for _, r := range l.requests {
		if r.acked() {
			seen[r.id] = true
		}
	}
	return len(seen)
}

// latency returns the q-quantile (0 to 1) of the acknowledged requests'
// durations.
func (l *postLog) latency(q float64) time.Duration {
	var d []time.Duration
	for _, r := range l.requests {
		if r.acked() {
			d = append(d, r.end.Sub(r.start))
		}
	}
	if len(d) == 0 {
		return 0
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[min(len(d)-1, int(q*float64(len(d))))]
}

// retries counts the requests that failed and were sent again.
func (l *postLog) retries() int {
	n := 0
	for _, r := range l.requests {
		if !r.acked() && (r.status == 0 || r.status >= 500) {
			n++
		}
	}
	return n
}

// post sends the articles to the processes, one per request, from clients
// goroutines taking the articles in order; article i goes to process
// i mod len(procs). A transport error or a 5xx answer is retried, after
// 50 ms, on the next process still alive (the ID makes a retry of a
// committed article harmless), until ctx is done; a 4xx answer counts the
// article as refused.
func post(ctx context.Context, procs []*proc, arts []chorus.Article, clients int) (*postLog, error) {
	log := &postLog{}
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, clients)
	client := &http.Client{Timeout: 2 * time.Minute}
	for c := range clients {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(arts) {
					return
				}
				if err := postOne(ctx, client, procs, i, arts[i], log); err != nil {
					errs[c] = err
					return
				}
			}
		})
	}
	wg.Wait()
	return log, errors.Join(errs...)
}

// postOne sends article i until a process answers it with 2xx or 4xx.
func postOne(ctx context.Context, client *http.Client, procs []*proc, i int, a chorus.Article, log *postLog) error {
	body, err := json.Marshal([]chorus.Article{a})
	if err != nil {
		return fmt.Errorf("cannot encode article %s: %w", a.ID, err)
	}
	for try := 0; ; try++ {
		k := (i + try) % len(procs)
		if !procs[k].alive() {
			if try >= len(procs) && !anyAlive(procs) {
				return fmt.Errorf("POST article %s: every process has exited", a.ID)
			}
			continue
		}
		r := request{id: a.ID, proc: k, start: time.Now()}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, procs[k].url+"/api/articles", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err == nil {
			var results []chorus.IngestResult
			if resp.StatusCode < 300 && json.NewDecoder(resp.Body).Decode(&results) == nil {
				for _, res := range results {
					r.stored = append(r.stored, res.ID)
				}
				r.status = resp.StatusCode
			} else if resp.StatusCode >= 300 {
				r.status = resp.StatusCode
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		r.end = time.Now()
		log.mu.Lock()
		log.requests = append(log.requests, r)
		if r.status >= 400 && r.status < 500 {
			log.refused++
		}
		log.mu.Unlock()
		if r.status != 0 && r.status < 500 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("POST article %s: %w", a.ID, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// anyAlive reports whether a process is still running.
func anyAlive(procs []*proc) bool {
	for _, p := range procs {
		if p.alive() {
			return true
		}
	}
	return false
}

// postBulk sends the articles in batches of size from clients goroutines
// to one process; any failure ends it.
func postBulk(ctx context.Context, p *proc, arts []chorus.Article, size, clients int) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, clients)
	client := &http.Client{Timeout: 5 * time.Minute}
	for c := range clients {
		wg.Go(func() {
			for ctx.Err() == nil {
				from := int(next.Add(int64(size))) - size
				if from >= len(arts) {
					return
				}
				batch := arts[from:min(from+size, len(arts))]
				status, msg, err := postBatch(ctx, client, p, batch)
				if status >= 400 && status < 500 {
					// One article refused (e.g. by the language check)
					// refuses the batch: send its articles one by one.
					for _, a := range batch {
						if status, msg, err = postBatch(ctx, client, p, []chorus.Article{a}); err != nil || status >= 500 {
							break
						}
					}
				}
				if err == nil && status >= 500 {
					err = fmt.Errorf("POST batch at %d: %d %s", from, status, msg)
				}
				if err != nil {
					errs[c] = err
					return
				}
			}
			errs[c] = ctx.Err()
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// postBatch posts articles in one request and returns the answer's status
// and the start of its body.
func postBatch(ctx context.Context, client *http.Client, p *proc, arts []chorus.Article) (int, string, error) {
	body, err := json.Marshal(arts)
	if err != nil {
		return 0, "", fmt.Errorf("cannot encode a batch: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url+"/api/articles", bytes.NewReader(body))
	if err != nil {
		return 0, "", err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return 0, "", fmt.Errorf("cannot post a batch: %w", err)
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 500))
	return resp.StatusCode, string(msg), nil
}
