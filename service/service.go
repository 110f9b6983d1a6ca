// Package service is the story engine behind `chorus serve`: the service
// half of Chorus (articles → stories → summaries kept current). It ingests
// articles idempotently into a store, groups them into stories with the
// online clusterer of package story, and runs background workers that keep
// each story's summary current from a durable work queue (River, package
// queue, in the store's database). *Service
// implements chorus.StoryService.
//
// Many processes may share one store (N `chorus serve` on one PostgreSQL,
// or `chorus ingest` beside `chorus serve` on one SQLite file); any of them
// takes writes and reads. Story assignment, sequential by nature, runs in
// one of them at a time, the assigner, elected through the store
// (chorus.Elector: a PostgreSQL session advisory lock on a dedicated
// connection, an flock beside the SQLite file, both freed when the holder
// dies). Ingest stores an article and queues it in the store's inbox in one
// transaction, without the assigner's lock, and then waits (bounded by
// Options.AssignWait) for its story. The assigner takes the inbox in order,
// in batches of one transaction each, decides with its in-memory index,
// and appends every decision to an ordered change log (insert, update,
// merge; unique per inbox entry, so an article is never assigned twice and
// an entry left by a dead assigner is assigned by the next). Only the
// assigner holds an index: it loads it once when it takes the role (the
// stories with an article ingested within two windows of the latest
// ingestion, the rule by which the live index forgets stories) or catches up
// from the change log; the other processes never rebuild and read stories
// from the store. See assign.go.
package service

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/queue"
	"github.com/chorusnews/chorus/story"
	"github.com/chorusnews/chorus/summarize"
	"github.com/prometheus/client_golang/prometheus"
)

// SummarizeFunc computes a summary of a story's articles.
type SummarizeFunc func(articles []chorus.Article, opts chorus.Options) (chorus.Summary, error)

