package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivertype"
)

// Defaults of Config.
const (
	// DefaultPoll is how often an idle worker looks for jobs: on SQLite,
	// which has no LISTEN/NOTIFY, it is also the longest a new job waits.
	DefaultPoll = time.Second
	// DefaultStuckAfter is how long a job may run before River's rescuer
	// takes it for abandoned (its process died) and retries it. A summary
	// takes well under a second; the margin keeps a slow one from running
	// twice.
	DefaultStuckAfter = 5 * time.Minute
	// fetchCooldown is the least time between two fetches of jobs by one
	// process. River's default, 100 ms, caps a process at ten fetches a
	// second, each taking at most its free worker slots: with one slot,
	// ten jobs a second, fewer than one process ingests (some jobs end at
	// once: their story merged or summarized since). It only matters under
	// load: an idle process fetches once a Poll.
	fetchCooldown = 10 * time.Millisecond
	// completedRetention is how long River keeps a completed job (its
	// default is a day, about 8.6 million rows at 100 story changes a
	// second).
	completedRetention = 15 * time.Minute
	// tickedPolls is how many of AlignDue's ticks River's own poll for
	// jobs waits where the ticks fetch (PostgreSQL). Every due time is on
	// the grid and every process fetches at each tick, so a poll every
	// Poll as well was a second fetch a second in every process, finding
	// nothing the tick had not; it stays as a fallback (the tick's fetch
	// reaches River through its notifier, which waits while the listening
	// connection reconnects).
	tickedPolls = 5
	// maxBackoff caps the delay before a failed job is retried.
	maxBackoff = 10 * time.Minute
)

// Job is one summary job as a worker sees it.
type Job struct {
	// StoryID is the story to summarize; After is its summary version
	// when the job was queued (SummaryArgs).
	StoryID, After int64
	// Attempt counts attempts, this one included.
	Attempt int
	// Scheduled is when the job became due.
	Scheduled time.Time
	// State is River's job state (available, running, retryable ...).
	State string
	// LastError is the error of the last failed attempt.
	LastError string
}

// Config configures a Runner. The zero value of every field but Work means
// its default.
type Config struct {
	// Work computes one job; an error schedules a retry with back-off.
	Work func(ctx context.Context, job Job) error
	// Workers is the number of jobs worked at once; zero means 1.
	Workers int
	// Poll is how often idle workers look for due jobs; zero means
	// DefaultPoll.
	Poll time.Duration
	// StuckAfter is how long a job may run before it is taken for abandoned
	// and retried; zero means DefaultStuckAfter.
	StuckAfter time.Duration
	// Clock, when set, is River's clock (tests inject one); nil means the
	// real time.
	Clock func() time.Time
	// Logger receives River's own log; nil discards it.
	Logger *slog.Logger
	// Feeds, when set, has Run also work feed polls (see FeedConfig).
	Feeds *FeedConfig
	// SleepAfter is how long a runner with nothing to do keeps River
	// running before it stops it until a job comes (see runSleepy); zero
	// means DefaultSleepAfter, negative never sleeps. A runner given a
	// Clock never sleeps.
	SleepAfter time.Duration
}

// Runner works the summary jobs of one store.
type Runner interface {
	// Run works jobs until ctx is done, then lets the jobs in hand finish
	// and returns ctx.Err().
	Run(ctx context.Context) error
	// Drain works, in the calling process, every job due now (retries
	// whose back-off has passed and jobs stuck longer than StuckAfter
	// included) until none is left, and returns how many it took. Tests and
	// one-shot commands use it instead of Run.
	Drain(ctx context.Context) (int, error)
	// Stats returns the number of queued jobs (due, delayed or running)
	// and the creation time of the oldest (zero when there is none).
	Stats(ctx context.Context) (queued int, oldest time.Time, err error)
	// Pending lists the queued summary jobs by ID, up to limit.
	Pending(ctx context.Context, limit int) ([]Job, error)
	// Asleep reports whether Run has stopped River for want of work (see
	// Config.SleepAfter).
	Asleep() bool
}

