package chorus

import (
	"context"
	"errors"
	"time"
)

// This file holds the persistence interface of the story service (service
// half: articles → stories → summaries kept current). The sqlite and
// postgres packages implement it (their shared SQL lives in
// internal/sqlstore); storetest holds the suite every implementation must
// pass. cmd/chorus chooses the implementation and hands it to service.Open.

// ErrNotFound is returned by store look-ups that find nothing.
var ErrNotFound = &Error{Code: ENOTFOUND, Message: "not found"}

// ErrVersion is returned by StoreTx.SaveSummary when it refuses a summary:
// the story is missing or merged, or it already holds a summary computed
// from the same or a later version.
var ErrVersion = &Error{Code: ECONFLICT, Message: "story changed since the summary was computed"}

// IsNotFound reports whether err means a look-up found nothing.
func IsNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

// ArticleRecord is an article as persisted: the stored article plus the keys
// used for idempotent ingest.
type ArticleRecord struct {
	StoredArticle
	// Key is the article's identity: its normalized URL when it has one,
	// else its client ID or content hash. Unique in the store.
	Key string
	// Hash is the hex SHA-256 of the article's normalized text. Unique among
	// stored articles: an exact copy is stored once.
	Hash string
	// Seq orders articles by ingestion; the store assigns it.
	Seq int64
	// Owner is the writer that created the article (see WithWriter); only
	// the same writer may replace its text.
	Owner string
}

// StoryRecord is a story as persisted.
type StoryRecord struct {
	Story
	// Last is the latest publication (or ingestion) time of the story's
	// articles; the clustering time window is measured from it.
	Last time.Time
	// MergedInto is the story this one was merged into, or zero.
	MergedInto int64
	// Version counts changes to the story's articles; every change bumps it.
	Version int64
	// SummaryVersion is the Version the stored summary was computed from.
	SummaryVersion int64
	// Summary is the current summary; nil until the first one is computed.
	Summary *StorySummary
}

// StorySummary is a story's summary as persisted: sentences with the times
// they first appeared, and the cited sources.
type StorySummary struct {
	Sentences []StorySentence `json:"sentences"`
	Sources   []Source        `json:"sources"`
	Words     int             `json:"words"`
	// Voices are the summary's speakers (Summary.Voices).
	Voices []Voice `json:"voices,omitzero"`
	// Disputes are the summary's points of dispute (Summary.Disputes).
	Disputes []Dispute `json:"disputes,omitzero"`
	// FirstPublished and LastPublished are the earliest and latest
	// publication times among the story's articles this summary was
	// computed from (Story.FirstPublished); zero when none has one, and in
	// summaries stored before they were recorded.
	FirstPublished time.Time `json:"first_published,omitzero"`
	LastPublished  time.Time `json:"last_published,omitzero"`
	// UndatedArticles counts the articles this summary was computed from
	// that have no publication time (Story.UndatedArticles); zero in
	// summaries stored before it was recorded.
	UndatedArticles int `json:"undated_articles,omitempty"`
	// Computed is when this summary was computed.
	Computed time.Time `json:"computed"`
	// Error is set when the summarizer rejected the story's articles.
	Error string `json:"error,omitempty"`
}

