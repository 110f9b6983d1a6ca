package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/jackc/pgx/v5"
)

const storyColumns = `s.id, s.title, s.created, s.updated, s.last, coalesce(s.merged_into, 0), s.version,
	s.summary_version, s.summary,
	(SELECT count(*) FROM articles a WHERE a.story_id = s.id),
	(SELECT count(*) FROM articles a WHERE a.story_id = s.id AND a.duplicate_of = '')`

func scanStory(sc pgx.Row) (*chorus.StoryRecord, error) {
	var s chorus.StoryRecord
	var created, updated, last int64
	var summary *string
	err := sc.Scan(&s.ID, &s.Title, &created, &updated, &last, &s.MergedInto, &s.Version,
		&s.SummaryVersion, &summary, &s.Articles, &s.Sources)
	if err != nil {
		return nil, err
	}
	s.Created, s.Updated, s.Last = dec(created), dec(updated), dec(last)
	if summary != nil {
		s.Summary = new(chorus.StorySummary)
		if err := json.Unmarshal([]byte(*summary), s.Summary); err != nil {
			return nil, fmt.Errorf("cannot decode summary of story %d: %w", s.ID, err)
		}
	}
	return &s, nil
}

// Story implements chorus.StoreReader.
func (r *reader) Story(ctx context.Context, id int64) (*chorus.StoryRecord, error) {
	s, err := scanStory(r.tx.QueryRow(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read story %d: %w", id, err)
	}
	return s, nil
}

// Stories implements chorus.StoreReader.
func (r *reader) Stories(ctx context.Context, f chorus.StoryFilter) ([]chorus.StoryRecord, int, error) {
	where := `s.merged_into IS NULL`
	var args []any
	if f.Text != "" {
		where += ` AND strpos(s.search, $1) > 0`
		args = append(args, strings.ToLower(f.Text))
	}
	var total int
	if err := r.tx.QueryRow(ctx, `SELECT count(*) FROM stories s WHERE `+where, args...).Scan(&total); err != nil {
		return nil, 0, storeErr("count stories", err)
	}
	limit, offset := f.Limit, f.Offset
	if limit <= 0 {
		limit = 20
	}
	if offset < 0 {
		offset = 0
	}
	n := len(args)
	rows, err := r.tx.Query(ctx, fmt.Sprintf(`SELECT `+storyColumns+` FROM stories s WHERE `+where+
		` ORDER BY s.updated DESC, s.id DESC LIMIT $%d OFFSET $%d`, n+1, n+2), append(args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("cannot list stories: %w", err)
	}
	defer rows.Close()
	var out []chorus.StoryRecord
	for rows.Next() {
		s, err := scanStory(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("cannot read story: %w", err)
		}
		out = append(out, *s)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("cannot list stories: %w", err)
	}
	return out, total, nil
}

// searchText is what Stories matches a query against.
func searchText(title string, sum *chorus.StorySummary) string {
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

// CreateStory implements chorus.StoreTx. The new story has Version 1 and a
// queued summary job, both written in one statement.
func (w *writer) CreateStory(ctx context.Context, s chorus.StoryRecord) (int64, error) {
	var id int64
	err := w.tx.QueryRow(ctx, `WITH s AS (INSERT INTO stories (title, created, updated, last, version, search)
			VALUES ($1, $2, $2, $3, 1, $4) RETURNING id)
		INSERT INTO jobs (story_id, enqueued) SELECT id, $2 FROM s RETURNING story_id`,
		s.Title, enc(s.Created), enc(s.Last), searchText(s.Title, nil)).Scan(&id)
	if err != nil {
		return 0, storeErr("create story", err)
	}
	return id, nil
}

// TouchStory implements chorus.StoreTx. The story and its job are written
// in one statement; a queued job keeps its place and becomes due at once.
func (w *writer) TouchStory(ctx context.Context, id int64, last, now time.Time) error {
	tag, err := w.tx.Exec(ctx, `WITH s AS (UPDATE stories SET version = version + 1, last = greatest(last, $1)
			WHERE id = $2 AND merged_into IS NULL RETURNING id)
		INSERT INTO jobs (story_id, enqueued) SELECT id, $3 FROM s
		ON CONFLICT (story_id) DO UPDATE SET not_before = 0, attempts = 0`, enc(last), id, enc(now))
	if err != nil {
		return fmt.Errorf("cannot touch story %d: %w", id, err)
	}
	if tag.RowsAffected() != 1 {
		return fmt.Errorf("cannot touch story %d: %w", id, chorus.ErrNotFound)
	}
	return nil
}

// MergeStory implements chorus.StoreTx.
func (w *writer) MergeStory(ctx context.Context, from, into int64, now time.Time) error {
	if from == into {
		return chorus.Errorf(chorus.EINVALID, "cannot merge story %d into itself", from)
	}
	var last int64
	err := w.tx.QueryRow(ctx, `SELECT last FROM stories WHERE id = $1 AND merged_into IS NULL`, from).Scan(&last)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("cannot merge story %d: %w", from, chorus.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("cannot merge story %d: %w", from, err)
	}
	stmts := []string{
		`UPDATE articles SET story_id = $1 WHERE story_id = $2`,
		`UPDATE stories SET merged_into = $1 WHERE merged_into = $2`,
		`UPDATE stories SET merged_into = $1, version = version + 1 WHERE id = $2`,
	}
	for _, q := range stmts {
		if _, err := w.tx.Exec(ctx, q, into, from); err != nil {
			return fmt.Errorf("cannot merge story %d into %d: %w", from, into, err)
		}
	}
	if err := w.DropJob(ctx, from); err != nil {
		return err
	}
	return w.TouchStory(ctx, into, dec(last), now)
}

// SaveSummary implements chorus.StoreTx. The version check and the write are
// one statement, and writers are serialized, so a summary of an older
// version never lands.
func (w *writer) SaveSummary(ctx context.Context, id, version int64, title string, sum chorus.StorySummary, updated time.Time) error {
	b, err := json.Marshal(sum)
	if err != nil {
		return fmt.Errorf("cannot encode summary of story %d: %w", id, err)
	}
	tag, err := w.tx.Exec(ctx, `UPDATE stories SET summary = $1, summary_version = version, title = $2,
		updated = $3, search = $4 WHERE id = $5 AND version = $6 AND merged_into IS NULL`,
		string(b), title, enc(updated), searchText(title, &sum), id, version)
	if err != nil {
		return storeErr(fmt.Sprintf("save summary of story %d", id), err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("cannot save summary of story %d: %w", id, chorus.ErrVersion)
	}
	return w.DropJob(ctx, id)
}
