package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chorusnews/chorus/sqlite"
)

// killRuns starts the server c.kills times on one data directory, writes
// to it from four writers, kills it with SIGKILL at a random moment 1-4 s
// in, and then checks that every acknowledged article is stored and that
// the store passes its integrity check.
func killRuns(ctx context.Context, c config, rng *rand.Rand) error {
	dir, err := os.MkdirTemp("", "chorus-killrun-")
	if err != nil {
		return err
	}
	if !c.keep {
		defer os.RemoveAll(dir)
	}
	fmt.Printf("## kill -9\n\nEach run: start `chorus serve` on the same SQLite data directory, 4 writers post batches of 1-5 invented articles, SIGKILL after a random 1-4 s; then the SQLite store's integrity check (PRAGMA integrity_check, foreign keys, the service's invariants) and a look-up of every acknowledged article after a restart.\n\n")
	fmt.Println("| run | killed after | acknowledged | stored | lost | integrity |\n|---|---|---|---|---|---|")
	var counter atomic.Int64
	totalAck, totalLost, bad := 0, 0, 0
	for run := 1; run <= c.kills && ctx.Err() == nil; run++ {
		srv, err := startServer(ctx, c, dir)
		if err != nil {
			return err
		}
		var mu sync.Mutex
		var acked []string
		wctx, stop := context.WithCancel(ctx)
		var wg sync.WaitGroup
		for w := range 4 {
			r := rand.New(rand.NewPCG(rng.Uint64(), uint64(w)))
			wg.Go(func() {
				for wctx.Err() == nil {
					st, ids, err := srv.post(wctx, batch(r, 30, 1+r.IntN(5), &counter, fmt.Sprintf("kill%d", run)), nil)
					if err == nil && (st == 200 || st == 201) {
						mu.Lock()
						acked = append(acked, ids...)
						mu.Unlock()
					}
				}
			})
		}
		after := time.Second + time.Duration(rng.Int64N(int64(3*time.Second)))
		time.Sleep(after)
		srv.kill()
		stop()
		wg.Wait()
		integrity := "ok"
		if err := checkStore(ctx, dir); err != nil {
			integrity, bad = err.Error(), bad+1
		}
		srv, err = startServer(ctx, c, dir)
		if err != nil {
			return err
		}
		lost := 0
		for _, id := range acked {
			if st, _, err := srv.get(ctx, "/api/articles/"+url.PathEscape(id), nil); err != nil || st != 200 {
				lost++
			}
		}
		if err := srv.stop(); err != nil {
			return err
		}
		totalAck += len(acked)
		totalLost += lost
		fmt.Printf("| %d | %.2f s | %d | %d | %d | %s |\n", run, after.Seconds(), len(acked), len(acked)-lost, lost, integrity)
	}
	fmt.Printf("\nTotal: %d acknowledged, %d lost, %d runs failing the integrity check.\n\n", totalAck, totalLost, bad)
	if totalLost > 0 || bad > 0 {
		return fmt.Errorf("%d acknowledged articles lost, %d integrity failures", totalLost, bad)
	}
	return nil
}

// checkStore opens the SQLite store in dir and runs its Check.
func checkStore(ctx context.Context, dir string) error {
	db, err := sqlite.Open(ctx, filepath.Join(dir, "chorus.db"), sqlite.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	return db.Check(ctx)
}
