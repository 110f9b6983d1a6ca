// Package queue is the durable work queue of the service half of Chorus
// (articles → stories → summaries kept current): it wraps River
// (github.com/riverqueue/river), whose jobs live in the store's own
// database, so a summary job is enqueued in the transaction that changes its
// story and is claimed by exactly one worker of any process sharing the
// database, retried with back-off when it fails and rescued when the process
// working it dies.
//
// The sqlite and postgres stores each hold a Queue over their database
// (riversqlite and riverpgxv5 drivers) and hand the service a Runner through
// their Queue method (the Store interface here); the root package knows
// nothing of River.
package queue

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"
)

// SummaryKind is the River job kind of a summary job.
const SummaryKind = "chorus_summary"

// SummaryArgs asks for the summary of a story's latest version: one job per
// story, not per version. After is the story's summary version when the
// job was queued; jobs are unique by their arguments among those not
// finished, so every change to a story while its job waits (or runs)
// joins that job, and a burst of changes costs one computation, of the
// latest version. A job whose story has been summarized since it was
// queued (its summary version is no longer After) has nothing to do: the
// job that saved that summary queued the next one when the story had moved
// on meanwhile.
type SummaryArgs struct {
	StoryID int64 `json:"story_id"`
	After   int64 `json:"after"`
}

// Kind implements river.JobArgs.
func (SummaryArgs) Kind() string { return SummaryKind }

// InsertOpts implements river.JobArgsWithInsertOpts: unique by arguments
// among the jobs not finished (waiting, due, running or to be retried);
// a finished job does not stop a new one.
func (SummaryArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: unfinished}}
}

// unfinished are the job states in which a summary job is unique: River's
// required ones and retryable, not completed (a completed job's story may
// need a new job of the same arguments: it ended without saving, as its
// story had been merged).
var unfinished = []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
	rivertype.JobStateRunning, rivertype.JobStateRetryable, rivertype.JobStateScheduled}

// Queue is River over one store's database; TTx is its driver's
// transaction type (*sql.Tx for SQLite, pgx.Tx for PostgreSQL).
type Queue[TTx any] struct {
	driver   riverdriver.Driver[TTx]
	schema   string
	pollOnly bool
	// textTimes is set for SQLite, whose times River stores as text.
	textTimes bool
	ins       *river.Client[TTx] // insert-only
	// wake wakes a sleeping runner when a job is queued (see Wake).
	wake chan struct{}
	// notified is when EnqueueTx last notified the workers of a due job
	// (Unix nanoseconds).
	notified atomic.Int64
	// onRun, when set, is called as a runner's Run starts (OnRun).
	onRun func()
	// tick and fetch are AlignDue's: the grid of due times, and the
	// function that has this process's running workers fetch now.
	tick  atomic.Int64 // nanoseconds; zero: due times are not aligned
	fetch func()
}

// OnRun sets fn to be called each time a runner of q starts Run, before
// River: a store with notifications subscribes there to those that Wake a
// sleeping runner (a one-shot command, which only Drains, subscribes to
// nothing). Call it before any runner runs.
func (q *Queue[TTx]) OnRun(fn func()) { q.onRun = fn }

// Insert notifications. River's inserting client notifies every process's
// workers (all their producers fetch) after an insert, at most once per
// its FetchCooldown, whenever the job is available — also when it is due a
// second later (Config.SummaryDelay), so each notification cost a fetch
// that found nothing in every process. EnqueueTx notifies itself, only of
// jobs due now; delayed jobs are found by the workers' polls (Config.Poll),
// as they were (the notified fetch came too early for them).
const (
	// notifyEvery is the least time between two notifications sent by one
	// process (River's default FetchCooldown).
	notifyEvery = 100 * time.Millisecond
	// insertTopic and insertPayload are River's notification of new jobs
	// in the default queue (river_insert, as its notifier names it).
	insertTopic = "river_insert"
	// quietInserts is the inserting client's FetchCooldown: its own
	// notification limiter lets one through in that long (it never
	// fetches: the client is never started).
	quietInserts = 24 * time.Hour
)

// insertPayload is River's payload of a notification of new jobs in the
// default queue.
var insertPayload = fmt.Sprintf("{\"queue\": %q}", river.QueueDefault)

// New returns the queue over driver's database, with River's tables in
// schema ("" means the connection's search path). pollOnly tells workers to
// poll rather than listen for new jobs (SQLite has no LISTEN/NOTIFY; River
// emulates it by polling a table every 50 ms, which costs more while idle
// than polling for jobs every Config.Poll).
func New[TTx any](driver riverdriver.Driver[TTx], schema string, pollOnly bool) (*Queue[TTx], error) {
	ins, err := river.NewClient(driver, &river.Config{
		Schema:     schema,
		Logger:     slog.New(slog.DiscardHandler),
		Middleware: []rivertype.Middleware{&createdAt{}},
		// River's own insert notifications off (see notifyEvery).
		FetchCooldown:     quietInserts,
		FetchPollInterval: quietInserts,
	})
	if err != nil {
		return nil, fmt.Errorf("cannot create job queue: %w", err)
	}
	_, textTimes := any(driver).(*riversqlite.Driver)
	return &Queue[TTx]{driver: driver, schema: schema, pollOnly: pollOnly, textTimes: textTimes, ins: ins,
		wake: make(chan struct{}, 1)}, nil
}