// Options configures Open. The zero value of every field means its default.
type Options struct {
	// Clock returns the current time; nil means time.Now.
	Clock func() time.Time
	// Workers is the number of summaries computed at once; zero means 1.
	// The process takes jobStreams jobs per worker at once from the queue:
	// a job that waits for a worker holds its story's job, so the story's
	// changes meanwhile join it, and a job with nothing left to do (its
	// story merged or summarized since) ends without waiting long.
	Workers int
	// SummaryWords is the summary word budget; zero means the summarizer's
	// adaptive default (a length that follows the story's distinct content,
	// at most chorus.DefaultWords).
	SummaryWords int
	// Cluster tunes the clusterer. Its Window, the story time window (zero
	// means story.DefaultWindow, 72h), also bounds which stories a new
	// assigner loads: those with an article ingested within twice the
	// window of the latest ingestion.
	Cluster story.Options
	// Summarize computes summaries; nil means summarize.Summarize.
	Summarize SummarizeFunc
	// Poll is how often idle workers look for due jobs; zero means
	// queue.DefaultPoll (1s). On PostgreSQL new jobs wake the workers at
	// once (LISTEN/NOTIFY); on SQLite, which has none, Poll is the longest
	// a new job waits, and an idle process's cost: one poll a Poll. The
	// story assigner polls its inbox as often for articles written by other
	// processes where the store cannot notify it (SQLite); its own
	// process's writes wake it at once.
	Poll time.Duration
	// SleepAfter is how long the job workers on SQLite (no LISTEN/NOTIFY)
	// keep polling with nothing to do before they stop until this process
	// queues a job, a queued job comes due, or a minute passes; zero means
	// queue.DefaultSleepAfter (5s), negative never sleeps. PostgreSQL's
	// workers wait on notifications and never poll.
	SleepAfter time.Duration
	// StuckAfter is how long a summary job may run before it is taken for
	// abandoned (its process died) and retried; zero means
	// queue.DefaultStuckAfter (5 minutes).
	StuckAfter time.Duration
	// Logger receives the summary workers' errors (and River's own log),
	// the story assigner's leadership changes and, at debug level, its
	// batches and the summary jobs done; nil discards them. Every record
	// names the process (attribute "process").
	Logger *slog.Logger
	// Registerer, when set, receives the service's metrics: summary jobs
	// (queued, running, done, failed, age of the oldest), the story
	// assigner (leadership, batches, articles, loads of its index,
	// change-log catch-up), Ingest's waits for stories and store lock waits.
	Registerer prometheus.Registerer
	// SummaryDelay is how long after a change to a summarized story (an
	// article joining it, a new text, a merge) its summary job is due, so
	// that a burst of changes is summarized once, at its latest version:
	// a change made while the story's job waits joins it and postpones it
	// to SummaryDelay after that change, but no more than
	// queue.MaxPostpone (5 s) after the job was first due, so a story that
	// keeps changing is still summarized. A new story's first summary is
	// due SummaryDelay after its first article too: a new story's next
	// articles often follow at once, and a summary of the first alone,
	// computed at once whenever a worker was free, made the number of
	// summaries grow with the number of workers. On PostgreSQL the due
	// time is rounded up to the next multiple of Poll, at which every
	// process's workers fetch (queue.Queue.AlignDue): a job is taken as
	// soon after its due time with one process as with many, so changes
	// are summarized together alike (before, one process found a job half
	// a Poll after it was due, four a fifth). Zero means no delay;
	// `chorus serve` uses DefaultSummaryDelay.
	SummaryDelay time.Duration
	// AssignWait bounds how long Ingest waits for the story assigner to
	// place its articles; zero means DefaultAssignWait (10 s). After it,
	// Ingest answers with the articles stored and their stories pending
	// (IngestResult.StoryID zero).
	AssignWait time.Duration
	// SummaryNice, when positive, is the nice value (1 to 19) of the OS
	// threads on which Run computes summaries, one per worker, on Linux:
	// summaries then take the CPU that writes leave idle, so that a
	// write's wait for its story (the assigner, the request handlers, in
	// every process on the machine) does not queue behind them, and a
	// summary job that waits longer takes in more of its story's changes.
	// Zero computes them at the process's priority; elsewhere than Linux
	// it is ignored. `chorus serve` uses DefaultSummaryNice.
	SummaryNice int
	// LeadRetry is how often a process that does not assign stories tries
	// to take the role over (when its holder stopped or died) while it has
	// queued articles for the assigner within the last AssignWait; zero
	// means DefaultLeadRetry (1 s). A process with no such write tries
	// every leadIdleRetry, and at once when it next queues one.
	LeadRetry time.Duration
}

// Service is the story engine. It is safe for concurrent use.
type Service struct {
	opts  Options
	store chorus.Store

	// mu guards the story assigner's state: the leadership, the index and
	// the broadcast channel; held through an assignment batch.
	mu      sync.Mutex
	elector chorus.Elector    // the store's, nil when it has none
	lead    chorus.Leadership // held while this process assigns stories
	clu     *story.Clusterer  // the assigner's index; nil until it leads
	cluSeq  int64             // the change log Seq that clu reflects
	// assigned is closed, and replaced, after every assignment batch of
	// this process.
	assigned chan struct{}
	// watched holds the inbox entries this process's Ingest calls wait
	// for, and the assigner's decisions once committed (see watch).
	watched  map[int64]assignment
	handOver []handOver   // the current batch's decisions of watched entries
	looping  atomic.Int64 // Run's assigner loops running
	// queuedAt is when this process last queued articles for the
	// assigner (Unix nanoseconds), and queuedNow holds a token when it
	// did since the assigner loop last looked (see followerWait).
	queuedAt  atomic.Int64
	queuedNow chan struct{}
	holder    string // this process, in logs and the change log
	log       *slog.Logger

	metrics metrics

	queue   queue.Store  // the store, as a job queue
	qc      queue.Config // of jobs
	jobs    queue.Runner // the store's summary jobs
	running atomic.Int64 // summary jobs being worked in this process
	// computing holds a slot per summary being computed: Options.Workers.
	computing chan struct{}
	// bg computes summaries on threads of lower priority while Run runs
	// (Options.SummaryNice); nil computes them on the job's goroutine.
	bg atomic.Pointer[background]
}

// jobStreams is the number of queue slots per summary worker (see
// Options.Workers).
const jobStreams = 4

