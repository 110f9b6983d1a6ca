package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

const storyColumns = `s.id, s.title, s.created, s.updated, s.last, coalesce(s.merged_into, 0), s.version,
	s.summary_version, s.summary,
	(SELECT count(*) FROM articles a WHERE a.story_id = s.id),
	(SELECT count(*) FROM articles a WHERE a.story_id = s.id AND a.duplicate_of = '')`

func scanStory(sc scanner) (*chorus.StoryRecord, error) {
	var s chorus.StoryRecord
	var created, updated, last int64
	var summary sql.NullString
	err := sc.Scan(&s.ID, &s.Title, &created, &updated, &last, &s.MergedInto, &s.Version,
		&s.SummaryVersion, &summary, &s.Articles, &s.Sources)
	if err != nil {
		return nil, err
	}
	s.Created, s.Updated, s.Last = dec(created), dec(updated), dec(last)
	if summary.Valid {
		s.Summary = new(chorus.StorySummary)
		if err := json.Unmarshal([]byte(summary.String), s.Summary); err != nil {
			return nil, fmt.Errorf("cannot decode summary of story %d: %w", s.ID, err)
		}
	}
	return &s, nil
}

// Story implements chorus.StoreReader.
func (r *reader) Story(ctx context.Context, id int64) (*chorus.StoryRecord, error) {
	s, err := scanStory(r.tx.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
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
		where += ` AND instr(s.search, ?) > 0`
		args = append(args, strings.ToLower(f.Text))
	}
	var total int
	if err := r.tx.QueryRowContext(ctx, `SELECT count(*) FROM stories s WHERE `+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("cannot count stories: %w", err)
	}
	limit, offset := f.Limit, f.Offset
	if limit <= 0 {
		limit = 20
	}
	if offset < 0 {
		offset = 0
	}
	rows, err := r.tx.QueryContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE `+where+
		` ORDER BY s.updated DESC, s.id DESC LIMIT ? OFFSET ?`, append(args, limit, offset)...)
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
// queued summary job.
func (w *writer) CreateStory(ctx context.Context, s chorus.StoryRecord) (int64, error) {
	var id int64
	err := w.tx.QueryRowContext(ctx, `INSERT INTO stories (title, created, updated, last, version, search)
		VALUES (?, ?, ?, ?, 1, ?) RETURNING id`,
		s.Title, enc(s.Created), enc(s.Created), enc(s.Last), searchText(s.Title, nil)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("cannot create story: %w", err)
	}
	if err := w.enqueue(ctx, id, s.Created); err != nil {
		return 0, err
	}
	return id, nil
}

// TouchStory implements chorus.StoreTx.
func (w *writer) TouchStory(ctx context.Context, id int64, last, now time.Time) error {
	res, err := w.tx.ExecContext(ctx, `UPDATE stories SET version = version + 1, last = max(last, ?)
		WHERE id = ? AND merged_into IS NULL`, enc(last), id)
	if err != nil {
		return fmt.Errorf("cannot touch story %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return fmt.Errorf("cannot touch story %d: %w", id, chorus.ErrNotFound)
	}
	return w.enqueue(ctx, id, now)
}

// MergeStory implements chorus.StoreTx.
func (w *writer) MergeStory(ctx context.Context, from, into int64, now time.Time) error {
	if from == into {
		return chorus.Errorf(chorus.EINVALID, "cannot merge story %d into itself", from)
	}
	var last int64
	err := w.tx.QueryRowContext(ctx, `SELECT last FROM stories WHERE id = ? AND merged_into IS NULL`, from).Scan(&last)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("cannot merge story %d: %w", from, chorus.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("cannot merge story %d: %w", from, err)
	}
	stmts := []struct {
		q    string
		args []any
	}{
		{`UPDATE articles SET story_id = ? WHERE story_id = ?`, []any{into, from}},
		{`UPDATE stories SET merged_into = ? WHERE merged_into = ?`, []any{into, from}},
		{`UPDATE stories SET merged_into = ?, version = version + 1 WHERE id = ?`, []any{into, from}},
		{`DELETE FROM jobs WHERE story_id = ?`, []any{from}},
	}
	for _, s := range stmts {
		if _, err := w.tx.ExecContext(ctx, s.q, s.args...); err != nil {
			return fmt.Errorf("cannot merge story %d into %d: %w", from, into, err)
		}
	}
	return w.TouchStory(ctx, into, dec(last), now)
}

// SaveSummary implements chorus.StoreTx.
func (w *writer) SaveSummary(ctx context.Context, id, version int64, title string, sum chorus.StorySummary, updated time.Time) error {
	b, err := json.Marshal(sum)
	if err != nil {
		return fmt.Errorf("cannot encode summary of story %d: %w", id, err)
	}
	res, err := w.tx.ExecContext(ctx, `UPDATE stories SET summary = ?, summary_version = version, title = ?,
		updated = ?, search = ? WHERE id = ? AND version = ? AND merged_into IS NULL`,
		string(b), title, enc(updated), searchText(title, &sum), id, version)
	if err != nil {
		return fmt.Errorf("cannot save summary of story %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("cannot save summary of story %d: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("cannot save summary of story %d: %w", id, chorus.ErrVersion)
	}
	return w.DropJob(ctx, id)
}