// Migrate applies River's pending migrations to the database.
func (q *Queue[TTx]) Migrate(ctx context.Context) error {
	m, err := rivermigrate.New(q.driver, &rivermigrate.Config{Schema: q.schema, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return fmt.Errorf("cannot migrate job queue: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("cannot migrate job queue: %w", err)
	}
	return nil
}

// EnqueueTx queues the summary of a story whose summary version is after
// inside tx, due at at (the time the story changed, by the service's
// clock). A job of the story with the same summary version that is not
// finished (queued, running or to be retried) is kept instead: the change
// joins it, and a job still waiting is postponed to at (up to MaxPostpone
// after it was first due). With AlignDue, at is rounded up to the grid.
//
// A job due now wakes the workers of every process (LISTEN/NOTIFY, at most
// one notification per notifyEvery from this process); a job due later is
// found by their next poll after it is due.
func (q *Queue[TTx]) EnqueueTx(ctx context.Context, tx TTx, storyID, after int64, at time.Time) error {
	return q.EnqueueManyTx(ctx, tx, []Summary{{StoryID: storyID, After: after, At: at}})
}

// Summary is one summary job to queue: the story, its summary version and
// the time it changed (EnqueueTx's arguments).
type Summary struct {
	StoryID, After int64
	At             time.Time
}

// EnqueueManyTx queues the summaries of jobs inside tx as EnqueueTx does,
// in one insert (one statement on PostgreSQL, however many stories a
// transaction changed).
func (q *Queue[TTx]) EnqueueManyTx(ctx context.Context, tx TTx, jobs []Summary) error {
	if len(jobs) == 0 {
		return nil
	}
	params := make([]river.InsertManyParams, len(jobs))
	ats := make([]time.Time, len(jobs))
	now := time.Now()
	for i, j := range jobs {
		params[i] = river.InsertManyParams{Args: SummaryArgs{StoryID: j.StoryID, After: j.After}}
		ats[i] = q.align(j.At, now).UTC()
	}
	res, err := q.ins.InsertManyTx(context.WithValue(ctx, atKey{}, ats), tx, params)
	if err != nil {
		return fmt.Errorf("cannot queue summaries of %d stories: %w", len(jobs), err)
	}
	if len(res) != len(jobs) {
		return fmt.Errorf("cannot queue summaries: %d results for %d jobs", len(res), len(jobs))
	}
	// The results are matched to the jobs by story, not by position (the
	// insert's RETURNING order is the server's).
	at := make(map[int64]time.Time, len(jobs))
	for i, j := range jobs {
		at[j.StoryID] = ats[i]
	}
	dueNow := false
	for _, r := range res {
		var a SummaryArgs
		if r.Job == nil || json.Unmarshal(r.Job.EncodedArgs, &a) != nil {
			return fmt.Errorf("cannot queue summaries: a job of unknown story")
		}
		t, ok := at[a.StoryID]
		if !ok {
			return fmt.Errorf("cannot queue summaries: a job of story %d, not queued", a.StoryID)
		}
		if r.UniqueSkippedAsDuplicate {
			if err := q.postpone(ctx, tx, r.Job, t); err != nil {
				return err
			}
			continue
		}
		dueNow = dueNow || !t.After(now)
	}
	// Wake this process's runner if it sleeps: the job is seen once tx
	// commits, by the client it starts (its first fetch, or its poll).
	q.wakeUp()
	if q.pollOnly || !dueNow || !q.notifyNow() {
		return nil
	}
	err = q.driver.UnwrapExecutor(tx).NotifyMany(ctx, &riverdriver.NotifyManyParams{Payload: []string{insertPayload}, Schema: q.schema, Topic: insertTopic})
	if err != nil {
		return fmt.Errorf("cannot notify the job workers: %w", err)
	}
	return nil
}

// MaxPostpone bounds how far later changes to a story push its waiting
// summary job (see EnqueueTx): a story that keeps changing is summarized
// at most this long after its job was first due.
const MaxPostpone = 5 * time.Second

// postpone moves the due time of job, waiting for its story's summary, to
// at when a new change to the story joins it: a burst of changes is
// summarized once, SummaryDelay after its last change rather than its
// first, but never later than MaxPostpone after the job was first due
// (its creation time, createdAt). A job that runs already, or is due by
// at, is left as it is.
func (q *Queue[TTx]) postpone(ctx context.Context, tx TTx, job *rivertype.JobRow, at time.Time) error {
	if job == nil || job.State != rivertype.JobStateAvailable {
		return nil
	}
	due := at.UTC()
	if latest := job.CreatedAt.Add(MaxPostpone); due.After(latest) {
		due = q.align(latest, time.Now()).UTC()
	}
	if !due.After(job.ScheduledAt) {
		return nil
	}
	var arg any = due
	if q.textTimes {
		arg = due.Round(time.Millisecond).Format(sqliteTime)
	}
	err := q.driver.UnwrapExecutor(tx).Exec(ctx, "UPDATE river_job SET scheduled_at = $1 WHERE id = $2 AND state = 'available'", arg, job.ID)
	if err != nil {
		return fmt.Errorf("cannot postpone the summary of a story: %w", err)
	}
	return nil
}

// AlignDue has the summary jobs queued from now on fall due on a grid of
// tick (at the next multiple of tick, in Unix time, from the time asked
// for; a job due now stays due now), and the runners of q call fetch at
// every multiple, while River runs, so that they take the jobs due then
// at once. fetch must not block; it has this process's River workers
// fetch (on PostgreSQL, a notification of new jobs handed to River's
// listener in the process, with no round trip).
//
// Why: a job waiting for its due time is found by the workers' next poll,
// every Config.Poll in each process, at a random moment. One process
// found a job half a poll after it was due, four processes a fifth of a
// poll, so with one process more changes to a story came while its job
// was due but not started and joined it: four processes computed 13.5%
// more summaries of the same stream (Multi-News, 2,000 clusters). On the
// grid every process takes a job at the same moment, however many poll,
// so a story's changes are summarized together the same way with one
// process as with twenty: a change is summarized SummaryDelay after it,
// rounded up to the tick (on average half a tick later, as with one
// process's poll before).
//
// Call it before queuing jobs; tick zero turns it off.
func (q *Queue[TTx]) AlignDue(tick time.Duration, fetch func()) {
	q.fetch = fetch
	q.tick.Store(int64(tick))
}

// ticks returns AlignDue's tick when the runners fetch at it, else zero.
func (q *Queue[TTx]) ticks() time.Duration {
	if q.fetch == nil {
		return 0
	}
	return time.Duration(q.tick.Load())
}

// align returns at on AlignDue's grid: at itself when it is not after now
// (due now) or when due times are not aligned, else the first multiple
// of the tick at or after at.
func (q *Queue[TTx]) align(at, now time.Time) time.Time {
	tick := q.tick.Load()
	if tick <= 0 || !at.After(now) {
		return at
	}
	ns := at.UnixNano()
	if r := ns % tick; r != 0 {
		ns += tick - r
	}
	return time.Unix(0, ns)
}

// fetchOffset is how long after each multiple of AlignDue's tick the
// runners fetch: the jobs due at the multiple are due by then on the
// server's clock too (one machine: the same clock; several: NTP's
// milliseconds).
const fetchOffset = 5 * time.Millisecond

// ticking calls AlignDue's fetch at every multiple of its tick (plus
// fetchOffset) until the returned function is called, which waits for it
// to stop. Without AlignDue it does nothing.
func (q *Queue[TTx]) ticking() (stop func()) {
	tick := time.Duration(q.tick.Load())
	if tick <= 0 || q.fetch == nil {
		return func() {}
	}
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			now := time.Now()
			k := (now.UnixNano()-int64(fetchOffset))/int64(tick) + 1
			next := time.Unix(0, k*int64(tick)+int64(fetchOffset))
			t := time.NewTimer(next.Sub(now))
			select {
			case <-done:
				t.Stop()
				return
			case <-t.C:
				q.fetch()
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
	}
}

// sqliteTime is River's format of times in SQLite (riversqlite), the only
// one its queries compare correctly.
const sqliteTime = "2006-01-02 15:04:05.000"

// notifyNow reports whether EnqueueTx may notify now, at most once per
// notifyEvery.
func (q *Queue[TTx]) notifyNow() bool {
	now := time.Now().UnixNano()
	last := q.notified.Load()
	return now-last >= int64(notifyEvery) && q.notified.CompareAndSwap(last, now)
}

// atKey is the context key of the times EnqueueManyTx passes to
// createdAt, one per job inserted.
type atKey struct{}

// createdAt stamps a job's creation and scheduled times with the time its
// story changed, by the service's clock, so that jobs, retries and the age
// of the oldest job are all measured on one clock (a test's, when it
// injects one). The job stays available: River makes a job given an
// explicit ScheduledAt wait for its scheduler, which runs every few seconds
// on the leader only.
type createdAt struct{ river.MiddlewareDefaults }

// InsertMany implements rivertype.JobInsertMiddleware.
func (*createdAt) InsertMany(ctx context.Context, params []*rivertype.JobInsertParams, inner func(context.Context) ([]*rivertype.JobInsertResult, error)) ([]*rivertype.JobInsertResult, error) {
	if ats, ok := ctx.Value(atKey{}).([]time.Time); ok && len(ats) == len(params) {
		for i, p := range params {
			p.CreatedAt, p.ScheduledAt = &ats[i], &ats[i]
		}
	}
	return inner(ctx)
}