var _ chorus.StoryService = (*Service)(nil)

// Open returns the service over store, an opened chorus.Store (package
// sqlite or postgres). It reads nothing: the story index is loaded by the
// process that takes the story assigner's role (see assign.go). Open takes the store over: Service.Close closes it, and so
// does Open when it fails. The store must hold a job queue (queue.Store: the
// sqlite and postgres stores do). Call Run to start the summary workers.
func Open(ctx context.Context, store chorus.Store, opts Options) (*Service, error) {
	if store == nil {
		return nil, chorus.Errorf(chorus.EINVALID, "no story store")
	}
	clock := opts.Clock // River keeps its own clock unless a test injects one
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Workers <= 0 {
		opts.Workers = 1
	}
	if opts.SummaryNice < 0 || !canNice {
		opts.SummaryNice = 0
	}
	opts.SummaryNice = min(opts.SummaryNice, 19)
	if opts.SummaryWords < 0 {
		opts.SummaryWords = 0
	}
	if opts.Cluster.Window <= 0 {
		opts.Cluster.Window = story.DefaultWindow
	}
	if opts.Summarize == nil {
		opts.Summarize = summarize.Summarize
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.AssignWait <= 0 {
		opts.AssignWait = DefaultAssignWait
	}
	if opts.LeadRetry <= 0 {
		opts.LeadRetry = DefaultLeadRetry
	}
	if opts.Poll <= 0 {
		opts.Poll = queue.DefaultPoll
	}
	s := &Service{opts: opts, store: store, holder: holderName(), assigned: make(chan struct{}),
		watched: make(map[int64]assignment), queuedNow: make(chan struct{}, 1)}
	s.log = opts.Logger.With("process", s.holder)
	s.elector, _ = store.(chorus.Elector)
	qs, ok := store.(queue.Store)
	if !ok {
		store.Close()
		return nil, chorus.Errorf(chorus.EINVALID, "the store has no job queue")
	}
	s.computing = make(chan struct{}, opts.Workers)
	qc := queue.Config{Work: s.work, Workers: jobStreams * opts.Workers, Poll: opts.Poll, SleepAfter: opts.SleepAfter, StuckAfter: opts.StuckAfter, Logger: opts.Logger}
	if clock != nil {
		qc.Clock = clock
	}
	s.queue, s.qc = qs, qc
	var err error
	if s.jobs, err = qs.Queue(qc); err != nil {
		store.Close()
		return nil, err
	}
	if err := s.newMetrics(opts.Registerer); err != nil {
		store.Close()
		return nil, err
	}
	return s, nil
}

// PollFeeds has Run also work feed polls as jobs of the store's queue,
// shared by every process running on the store: a periodic sweep, by
// River's leader, queues a poll of each due feed, and one worker of one
// process polls it. Call it before Run; a process that leaves it uncalled
// still works summaries. Every process that may lead should call it, as
// only the leader's sweep queues polls.
func (s *Service) PollFeeds(f queue.FeedConfig) error {
	qc := s.qc
	qc.Feeds = &f
	jobs, err := s.queue.Queue(qc)
	if err != nil {
		return err
	}
	s.jobs = jobs
	return nil
}

// Close gives up the story assigner's role, if this process holds it, and
// closes the store. Stop Run first.
func (s *Service) Close() error {
	s.stepDown(nil)
	return s.store.Close()
}

// Check verifies the store's invariants when the store offers a check (the
// sqlite and postgres stores do), and returns nil when they hold.
func (s *Service) Check(ctx context.Context) error {
	if c, ok := s.store.(interface{ Check(context.Context) error }); ok {
		return c.Check(ctx)
	}
	return nil
}

// now returns the current time from the injected clock, in UTC.
func (s *Service) now() time.Time { return s.opts.Clock().UTC() }

// doc returns the clusterer's view of a stored article: its publication
// time when known, and its ingestion time as the time seen, so an undated
// article is windowed by when it arrived, never against a dated story's
// publication dates.
func doc(a chorus.ArticleRecord) story.Doc {
	return story.Doc{ID: a.ID, Title: a.Title, Text: a.Text, Time: a.Published, Seen: a.Ingested}
}
