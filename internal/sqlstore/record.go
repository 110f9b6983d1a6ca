// Package sqlstore holds what the SQL implementations of chorus.Store (the
// sqlite and postgres packages, in the service half of Chorus: articles →
// stories → summaries kept current) share: the store's reads and writes
// (Reader and Writer, over a backend's small Conn adapter), the scanning of
// rows into chorus records, the time encoding, the query text of both
// dialects and the migration runner. Each backend keeps its own
// connections, transactions, locking and error mapping.
package sqlstore

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Scanner is one result row: a *sql.Row, *sql.Rows, pgx.Row or pgx.Rows.
type Scanner interface{ Scan(dest ...any) error }

// Columns selected by the queries of Queries, in the order the Scan
// functions read them.
const (
	ArticleColumns = `seq, id, key, hash, url, title, source, published, text, coalesce(story_id, 0), duplicate_of, ingested, updated, owner`
	APIKeyColumns  = `id, name, hash, created, revoked`
	FeedColumns    = `id, url, title, etag, last_modified, last_polled, next_poll, failures, last_error`
	// StoryColumns reads stories aliased as s and counts their articles.
	StoryColumns = `s.id, s.title, s.created, s.updated, s.last, coalesce(s.merged_into, 0), s.version,
	s.summary_version, s.summary,
	(SELECT count(*) FROM articles a WHERE a.story_id = s.id),
	(SELECT count(DISTINCT CASE WHEN a.source = '' THEN 'id:' || a.id ELSE 'source:' || lower(a.source) END)
		FROM articles a WHERE a.story_id = s.id AND a.duplicate_of = '')`
)

// ScanArticle reads a row of ArticleColumns.
func ScanArticle(s Scanner) (*chorus.ArticleRecord, error) {
	var a chorus.ArticleRecord
	var pub, ing, upd int64
	err := s.Scan(&a.Seq, &a.ID, &a.Key, &a.Hash, &a.URL, &a.Title, &a.Source, &pub, &a.Text,
		&a.StoryID, &a.DuplicateOf, &ing, &upd, &a.Owner)
	if err != nil {
		return nil, err
	}
	a.Published, a.Ingested, a.Updated = Dec(pub), Dec(ing), Dec(upd)
	return &a, nil
}

// ScanAPIKey reads a row of APIKeyColumns.
func ScanAPIKey(s Scanner) (*chorus.APIKey, error) {
	var k chorus.APIKey
	var created, revoked int64
	if err := s.Scan(&k.ID, &k.Name, &k.Hash, &created, &revoked); err != nil {
		return nil, err
	}
	k.Created, k.Revoked = Dec(created), Dec(revoked)
	return &k, nil
}

// ScanFeed reads a row of FeedColumns.
func ScanFeed(s Scanner) (*chorus.Feed, error) {
	var f chorus.Feed
	var polled, next int64
	if err := s.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &polled, &next, &f.Failures, &f.LastError); err != nil {
		return nil, err
	}
	f.LastPolled, f.NextPoll = Dec(polled), Dec(next)
	return &f, nil
}

// ScanStory reads a row of StoryColumns and decodes the story's summary.
func ScanStory(sc Scanner) (*chorus.StoryRecord, error) {
	var s chorus.StoryRecord
	var created, updated, last int64
	var summary *string // nil for NULL, with database/sql and pgx alike
	err := sc.Scan(&s.ID, &s.Title, &created, &updated, &last, &s.MergedInto, &s.Version,
		&s.SummaryVersion, &summary, &s.ArticleCount, &s.SourceCount)
	if err != nil {
		return nil, err
	}
	s.Created, s.Updated, s.Last = Dec(created), Dec(updated), Dec(last)
	if summary != nil {
		s.Summary = new(chorus.StorySummary)
		if err := json.Unmarshal([]byte(*summary), s.Summary); err != nil {
			return nil, fmt.Errorf("cannot decode summary of story %d: %w", s.ID, err)
		}
	}
	return &s, nil
}

// SearchText is what a story filter's Text is matched against: the
// lower-cased title and summary sentences.
func SearchText(title string, sum *chorus.StorySummary) string {
	var b strings.Builder
	b.WriteString(title)
	if sum != nil {
		for _, s := range sum.Sentences {
			b.WriteByte('\n')
			b.WriteString(s.Text)
		}
	}
	return strings.ToLower(b.String())
}

// Enc encodes a time as Unix nanoseconds, 0 for the zero time.
func Enc(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// Dec decodes Enc's encoding into a UTC time.
func Dec(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}
