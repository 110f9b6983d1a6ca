package sqlstore

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/queue"
)

// Dialect is what the query text of one SQL database differs in.
type Dialect struct {
	// Dollar numbers placeholders $1, $2 ... instead of writing ?.
	Dollar bool
	// Contains is the function f(haystack, needle) that returns the
	// 1-based position of needle in haystack, 0 when absent.
	Contains string
	// Greatest is the function returning the larger of two values.
	Greatest string
	// JobArg is the expression of a river_job's argument: its %s is the
	// argument's JSON name.
	JobArg string
	// InList is the condition "seq is in the JSON array bound as ?".
	InList string
	// InIDs is the condition "id is in the JSON array of texts bound as
	// ?".
	InIDs string
	// Lock takes transaction-scoped locks named by the texts bound as ?,
	// a sorted array, in order; empty where writes are serialized anyway.
	Lock string
	// Notify is the function that sends a notification, f(channel,
	// payload), with the transaction's commit; empty where the database
	// has none.
	Notify string
	// WriteCTE tells that a statement can write in its WITH clause and
	// use the rows written (data-modifying CTEs).
	WriteCTE bool
}

// The dialects of the backends.
var (
	SQLite = Dialect{Contains: "instr", Greatest: "max", JobArg: "json_extract(j.args, '$.%s')",
		InList: "seq IN (SELECT value FROM json_each(?))", InIDs: "id IN (SELECT value FROM json_each(?))"}
	PostgreSQL = Dialect{Dollar: true, Contains: "strpos", Greatest: "greatest", JobArg: "(j.args->>'%s')::bigint",
		InList: "seq IN (SELECT jsonb_array_elements_text(?::jsonb)::bigint)",
		InIDs:  "id IN (SELECT jsonb_array_elements_text(?::jsonb))",
		Lock: `SELECT count(pg_advisory_xact_lock(hashtextextended(n, 0)))
		FROM (SELECT n FROM unnest(?::text[]) AS n ORDER BY n) x`,
		Notify: "pg_notify", WriteCTE: true}
)

// Queries is the query text both backends run, in one dialect. Times are
// bound as Enc values; the arguments of each query are listed beside it.
type Queries struct {
	ArticleByID, ArticleByKey, ArticleByHash string // id, key or hash
	// ArticleByKeyOrHash is ArticleByKey and ArticleByHash in one
	// statement (one round trip): key, hash; each row is 1 (by key) or 2
	// (by hash), then ArticleColumns.
	ArticleByKeyOrHash string
	StoryArticles      string // story id
	ArticlesByID       string // JSON array of article ids
	StoryArticlePage   string // story id, limit, offset; text selected as ''

	RecentArticles string // since
	LastSeq        string // no arguments
	// PutArticle inserts or replaces an article and returns its seq: id, key,
	// hash, url, title, source, published, text, story id, duplicate of,
	// ingested, updated, owner. A replacement keeps the stored owner, and
	// the stored story when the story id is 0 (stored as NULL: unassigned).
	PutArticle string

	// The assignment inbox and change log.
	QueueArticle  string // article id, queued; returns seq
	Inbox         string // limit; inbox seq and ArticleColumns
	Waiting       string // JSON array of inbox seqs; returns a count
	Dequeue       string // seq
	AssignArticle string // story id, duplicate of, article id
	// AppendChange appends a change unless its inbox entry was consumed
	// (no row then): kind, article id, story id, from story, duplicate of,
	// inbox, holder, at; returns seq.
	AppendChange   string
	Changes        string // after, limit
	LastChange     string // no arguments
	LatestIngested string // no arguments; max ingested of the assigned articles
	Lock           string // sorted names; empty when the dialect needs none

	Story            string // id
	CountStories     string // no arguments
	CountStoriesText string // lower-cased text
	Stories          string // limit, offset
	StoriesText      string // lower-cased text, limit, offset
	LiveStoryLast    string // id; returns last of a live story
	// LiveStoryVersions returns the version and summary version of a live
	// story: id.
	LiveStoryVersions string
	MoveArticles      string // into, from
	MoveMerged        string // into, from
	MarkMerged        string // into, from
	// SaveSummary stores a summary newer than the stored one and returns
	// the story's version: summary, version, title, updated, search, id,
	// version, version.
	SaveSummary string
	// SaveCurrentSummary stores a summary newer than the stored one only
	// when it is of the story's version: SaveSummary's arguments.
	SaveCurrentSummary string
	Feed, FeedByURL    string // id or url
	Feeds              string // no arguments
	AddFeed            string // url, created
	UpdateFeed         string // title, etag, last modified, last polled, next poll, failures, last error, id
	RemoveFeed         string // id
	StaleStories       string // no arguments; id, summary version and updated of live stories whose summary is older
	APIKeyByHash       string // hash
	APIKeys            string // no arguments
	AddAPIKey          string // id, name, hash, created
	RevokeAPIKey       string // revoked, id
	SchemaVersion      string // no arguments
	RecordMigration    string // version, name, applied

	// The statements below differ between dialects in more than spelling.

	// CreateStory inserts a story with Version 1 and returns its id: title,
	// created, updated, last, search.
	CreateStory string
	// TouchStory bumps a live story's version and last and returns the new
	// version and the summary version: last, id.
	TouchStory string
	// QueueArticleNotify is QueueArticle that also notifies a channel with
	// the commit, in the same statement (one round trip): article id,
	// queued, channel; returns seq. Empty where the dialect has no Notify.
	QueueArticleNotify string
	// PutAndQueueArticle is PutArticle and QueueArticle in one statement:
	// PutArticle's arguments, then queued; returns the inbox seq.
	// PutAndQueueArticleNotify also notifies a channel, its last argument.
	// Both are empty where the dialect has no WriteCTE.
	PutAndQueueArticle, PutAndQueueArticleNotify string
	// AssignAndLog is Dequeue, AssignArticle and AppendChange of an
	// inbox entry in one statement: seq; story id, duplicate of, article
	// id; then AppendChange's arguments. It returns the articles updated,
	// the inbox entries removed and the change's seq (0 when none was
	// appended). Empty where the dialect has no WriteCTE.
	AssignAndLog string
}

