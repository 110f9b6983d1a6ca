package chorus

import (
	"context"
	"time"
)

// Ingest statuses reported in IngestResult.Status.
const (
	IngestCreated   = "created"   // a new article was stored
	IngestUpdated   = "updated"   // a stored article got new text
	IngestUnchanged = "unchanged" // the same article was already stored
	IngestRejected  = "rejected"  // the article was refused (see IngestResult.Error) and not stored
)

// StoredArticle is an article as kept by the story service. Its
// Article.DuplicateOf is the service's copy decision.
type StoredArticle struct {
	Article
	// StoryID is the story the article belongs to.
	StoryID int64 `json:"story_id"`
	// Ingested is when the article was first stored.
	Ingested time.Time `json:"ingested"`
	// Updated is when the article's text last changed.
	Updated time.Time `json:"updated"`
}

// IngestResult reports what happened to one ingested article.
type IngestResult struct {
	// ID is the stored article's ID.
	ID string `json:"id"`
	// Status is IngestCreated, IngestUpdated, IngestUnchanged or
	// IngestRejected.
	Status string `json:"status"`
	// StoryID is the story the article was assigned to.
	StoryID int64 `json:"story_id"`
	// DuplicateOf is set when the article is a copy of another.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Error says why an article was rejected ("article 2: unsupported
	// language: French (fr); Chorus summarizes English"); empty otherwise.
	Error string `json:"error,omitempty"`
}

// Story is a group of articles about one event.
type Story struct {
	// ID identifies the story.
	ID int64 `json:"id"`
	// Title is a headline for the story (from its most representative article).
	Title string `json:"title"`
	// Created is when the story was opened.
	Created time.Time `json:"created"`
	// Updated is when the story's summary last changed.
	Updated time.Time `json:"updated"`
	// ArticleCount counts the story's articles, duplicates included.
	ArticleCount int `json:"article_count"`
	// SourceCount counts the story's publishers among its independent
	// (non-duplicate) articles: one publisher (Source, compared without
	// case) counts once however many articles or feeds carry it; an
	// article without a Source counts on its own.
	SourceCount int `json:"source_count"`
	// Lead is the first sentence of the story's current summary, so a list
	// of stories can show the gist; empty until a summary is computed.
	Lead string `json:"lead,omitempty"`
	// FirstPublished and LastPublished are the earliest and latest
	// publication times among the story's articles (copies included) when
	// its current summary was computed: the span of the reports. Both are
	// zero when no article has a publication time, or before the first
	// summary (Summarized tells which).
	FirstPublished time.Time `json:"first_published,omitzero"`
	LastPublished  time.Time `json:"last_published,omitzero"`
	// UndatedArticles counts the story's articles (copies included) that
	// had no publication time when its current summary was computed: the
	// articles FirstPublished and LastPublished leave out. Zero before the
	// first summary and with a summary stored before it was recorded.
	UndatedArticles int `json:"undated_articles,omitempty"`
	// Summarized reports that the story has a computed summary, so that
	// zero FirstPublished and LastPublished mean "publication time unknown"
	// rather than "not known yet".
	Summarized bool `json:"summarized"`
}

// StorySentence is a summary sentence with the time it entered the summary.
type StorySentence struct {
	Sentence
	// Added is when this sentence first appeared in the story's summary.
	Added time.Time `json:"added"`
}

// StoryDetail is one story with its current summary, sources and changes.
type StoryDetail struct {
	Story
	// Summary holds the summary sentences in reading order; empty until the
	// first summary is computed.
	Summary []StorySentence `json:"summary"`
	// Sources lists the cited articles; StorySentence.Sources refers to Source.ID.
	Sources []Source `json:"sources"`
	// Articles lists one page of the story's articles in ingestion order
	// (StoryDetailQuery's Limit and Offset; Story.ArticleCount counts them
	// all), duplicates marked by DuplicateOf. Their Text is left empty:
	// Article returns it.
	Articles []StoredArticle `json:"articles"`
	// ArticleOffset is the position of Articles[0] among all the story's
	// articles.
	ArticleOffset int `json:"article_offset"`
	// New holds the summary sentences added after the time asked for.
	New []StorySentence `json:"new"`
	// Voices are the speakers of the current summary (Summary.Voices);
	// empty, never nil, in the service's answers.
	Voices []Voice `json:"voices"`
	// Disputes are the points of dispute of the current summary
	// (Summary.Disputes); empty, never nil, in the service's answers.
	Disputes []Dispute `json:"disputes"`
	// Timeline lists the listed Articles earliest first by their Reported
	// time (Timeline); empty, never nil, in the service's answers.
	Timeline []TimelineEntry `json:"timeline"`
	// Update is the "since T" view when StoryDetailQuery.Since is set: a
	// summary of what the articles dated after it add (focused on
	// StoryDetailQuery.Query when that is set); nil otherwise.
	Update *StoryUpdate `json:"update,omitempty"`
	// Focus is the story summarized for StoryDetailQuery.Query when that
	// is set; nil otherwise.
	Focus *StoryFocus `json:"focus,omitempty"`
}