// StoreReader reads a consistent snapshot of the store.
type StoreReader interface {
	// Article returns the article with the given ID or ErrNotFound.
	Article(ctx context.Context, id string) (*ArticleRecord, error)
	// ArticleByKey returns the article with the given identity key or
	// ErrNotFound.
	ArticleByKey(ctx context.Context, key string) (*ArticleRecord, error)
	// ArticleByHash returns the article with the given text hash or
	// ErrNotFound.
	ArticleByHash(ctx context.Context, hash string) (*ArticleRecord, error)
	// Articles returns the stored articles among ids, in ingestion order
	// (an ID not stored is left out): one read for many articles.
	Articles(ctx context.Context, ids []string) ([]ArticleRecord, error)
	// StoryArticles returns a story's articles in ingestion order.
	StoryArticles(ctx context.Context, storyID int64) ([]ArticleRecord, error)
	// StoryArticlePage returns up to limit of a story's articles in
	// ingestion order after skipping offset, without their Text (left
	// empty), so that a page of a large story reads little.
	StoryArticlePage(ctx context.Context, storyID int64, limit, offset int) ([]ArticleRecord, error)
	// RecentArticles calls fn, in ingestion order, for every article of the
	// live stories that hold an article ingested at or after since (the
	// story clusterer's own aging clock: times seen, never publication
	// times; see LatestIngested).
	RecentArticles(ctx context.Context, since time.Time, fn func(ArticleRecord) error) error
	// LastSeq returns the highest article Seq stored, zero when there is no
	// article. Every new article raises it, so it tells a process whether
	// another one has ingested since it last looked.
	LastSeq(ctx context.Context) (int64, error)
	// Story returns the story with the given ID (merged or not) or
	// ErrNotFound; ArticleCount and SourceCount are counted.
	Story(ctx context.Context, id int64) (*StoryRecord, error)
	// Stories returns a page of live stories and the number matching q.
	Stories(ctx context.Context, q StoryQuery) ([]StoryRecord, int, error)
	// Feed returns the feed with the given ID or ErrNotFound.
	Feed(ctx context.Context, id int64) (*Feed, error)
	// FeedByURL returns the feed with the given URL or ErrNotFound.
	FeedByURL(ctx context.Context, url string) (*Feed, error)
	// Feeds returns every feed by ID.
	Feeds(ctx context.Context) ([]Feed, error)
	// APIKeyByHash returns the key whose secret hashes to hash (revoked or
	// not) or ErrNotFound.
	APIKeyByHash(ctx context.Context, hash string) (*APIKey, error)
	// APIKeys returns every key, revoked ones included, by creation.
	APIKeys(ctx context.Context) ([]APIKey, error)
	// Inbox returns up to limit entries of the assignment inbox, oldest
	// first, each with its article as stored now.
	Inbox(ctx context.Context, limit int) ([]InboxEntry, error)
	// Waiting returns how many of the inbox entries seqs are still in the
	// inbox (not yet assigned).
	Waiting(ctx context.Context, seqs []int64) (int, error)
	// Changes returns up to limit entries of the change log after seq
	// after, in order.
	Changes(ctx context.Context, after int64, limit int) ([]Change, error)
	// LastChange returns the highest change log Seq, zero when it is empty.
	LastChange(ctx context.Context) (int64, error)
	// LatestIngested returns the latest ingestion time of an article
	// assigned to a story, zero when there is none: the clock of the story
	// window when the index is loaded, as the story clusterer ages its
	// stories by the times their articles were seen (ingested).
	LatestIngested(ctx context.Context) (time.Time, error)
}

// Change kinds of the story assignment change log.
const (
	ChangeInsert = "insert" // a new article was assigned to Story
	ChangeUpdate = "update" // a stored article's new text was reassessed in Story
	ChangeMerge  = "merge"  // story From was merged into Story
)

// Change is one entry of the ordered change log that the story assigner
// appends to as it assigns articles: what it decided, in the order it
// decided it, so that any process can follow the assignment incrementally.
type Change struct {
	// Seq orders the log; the store assigns it.
	Seq int64 `json:"seq"`
	// Kind is ChangeInsert, ChangeUpdate or ChangeMerge.
	Kind string `json:"kind"`
	// Article is the article assigned (for a merge: the one that caused it).
	Article string `json:"article"`
	// Story is the article's story (for a merge: the story merged into).
	Story int64 `json:"story"`
	// From is the story merged into Story (ChangeMerge only).
	From int64 `json:"from,omitempty"`
	// DuplicateOf is the article's copy decision (insert and update).
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Inbox is the inbox entry the change consumed: the store refuses a
	// second change of the same kind for one entry (and story merged), so
	// an entry is never assigned twice.
	Inbox int64 `json:"inbox"`
	// Holder names the process that made the change.
	Holder string `json:"holder"`
	// At is when the change was made.
	At time.Time `json:"at"`
}

// InboxEntry is an article waiting for the story assigner: new, or stored
// with new text.
type InboxEntry struct {
	// Seq orders the inbox; the store assigns it.
	Seq int64
	// Article is the article as stored now; StoryID is zero while it has
	// never been assigned.
	Article ArticleRecord
}