// Store is implemented by a chorus.Store whose database holds a queue (the
// sqlite and postgres stores do).
type Store interface {
	// Queue returns a Runner of the store's summary jobs.
	Queue(cfg Config) (Runner, error)
}

// queued are the states of a job not finished yet.
var queued = []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
	rivertype.JobStateRetryable, rivertype.JobStateRunning, rivertype.JobStateScheduled}

// Runner returns a Runner of q's jobs.
func (q *Queue[TTx]) Runner(cfg Config) (Runner, error) {
	if cfg.Work == nil {
		return nil, errors.New("cannot run jobs: no work function")
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 1
	}
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	if cfg.StuckAfter <= 0 {
		cfg.StuckAfter = DefaultStuckAfter
	}
	if cfg.SleepAfter == 0 {
		cfg.SleepAfter = DefaultSleepAfter
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &runner[TTx]{q: q, cfg: cfg}, nil
}

type runner[TTx any] struct {
	q   *Queue[TTx]
	cfg Config
	// asleep is set while runSleepy waits with River stopped.
	asleep atomic.Bool
}

// now returns the runner's current time.
func (r *runner[TTx]) now() time.Time {
	if r.cfg.Clock != nil {
		return r.cfg.Clock().UTC()
	}
	return time.Now().UTC()
}

// client returns a River client working summary jobs; drain configures
// one for Drain: quick polls, no leader election (Drain does the
// scheduling and rescue it needs itself), no listener.
func (r *runner[TTx]) client(taken, active *atomic.Int64, drain bool) (*river.Client[TTx], error) {
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, &summaryWorker{work: r.cfg.Work, taken: taken, active: active}); err != nil {
		return nil, fmt.Errorf("cannot run jobs: %w", err)
	}
	cfg := &river.Config{
		Schema:               r.q.schema,
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: r.cfg.Workers}},
		Workers:              workers,
		FetchPollInterval:    r.fetchPoll(),
		FetchCooldown:        min(fetchCooldown, r.cfg.Poll),
		JobTimeout:           -1, // a summary never blocks; Stop waits for it
		RescueStuckJobsAfter: r.cfg.StuckAfter,
		// A finished job's row serves no one (unique jobs are unique
		// among the unfinished ones): keep them briefly.
		CompletedJobRetentionPeriod: completedRetention,
		RetryPolicy:                 backoff{now: r.now},
		Logger:                      r.cfg.Logger,
		Middleware:                  []rivertype.Middleware{&createdAt{}},
		PollOnly:                    r.q.pollOnly,
	}
	if r.cfg.Clock != nil {
		cfg.Test.Time = clock(r.cfg.Clock)
	}
	if r.cfg.Feeds != nil && !drain {
		if err := addFeeds[TTx](cfg, r.cfg.Feeds); err != nil {
			return nil, err
		}
	}
	if drain {
		cfg.FetchPollInterval, cfg.FetchCooldown = 5*time.Millisecond, time.Millisecond
		cfg.LeaderElectionDisabled, cfg.PollOnly, cfg.TestOnly = true, true, true
	}
	c, err := river.NewClient(r.q.driver, cfg)
	if err != nil {
		return nil, fmt.Errorf("cannot run jobs: %w", err)
	}
	return c, nil
}

// fetchPoll is how often the River client of Run polls for jobs: every
// Poll, or every tickedPolls ticks where AlignDue's ticks fetch.
func (r *runner[TTx]) fetchPoll() time.Duration {
	if tick := r.q.ticks(); tick > 0 {
		return tickedPolls * tick
	}
	return r.cfg.Poll
}

// Run implements Runner.
func (r *runner[TTx]) Run(ctx context.Context) error {
	if r.q.onRun != nil {
		r.q.onRun()
	}
	if r.sleepy() {
		return r.runSleepy(ctx)
	}
	c, err := r.client(new(atomic.Int64), new(atomic.Int64), false)
	if err != nil {
		return err
	}
	if err := c.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("cannot start job workers: %w", err)
	}
	stopTicks := r.q.ticking()
	<-ctx.Done()
	stopTicks()
	if err := c.Stop(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("cannot stop job workers: %w", err)
	}
	return ctx.Err()
}