// Page sizes of a story list: StoryQuery.Limit of the service, the store,
// the JSON API and the web page.
const (
	// DefaultStoryPage is the page size when StoryQuery.Limit is zero.
	DefaultStoryPage = 20
	// MaxStoryPage is the largest page: the API refuses a larger limit, the
	// service lowers it to MaxStoryPage.
	MaxStoryPage = 100
	// DefaultArticlePage is the number of a story's articles that
	// StoryDetail lists when StoryDetailQuery.Limit is zero.
	DefaultArticlePage = 100
	// MaxArticlePage is the most articles one StoryDetail lists: the API
	// refuses a larger limit, the service lowers it to MaxArticlePage.
	MaxArticlePage = 500
)

// StoryDetailQuery selects what Story returns beside the summary: which
// sentences count as new and which page of the story's articles is listed.
type StoryDetailQuery struct {
	// Since: StoryDetail.New holds the summary sentences added after it,
	// and, when it is set, StoryDetail.Update what the articles dated after
	// it add to the others.
	Since time.Time
	// By is the time basis of Update: ByPublished (also when empty) or
	// ByReceived.
	By string
	// Query, when set, asks for StoryDetail.Focus, the story summarized
	// for it (a topic statement or a question, as Options.Query), and
	// focuses Update on it too. At most MaxQueryBytes (CheckQuery).
	Query string
	// Limit is the number of articles listed; zero means
	// DefaultArticlePage.
	Limit int
	// Offset skips that many articles, in ingestion order.
	Offset int
}

// StoryQuery selects a page of live (not merged) stories, most recently
// Updated first. The service takes it from its callers and passes it to
// the store.
type StoryQuery struct {
	// Text, when set, keeps stories whose title or summary contains it,
	// ignoring case.
	Text string
	// Limit is the page size; zero means DefaultStoryPage.
	Limit int
	// Offset skips that many stories.
	Offset int
}

// StoryPage is one page of stories.
type StoryPage struct {
	Stories []Story `json:"stories"`
	// Total counts all stories matching the query.
	Total int `json:"total"`
}

// Feed is an RSS, Atom or JSON feed that the service polls.
type Feed struct {
	ID           int64     `json:"id"`
	URL          string    `json:"url"`
	Title        string    `json:"title,omitempty"`
	ETag         string    `json:"-"`
	LastModified string    `json:"-"`
	LastPolled   time.Time `json:"last_polled,omitzero"`
	NextPoll     time.Time `json:"next_poll,omitzero"`
	Failures     int       `json:"failures"`
	LastError    string    `json:"last_error,omitempty"`
}

// StoryService is what the HTTP API, the web page, the feed poller and the
// CLI need from the story engine. Implementations are safe for concurrent use.
type StoryService interface {
	// Ingest stores articles idempotently and assigns each to a story. An
	// article is acknowledged (durable) once Ingest returns without error.
	Ingest(ctx context.Context, articles []Article) ([]IngestResult, error)
	// Stories lists stories, newest first.
	Stories(ctx context.Context, q StoryQuery) (StoryPage, error)
	// Story returns one story with one page of its articles; New holds
	// the sentences added after q.Since and, when q.Since is set, Update
	// what the articles dated after it add.
	Story(ctx context.Context, id int64, q StoryDetailQuery) (*StoryDetail, error)
	// Article returns one stored article.
	Article(ctx context.Context, id string) (*StoredArticle, error)
	// AddFeed registers a feed URL for polling (idempotent).
	AddFeed(ctx context.Context, url string) (*Feed, error)
	// Feeds lists the registered feeds.
	Feeds(ctx context.Context) ([]Feed, error)
	// UpdateFeed saves a feed's polling state.
	UpdateFeed(ctx context.Context, f Feed) error
	// RemoveFeed stops polling the feed with the given ID (ENOTFOUND when
	// there is none); the articles it brought stay.
	RemoveFeed(ctx context.Context, id int64) error
}