// StoreTx is a write transaction. Its reads see its own writes.
type StoreTx interface {
	StoreReader
	// PutArticle inserts a new article (a.ID not stored yet) or replaces the
	// stored one with the same ID. It returns the article's Seq. A zero
	// a.StoryID stores a new article unassigned (see QueueArticle) and keeps
	// a replaced article's story.
	PutArticle(ctx context.Context, a ArticleRecord) (int64, error)
	// Lock takes, until the transaction ends, exclusive locks named by
	// names, so that the writers of one name run one at a time (ingest locks
	// an article's key and text hash). A store whose writes are all
	// serialized does nothing; one may take the locks with the
	// transaction's next statement (PostgreSQL, in one round trip), which
	// then reports their error.
	Lock(ctx context.Context, names ...string) error
	// QueueArticle appends the stored article id to the assignment inbox
	// and returns the entry's Seq.
	QueueArticle(ctx context.Context, id string, now time.Time) (int64, error)
	// AssignArticle records the story assigner's decision for a stored
	// article: its story and copy decision.
	AssignArticle(ctx context.Context, id string, story int64, dupOf string) error
	// Dequeue removes the inbox entry seq, or returns ErrVersion when it
	// is gone (another assigner consumed it).
	Dequeue(ctx context.Context, seq int64) error
	// AppendChange appends c to the change log and returns its Seq; it
	// returns ErrVersion when c's Inbox entry was consumed already.
	AppendChange(ctx context.Context, c Change) (int64, error)
	// CreateStory stores a new story and returns its ID. The story's first
	// summary job is queued with it, due at s.Updated, or at s.Created
	// when Updated is zero (the stored story's updated time is Created
	// either way).
	CreateStory(ctx context.Context, s StoryRecord) (int64, error)
	// TouchStory records a change to a story's articles: it bumps Version,
	// raises Last to at least last and queues, with the transaction, the
	// story's summary job, due at now, unless one waits already (one job
	// per story: the change joins the job queued since the story's last
	// summary, which summarizes the version it finds when it runs).
	TouchStory(ctx context.Context, id int64, last, now time.Time) error
	// MergeStory moves every article of from into into, marks from as merged
	// into into and touches into.
	MergeStory(ctx context.Context, from, into int64, now time.Time) error
	// SaveSummary stores a summary computed from the story at version when
	// version is newer than the stored summary's SummaryVersion (and not
	// newer than the story's Version), and the story is live; it then sets
	// SummaryVersion to version. It returns ErrVersion, and changes nothing,
	// otherwise. After saving, current reports whether version is still the
	// story's Version; when the story moved on, the caller queues its next
	// summary (QueueSummary) while readers see the newer-but-stale one
	// meanwhile. updated is the story's new Updated time (unchanged when
	// the summary's sentences did not change).
	SaveSummary(ctx context.Context, id, version int64, title string, sum StorySummary, updated time.Time) (current bool, err error)
	// QueueSummary queues, with the transaction, the summary job of a live
	// story whose summary is older than its Version, due at at, unless one
	// waits already; it does nothing for a story that is current, merged
	// or missing.
	QueueSummary(ctx context.Context, id int64, at time.Time) error
	// AddFeed stores a feed if its URL is new and returns the stored feed.
	AddFeed(ctx context.Context, url string, now time.Time) (*Feed, error)
	// UpdateFeed saves a feed's polling state, or returns ErrNotFound.
	UpdateFeed(ctx context.Context, f Feed) error
	// RemoveFeed deletes the feed with the given ID, or returns
	// ErrNotFound. The articles it brought stay.
	RemoveFeed(ctx context.Context, id int64) error
	// AddAPIKey stores a new key; its ID and Hash must be new.
	AddAPIKey(ctx context.Context, k APIKey) error
	// RevokeAPIKey marks the key with the given ID revoked at now (a key
	// already revoked keeps its first time), or returns ErrNotFound.
	RevokeAPIKey(ctx context.Context, id string, now time.Time) error
}

// Store persists articles, stories, summaries and feeds, and queues a
// story's summary job in the transaction that changes the story (the sqlite
// and postgres stores hand the job queue to the service through package
// queue). Implementations are safe for concurrent use. Writes may run
// concurrently (PostgreSQL) or one at a time (SQLite): writers that must
// not interleave take StoreTx.Lock; story assignment runs only under the
// Leadership of an Elector.
type Store interface {
	// View runs fn in a read-only transaction.
	View(ctx context.Context, fn func(StoreReader) error) error
	// Update runs fn in a write transaction, committed durably when fn
	// returns nil and rolled back otherwise.
	Update(ctx context.Context, fn func(StoreTx) error) error
	// Close releases the store.
	Close() error
}

// Elector elects the story assigner among the processes sharing a store:
// one Leadership at a time. The sqlite and postgres stores implement it.
type Elector interface {
	// Lead returns the leadership when this caller gets it, or nil (and no
	// error) while another holds it. It returns at once.
	Lead(ctx context.Context, holder string) (Leadership, error)
}

// Leadership is the right to assign stories, held by one process until it
// releases it or dies (its lock is then freed by the database or the
// operating system, so another process can take over).
type Leadership interface {
	// Update runs fn in a write transaction that can only commit while the
	// leadership is held.
	Update(ctx context.Context, fn func(StoreTx) error) error
	// Wait returns when the inbox may have grown (a write in this or, where
	// the store can tell, another process), after at most d, or when ctx
	// ends. It returns an error when the leadership was found lost.
	Wait(ctx context.Context, d time.Duration) error
	// Release gives the leadership up.
	Release() error
}