// Drain implements Runner. It runs a River client until no job is due
// and none is in hand, stops it (which finishes the jobs it fetched), and
// starts again while those left new jobs due.
func (r *runner[TTx]) Drain(ctx context.Context) (int, error) {
	if err := r.maintain(ctx); err != nil {
		return 0, err
	}
	var taken, active atomic.Int64
	for {
		due, err := r.due(ctx)
		if err != nil || !due {
			return int(taken.Load()), err
		}
		if err := r.drainOnce(ctx, &taken, &active); err != nil {
			return int(taken.Load()), err
		}
	}
}

// drainOnce runs one River client until no job is due and none is in
// hand, then stops it.
func (r *runner[TTx]) drainOnce(ctx context.Context, taken, active *atomic.Int64) error {
	c, err := r.client(taken, active, true)
	if err != nil {
		return err
	}
	if err := c.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("cannot start job workers: %w", err)
	}
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for err == nil {
		select {
		case <-ctx.Done():
			err = ctx.Err()
			continue
		case <-tick.C:
		}
		var due bool
		if due, err = r.due(ctx); err == nil && !due && active.Load() == 0 {
			break
		}
	}
	// Stop lets the jobs in hand finish and records their outcome.
	if serr := c.Stop(context.WithoutCancel(ctx)); serr != nil && err == nil {
		err = fmt.Errorf("cannot stop job workers: %w", serr)
	}
	return err
}

// maintain does, once, what River's leader does on its schedule: makes due
// the retries and scheduled jobs whose time has come, and retries jobs
// running for longer than StuckAfter.
func (r *runner[TTx]) maintain(ctx context.Context) error {
	exec := r.q.driver.GetExecutor()
	now := r.now()
	if _, err := exec.JobSchedule(ctx, &riverdriver.JobScheduleParams{Max: 10_000, Now: &now, Schema: r.q.schema}); err != nil {
		return fmt.Errorf("cannot schedule due jobs: %w", err)
	}
	horizon := now.Add(-r.cfg.StuckAfter)
	stuck, err := exec.JobGetStuck(ctx, &riverdriver.JobGetStuckParams{Max: 10_000, Schema: r.q.schema, StuckHorizon: horizon})
	if err != nil || len(stuck) == 0 {
		if err != nil {
			return fmt.Errorf("cannot find stuck jobs: %w", err)
		}
		return nil
	}
	p := &riverdriver.JobRescueManyParams{Schema: r.q.schema, StuckHorizon: horizon}
	for _, j := range stuck {
		msg, err := json.Marshal(rivertype.AttemptError{At: now, Attempt: max(j.Attempt, 1),
			Error: "stuck: running longer than " + r.cfg.StuckAfter.String()})
		if err != nil {
			return fmt.Errorf("cannot rescue job %d: %w", j.ID, err)
		}
		state, fin := rivertype.JobStateAvailable, (*time.Time)(nil)
		if j.Attempt >= j.MaxAttempts {
			state, fin = rivertype.JobStateDiscarded, &now
		}
		p.ID = append(p.ID, j.ID)
		p.Error = append(p.Error, msg)
		p.FinalizedAt = append(p.FinalizedAt, fin)
		p.ScheduledAt = append(p.ScheduledAt, now)
		p.State = append(p.State, string(state))
	}
	if _, err := exec.JobRescueMany(ctx, p); err != nil {
		return fmt.Errorf("cannot rescue stuck jobs: %w", err)
	}
	return nil
}

// due reports whether an available job is due now. (River makes a job
// that failed available at once, with its retry time in the future, when
// the back-off is shorter than its scheduler's interval.)
func (r *runner[TTx]) due(ctx context.Context) (bool, error) {
	res, err := r.q.ins.JobList(ctx, river.NewJobListParams().Kinds(SummaryKind).States(rivertype.JobStateAvailable).
		OrderBy(river.JobListOrderByScheduledAt, river.SortOrderAsc).First(1))
	if err != nil {
		return false, fmt.Errorf("cannot list jobs: %w", err)
	}
	return len(res.Jobs) > 0 && !res.Jobs[0].ScheduledAt.After(r.now()), nil
}

