package queue

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// A runner sleeps when it has nothing to do: River's client polls for jobs
// every Poll and its leader elects and maintains every few seconds, which
// kept an idle `chorus serve` at about 0.8% of a core on the embedded
// SQLite store, and at about 3.6 commits a second on PostgreSQL (two fetch
// polls, the leader's election and scheduler), forever. After SleepAfter
// with no job taken, none running and none due within SleepAfter, the
// runner stops its River client and waits until
//   - a job of this process is queued (EnqueueManyTx),
//   - the store tells of another process's work (Wake: on PostgreSQL, a
//     notification of new jobs or of an assignment batch, which queues
//     summary jobs; SQLite has no notifications),
//   - the earliest queued job is due, or
//   - maxSleep has passed, the safety poll: another process may have
//     queued a job unheard (its notification lost, or it shares the SQLite
//     file), and feeds come due. The safety poll starts River only when a
//     job is due within SleepAfter or a feed is due; otherwise it sleeps
//     again after two reads.
//
// A job queued by a process that dies before working it, unheard, waits
// up to maxSleep.

// Defaults of the sleep of a poll-only runner.
const (
	// DefaultSleepAfter is how long a runner stays awake with nothing to
	// do.
	DefaultSleepAfter = 5 * time.Second
	// maxSleep is the longest a sleeping runner waits unwoken.
	maxSleep = time.Minute
)

// Wake tells a sleeping runner of this queue that there may be work: the
// store calls it when another process tells of jobs (see above). It never
// blocks, and an awake runner takes it as work seen: it stays awake
// another SleepAfter.
func (q *Queue[TTx]) Wake() { q.wakeUp() }

// wakeUp tells a sleeping runner of this queue that a job was queued; it
// never blocks.
func (q *Queue[TTx]) wakeUp() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// sleepy reports whether Run sleeps when idle: with the real clock (tests
// that inject a clock drive time themselves) and SleepAfter positive.
func (r *runner[TTx]) sleepy() bool {
	return r.cfg.Clock == nil && r.cfg.SleepAfter > 0
}

// runSleepy is Run of a sleepy runner: River runs while there is work and
// stops in between (see above).
func (r *runner[TTx]) runSleepy(ctx context.Context) error {
	longest := maxSleep
	if r.cfg.Feeds != nil {
		longest = min(longest, sweepOf(r.cfg.Feeds))
	}
	var taken, active atomic.Int64
	for {
		// Make due what came due while asleep and rescue stuck jobs:
		// the new client's leader does so too, but only after its first
		// election.
		if err := r.maintain(ctx); err != nil && ctx.Err() == nil {
			r.cfg.Logger.Warn("job maintenance failed", "err", err)
		}
		next, err := r.awake(ctx, &taken, &active)
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r.asleep.Store(true)
		err = r.sleep(ctx, next, longest)
		r.asleep.Store(false)
		if err != nil {
			return err
		}
	}
}

// sleep waits, River stopped, until the runner is woken, or a job is due
// within SleepAfter (next, then what the safety polls read), or a safety
// poll finds a feed due; it returns ctx's error when ctx is done first.
func (r *runner[TTx]) sleep(ctx context.Context, next time.Time, longest time.Duration) error {
	for {
		wait := longest
		if !next.IsZero() {
			wait = min(wait, max(time.Until(next), 0))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-r.q.wake:
			t.Stop()
			return nil
		case <-t.C:
		}
		if !next.IsZero() && !time.Now().Before(next) {
			return nil // the job known due
		}
		// The safety poll: make due what came due, then look.
		if err := r.maintain(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			r.cfg.Logger.Warn("job maintenance failed", "err", err)
			return nil
		}
		var busy bool
		var err error
		if next, busy, err = r.nextDue(ctx); err != nil || busy {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return nil
		}
		if r.cfg.Feeds != nil {
			ids, err := r.cfg.Feeds.Due(ctx)
			if err != nil || len(ids) > 0 {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return nil
			}
		}
	}
}

// awake runs one River client until the runner has been idle for
// SleepAfter (or ctx is done), stops it, and returns when the earliest
// queued job is due (zero when none is queued).
func (r *runner[TTx]) awake(ctx context.Context, taken, active *atomic.Int64) (time.Time, error) {
	c, err := r.client(taken, active, false)
	if err != nil {
		return time.Time{}, err
	}
	if err := c.Start(context.WithoutCancel(ctx)); err != nil {
		return time.Time{}, fmt.Errorf("cannot start job workers: %w", err)
	}
	stopTicks := r.q.ticking()
	tick := time.NewTicker(min(r.cfg.Poll, r.cfg.SleepAfter))
	defer tick.Stop()
	last, idleSince := taken.Load(), time.Now()
	var next time.Time
	for ctx.Err() == nil {
		select {
		case <-ctx.Done():
			continue
		case <-r.q.wake:
			idleSince = time.Now()
			continue
		case <-tick.C:
		}
		if n := taken.Load(); n != last || active.Load() > 0 {
			last, idleSince = n, time.Now()
			continue
		}
		if time.Since(idleSince) < r.cfg.SleepAfter {
			continue
		}
		var busy bool
		if next, busy, err = r.nextDue(ctx); err != nil {
			// Stay awake: River's own polls go on meanwhile.
			r.cfg.Logger.Warn("cannot read the job queue", "err", err)
			idleSince = time.Now()
			continue
		}
		if !busy {
			break
		}
		idleSince = time.Now()
	}
	stopTicks()
	if serr := c.Stop(context.WithoutCancel(ctx)); serr != nil {
		return next, fmt.Errorf("cannot stop job workers: %w", serr)
	}
	return next, nil
}

// nextDue returns when the earliest queued job (of any kind) is due, and
// busy when one runs or is due within SleepAfter.
func (r *runner[TTx]) nextDue(ctx context.Context) (time.Time, bool, error) {
	res, err := r.q.ins.JobList(ctx, river.NewJobListParams().States(queued...).
		OrderBy(river.JobListOrderByScheduledAt, river.SortOrderAsc).First(1))
	if err != nil {
		return time.Time{}, true, fmt.Errorf("cannot list jobs: %w", err)
	}
	if len(res.Jobs) == 0 {
		return time.Time{}, false, nil
	}
	j := res.Jobs[0]
	busy := j.State == rivertype.JobStateRunning || j.ScheduledAt.Before(time.Now().Add(r.cfg.SleepAfter))
	return j.ScheduledAt, busy, nil
}

// Asleep reports whether the runner has stopped River for want of work
// (see runSleepy).
func (r *runner[TTx]) Asleep() bool { return r.asleep.Load() }
