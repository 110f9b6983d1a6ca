package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Feed polls as River jobs: a periodic sweep, enqueued by River's leader
// only (so once however many processes run), lists the feeds due and
// queues one poll job per feed, unique while it is queued or running;
// any process's worker takes each poll. So N processes share the feeds
// instead of each polling all of them.

// FeedQueue is the River queue of feed jobs, apart from the summary jobs'
// so that slow fetches never hold up summaries.
const FeedQueue = "feeds"

// Defaults of FeedConfig.
const (
	// DefaultSweep is how often the leader looks for due feeds.
	DefaultSweep = time.Minute
	// DefaultFeedWorkers is the number of feeds a process polls at once.
	DefaultFeedWorkers = 8
)

// FeedConfig has a Runner also work feed polls (Run only; Drain works
// summaries alone).
type FeedConfig struct {
	// Due returns the IDs of the feeds due for a poll.
	Due func(ctx context.Context) ([]int64, error)
	// Poll polls one feed, when it is still due.
	Poll func(ctx context.Context, feedID int64) error
	// Sweep is how often due feeds are looked for; zero means
	// DefaultSweep.
	Sweep time.Duration
	// Workers is the number of feeds this process polls at once; zero
	// means DefaultFeedWorkers.
	Workers int
}

// notDone are the states in which a job blocks another with the same
// arguments: queued or running. (River requires the first four.)
var notDone = []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
	rivertype.JobStateRunning, rivertype.JobStateScheduled, rivertype.JobStateRetryable}

// SweepArgs asks for the due feeds to be queued.
type SweepArgs struct{}

// Kind implements river.JobArgs.
func (SweepArgs) Kind() string { return "chorus_feed_sweep" }

// InsertOpts implements river.JobArgsWithInsertOpts: one sweep at a time,
// not retried (the next one comes soon).
func (SweepArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: FeedQueue, MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: notDone}}
}

// FeedArgs asks for one poll of a feed.
type FeedArgs struct {
	FeedID int64 `json:"feed_id"`
}

// Kind implements river.JobArgs.
func (FeedArgs) Kind() string { return "chorus_feed_poll" }

// InsertOpts implements river.JobArgsWithInsertOpts: one poll of a feed
// queued or running at a time; a poll that fails records its failure in
// the feed's state, so the job itself is retried only a few times (for
// store errors).
func (FeedArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: FeedQueue, MaxAttempts: 3, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: notDone}}
}

// sweepWorker queues a poll job per due feed.
type sweepWorker[TTx any] struct {
	river.WorkerDefaults[SweepArgs]
	due func(context.Context) ([]int64, error)
}

// Work implements river.Worker.
func (w *sweepWorker[TTx]) Work(ctx context.Context, _ *river.Job[SweepArgs]) error {
	ids, err := w.due(ctx)
	if err != nil || len(ids) == 0 {
		return err
	}
	c, err := river.ClientFromContextSafely[TTx](ctx)
	if err != nil {
		return fmt.Errorf("cannot queue feed polls: %w", err)
	}
	params := make([]river.InsertManyParams, len(ids))
	for i, id := range ids {
		params[i] = river.InsertManyParams{Args: FeedArgs{FeedID: id}}
	}
	if _, err := c.InsertMany(ctx, params); err != nil {
		return fmt.Errorf("cannot queue feed polls: %w", err)
	}
	return nil
}

// feedWorker polls one feed.
type feedWorker struct {
	river.WorkerDefaults[FeedArgs]
	poll func(context.Context, int64) error
}

// Work implements river.Worker.
func (w *feedWorker) Work(ctx context.Context, j *river.Job[FeedArgs]) error {
	return w.poll(ctx, j.Args.FeedID)
}

// addFeeds registers the feed workers, queue and periodic sweep of f on
// cfg.
func addFeeds[TTx any](cfg *river.Config, f *FeedConfig) error {
	if f.Due == nil || f.Poll == nil {
		return fmt.Errorf("cannot run feed polls: Due and Poll are required")
	}
	sweep, workers := sweepOf(f), f.Workers
	if workers <= 0 {
		workers = DefaultFeedWorkers
	}
	if err := river.AddWorkerSafely(cfg.Workers, &sweepWorker[TTx]{due: f.Due}); err != nil {
		return fmt.Errorf("cannot run feed polls: %w", err)
	}
	if err := river.AddWorkerSafely(cfg.Workers, &feedWorker{poll: f.Poll}); err != nil {
		return fmt.Errorf("cannot run feed polls: %w", err)
	}
	cfg.Queues[FeedQueue] = river.QueueConfig{MaxWorkers: workers}
	cfg.PeriodicJobs = append(cfg.PeriodicJobs, river.NewPeriodicJob(river.PeriodicInterval(sweep),
		func() (river.JobArgs, *river.InsertOpts) { return SweepArgs{}, nil },
		&river.PeriodicJobOpts{RunOnStart: true}))
	return nil
}

// sweepOf returns how often f's due feeds are looked for.
func sweepOf(f *FeedConfig) time.Duration {
	if f.Sweep <= 0 {
		return DefaultSweep
	}
	return f.Sweep
}