// NewQueries returns the queries in dialect d.
func NewQueries(d Dialect) Queries {
	live := `s.merged_into IS NULL`
	text := live + ` AND ` + d.Contains + `(s.search, ?) > 0`
	page := ` ORDER BY s.updated DESC, s.id DESC LIMIT ? OFFSET ?`
	q := Queries{
		ArticleByID:   `SELECT ` + ArticleColumns + ` FROM articles WHERE id = ? ORDER BY seq LIMIT 1`,
		ArticleByKey:  `SELECT ` + ArticleColumns + ` FROM articles WHERE key = ? ORDER BY seq LIMIT 1`,
		ArticleByHash: `SELECT ` + ArticleColumns + ` FROM articles WHERE hash = ? ORDER BY seq LIMIT 1`,
		ArticleByKeyOrHash: `SELECT 1, k.* FROM (SELECT ` + ArticleColumns + ` FROM articles WHERE key = ? ORDER BY seq LIMIT 1) k
		UNION ALL SELECT 2, h.* FROM (SELECT ` + ArticleColumns + ` FROM articles WHERE hash = ? ORDER BY seq LIMIT 1) h`,
		StoryArticles: `SELECT ` + ArticleColumns + ` FROM articles WHERE story_id = ? ORDER BY seq`,
		ArticlesByID:  `SELECT ` + ArticleColumns + ` FROM articles WHERE ` + d.InIDs + ` ORDER BY seq`,
		StoryArticlePage: `SELECT ` + strings.Replace(ArticleColumns, "text", "'' AS text", 1) +
			` FROM articles WHERE story_id = ? ORDER BY seq LIMIT ? OFFSET ?`,
		RecentArticles: `SELECT ` + ArticleColumns + ` FROM articles WHERE story_id IN
		(SELECT story_id FROM articles WHERE story_id IS NOT NULL AND ingested >= ?) ORDER BY seq`,
		LastSeq: `SELECT coalesce(max(seq), 0) FROM articles`,
		PutArticle: `INSERT INTO articles
		(id, key, hash, url, title, source, published, text, story_id, duplicate_of, ingested, updated, owner)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, nullif(CAST(? AS BIGINT), 0), ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET key = excluded.key, hash = excluded.hash, url = excluded.url,
			title = excluded.title, source = excluded.source, published = excluded.published,
			text = excluded.text, story_id = coalesce(excluded.story_id, articles.story_id),
			duplicate_of = excluded.duplicate_of, updated = excluded.updated
		RETURNING seq`,

		QueueArticle: `INSERT INTO inbox (article_id, queued) VALUES (?, ?) RETURNING seq`,
		Inbox: `SELECT i.seq, x.* FROM inbox i JOIN (SELECT ` + ArticleColumns + ` FROM articles) x
		ON x.id = i.article_id ORDER BY i.seq LIMIT ?`,
		Waiting:       `SELECT count(*) FROM inbox WHERE ` + d.InList,
		Dequeue:       `DELETE FROM inbox WHERE seq = ?`,
		AssignArticle: `UPDATE articles SET story_id = ?, duplicate_of = ? WHERE id = ?`,
		AppendChange: `INSERT INTO changes (kind, article_id, story_id, from_story, duplicate_of, inbox, holder, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING seq`,
		Changes: `SELECT seq, kind, article_id, story_id, from_story, duplicate_of, inbox, holder, at
		FROM changes WHERE seq > ? ORDER BY seq LIMIT ?`,
		LastChange:     `SELECT coalesce(max(seq), 0) FROM changes`,
		LatestIngested: `SELECT coalesce(max(ingested), 0) FROM articles WHERE story_id IS NOT NULL`,
		Lock:           d.Lock,

		Story:             `SELECT ` + StoryColumns + ` FROM stories s WHERE s.id = ?`,
		CountStories:      `SELECT count(*) FROM stories s WHERE ` + live,
		CountStoriesText:  `SELECT count(*) FROM stories s WHERE ` + text,
		Stories:           `SELECT ` + StoryColumns + ` FROM stories s WHERE ` + live + page,
		StoriesText:       `SELECT ` + StoryColumns + ` FROM stories s WHERE ` + text + page,
		LiveStoryLast:     `SELECT last FROM stories WHERE id = ? AND merged_into IS NULL`,
		LiveStoryVersions: `SELECT version, summary_version FROM stories WHERE id = ? AND merged_into IS NULL`,
		MoveArticles:      `UPDATE articles SET story_id = ? WHERE story_id = ?`,
		MoveMerged:        `UPDATE stories SET merged_into = ? WHERE merged_into = ?`,
		MarkMerged:        `UPDATE stories SET merged_into = ?, version = version + 1 WHERE id = ?`,
		SaveSummary: `UPDATE stories SET summary = ?, summary_version = ?, title = ?,
		updated = ?, search = ? WHERE id = ? AND merged_into IS NULL
		AND summary_version < ? AND version >= ? RETURNING version`,
		SaveCurrentSummary: `UPDATE stories SET summary = ?, summary_version = ?, title = ?,
		updated = ?, search = ? WHERE id = ? AND merged_into IS NULL
		AND summary_version < ? AND version = ?`,

		Feed:      `SELECT ` + FeedColumns + ` FROM feeds WHERE id = ?`,
		FeedByURL: `SELECT ` + FeedColumns + ` FROM feeds WHERE url = ?`,
		Feeds:     `SELECT ` + FeedColumns + ` FROM feeds ORDER BY id`,
		AddFeed:   `INSERT INTO feeds (url, created) VALUES (?, ?) ON CONFLICT (url) DO NOTHING`,
		UpdateFeed: `UPDATE feeds SET title = ?, etag = ?, last_modified = ?, last_polled = ?,
		next_poll = ?, failures = ?, last_error = ? WHERE id = ?`,
		RemoveFeed: `DELETE FROM feeds WHERE id = ?`,

		StaleStories: `SELECT id, summary_version, updated FROM stories s WHERE ` + live + ` AND summary_version < version ORDER BY id`,

		APIKeyByHash: `SELECT ` + APIKeyColumns + ` FROM api_keys WHERE hash = ?`,
		APIKeys:      `SELECT ` + APIKeyColumns + ` FROM api_keys ORDER BY created, id`,
		AddAPIKey:    `INSERT INTO api_keys (id, name, hash, created) VALUES (?, ?, ?, ?)`,
		RevokeAPIKey: `UPDATE api_keys SET revoked = CASE WHEN revoked = 0 THEN ? ELSE revoked END WHERE id = ?`,

		SchemaVersion:   `SELECT coalesce(max(version), 0) FROM schema_version`,
		RecordMigration: `INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)`,
	}
	q.CreateStory = `INSERT INTO stories (title, created, updated, last, version, search)
		VALUES (?, ?, ?, ?, 1, ?) RETURNING id`
	q.TouchStory = `UPDATE stories SET version = version + 1, last = ` + d.Greatest + `(last, ?)
		WHERE id = ? AND merged_into IS NULL RETURNING version, summary_version`
	if d.Notify != "" {
		q.QueueArticleNotify = `INSERT INTO inbox (article_id, queued) SELECT CAST(? AS TEXT), CAST(? AS BIGINT)
		FROM (SELECT ` + d.Notify + `(?, ?)) n RETURNING seq`
	}
	if d.WriteCTE {
		put := `WITH a AS (` + strings.TrimSuffix(q.PutArticle, "RETURNING seq") + `RETURNING id)
		INSERT INTO inbox (article_id, queued) SELECT a.id, CAST(? AS BIGINT) FROM a`
		q.PutAndQueueArticle = put + ` RETURNING seq`
		q.AssignAndLog = `WITH d AS (DELETE FROM inbox WHERE seq = ? RETURNING seq),
		u AS (UPDATE articles SET story_id = ?, duplicate_of = ? WHERE id = ? RETURNING id),
		c AS (INSERT INTO changes (kind, article_id, story_id, from_story, duplicate_of, inbox, holder, at)
			SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT),
				CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS BIGINT)
			WHERE EXISTS (SELECT 1 FROM d) AND EXISTS (SELECT 1 FROM u)
			ON CONFLICT DO NOTHING RETURNING seq)
		SELECT (SELECT count(*) FROM u), (SELECT count(*) FROM d), coalesce((SELECT seq FROM c), 0)`
		if d.Notify != "" {
			q.PutAndQueueArticleNotify = put + `, (SELECT ` + d.Notify + `(?, ?)) n RETURNING seq`
		}
	}
	if d.Dollar {
		for _, s := range append(q.all(), &q.CreateStory, &q.TouchStory, &q.Lock, &q.QueueArticleNotify,
			&q.PutAndQueueArticle, &q.PutAndQueueArticleNotify, &q.AssignAndLog) {
			*s = dollar(*s)
		}
	}
	return q
}