// count returns the number of jobs in state.
func (r *runner[TTx]) count(ctx context.Context, state rivertype.JobState) (int, error) {
	n, err := r.q.driver.GetExecutor().JobCountByState(ctx, &riverdriver.JobCountByStateParams{Schema: r.q.schema, State: state})
	if err != nil {
		return 0, fmt.Errorf("cannot count %s jobs: %w", state, err)
	}
	return n, nil
}

// Stats implements Runner.
func (r *runner[TTx]) Stats(ctx context.Context) (int, time.Time, error) {
	total := 0
	for _, st := range queued {
		n, err := r.count(ctx, st)
		if err != nil {
			return 0, time.Time{}, err
		}
		total += n
	}
	if total == 0 {
		return 0, time.Time{}, nil
	}
	res, err := r.q.ins.JobList(ctx, river.NewJobListParams().States(queued...).
		OrderBy(river.JobListOrderByID, river.SortOrderAsc).First(1))
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("cannot list jobs: %w", err)
	}
	var oldest time.Time
	if len(res.Jobs) > 0 {
		oldest = res.Jobs[0].CreatedAt.UTC()
	}
	return total, oldest, nil
}

// Pending implements Runner.
func (r *runner[TTx]) Pending(ctx context.Context, limit int) ([]Job, error) {
	res, err := r.q.ins.JobList(ctx, river.NewJobListParams().Kinds(SummaryKind).States(queued...).
		OrderBy(river.JobListOrderByID, river.SortOrderAsc).First(max(limit, 1)))
	if err != nil {
		return nil, fmt.Errorf("cannot list jobs: %w", err)
	}
	out := make([]Job, 0, len(res.Jobs))
	for _, j := range res.Jobs {
		var a SummaryArgs
		if err := json.Unmarshal(j.EncodedArgs, &a); err != nil {
			return nil, fmt.Errorf("cannot read job %d: %w", j.ID, err)
		}
		job := Job{StoryID: a.StoryID, After: a.After, Attempt: j.Attempt, Scheduled: j.ScheduledAt.UTC(), State: string(j.State)}
		if n := len(j.Errors); n > 0 {
			job.LastError = j.Errors[n-1].Error
		}
		out = append(out, job)
	}
	return out, nil
}

// summaryWorker is River's worker of summary jobs.
type summaryWorker struct {
	river.WorkerDefaults[SummaryArgs]
	work          func(context.Context, Job) error
	taken, active *atomic.Int64
}

// Work implements river.Worker.
func (w *summaryWorker) Work(ctx context.Context, j *river.Job[SummaryArgs]) error {
	w.taken.Add(1)
	w.active.Add(1)
	defer w.active.Add(-1)
	return w.work(ctx, Job{StoryID: j.Args.StoryID, After: j.Args.After, Attempt: j.Attempt,
		Scheduled: j.ScheduledAt.UTC(), State: string(j.State)})
}

// backoff is the retry policy: 1 s after the first failure, doubling up
// to maxBackoff.
type backoff struct{ now func() time.Time }

// NextRetry implements river.ClientRetryPolicy.
func (b backoff) NextRetry(j *rivertype.JobRow) time.Time {
	return b.now().Add(Backoff(j.Attempt))
}

// Backoff returns the delay before retrying a job that failed its
// attempt-th attempt: 1 s, 2 s, 4 s ... at most 10 minutes.
func Backoff(attempt int) time.Duration {
	return min(time.Second<<min(max(attempt-1, 0), 10), maxBackoff)
}

// clock is a rivertype.TimeGenerator over an injected clock.
type clock func() time.Time

// Now implements rivertype.TimeGenerator.
func (c clock) Now() time.Time { return c().UTC() }

// NowOrNil implements rivertype.TimeGenerator.
func (c clock) NowOrNil() *time.Time {
	t := c().UTC()
	return &t
}