// all returns pointers to every query of q.
func (q *Queries) all() []*string {
	return []*string{&q.ArticleByID, &q.ArticleByKey, &q.ArticleByHash, &q.ArticleByKeyOrHash, &q.StoryArticles, &q.ArticlesByID, &q.StoryArticlePage,
		&q.RecentArticles, &q.LastSeq, &q.PutArticle, &q.Story, &q.CountStories, &q.CountStoriesText,
		&q.Stories, &q.StoriesText, &q.LiveStoryLast, &q.LiveStoryVersions, &q.MoveArticles, &q.MoveMerged,
		&q.MarkMerged, &q.SaveSummary, &q.SaveCurrentSummary, &q.Feed, &q.FeedByURL, &q.Feeds, &q.AddFeed,
		&q.UpdateFeed, &q.RemoveFeed, &q.StaleStories, &q.APIKeyByHash, &q.APIKeys, &q.AddAPIKey,
		&q.RevokeAPIKey, &q.SchemaVersion, &q.RecordMigration, &q.QueueArticle, &q.Inbox, &q.Waiting,
		&q.Dequeue, &q.AssignArticle, &q.AppendChange, &q.Changes, &q.LastChange, &q.LatestIngested}
}

// dollar numbers the ? placeholders of query $1, $2 ... in order. The
// queries above hold no ? inside literals.
func dollar(query string) string {
	var b strings.Builder
	n := 0
	for {
		i := strings.IndexByte(query, '?')
		if i < 0 {
			b.WriteString(query)
			return b.String()
		}
		n++
		b.WriteString(query[:i])
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(n))
		query = query[i+1:]
	}
}

// Invariant is a count that must be zero in a consistent store.
type Invariant struct{ What, Query string }

// Invariants are the service's own invariants in dialect d, checked by the
// backends' Check methods: every article in a live story or waiting in the
// assignment inbox, no article assigned twice, no stale summary without an
// unfinished summary job of the story queued after its summary version.
func Invariants(d Dialect) []Invariant {
	story, after := fmt.Sprintf(d.JobArg, "story_id"), fmt.Sprintf(d.JobArg, "after")
	return []Invariant{
		{"articles in merged stories", `SELECT count(*) FROM articles a JOIN stories s ON s.id = a.story_id WHERE s.merged_into IS NOT NULL`},
		{"live stories without articles", `SELECT count(*) FROM stories s WHERE s.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)`},
		{"unassigned articles not in the inbox", `SELECT count(*) FROM articles a WHERE a.story_id IS NULL
		AND NOT EXISTS (SELECT 1 FROM inbox i WHERE i.article_id = a.id)`},
		{"articles assigned twice", `SELECT count(*) FROM (SELECT article_id FROM changes WHERE kind = '` + chorus.ChangeInsert + `'
		GROUP BY article_id HAVING count(*) > 1) d`},
		{"duplicates of missing articles", `SELECT count(*) FROM articles a WHERE a.duplicate_of <> '' AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = a.duplicate_of)`},
		{"stale summaries without a job", `SELECT count(*) FROM stories s WHERE s.merged_into IS NULL AND s.summary_version <> s.version
		AND NOT EXISTS (SELECT 1 FROM river_job j WHERE j.kind = '` + queue.SummaryKind + `'
			AND j.state IN ('available', 'pending', 'running', 'retryable', 'scheduled')
			AND ` + story + ` = s.id AND ` + after + ` = s.summary_version)`},
	}
}
