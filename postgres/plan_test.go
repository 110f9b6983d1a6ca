package postgres

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// TestHashLookupPlan checks the plan of ingest's look-up by text hash as a
// prepared statement's generic plan, the one a pooled connection caches:
// it must use the (hash, seq) index, never walk the table in seq order
// filtering by hash (a scan of every article for each new one, issue 12).
// The articles have no statistics yet, as early in a busy run.
func TestHashLookupPlan(t *testing.T) {
	ctx := context.Background()
	db := OpenTest(t)
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	err := db.Update(ctx, func(tx chorus.StoreTx) error {
		story, err := tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: "t", Created: t0}, Last: t0})
		if err != nil {
			return err
		}
		for i := range 300 {
			a := chorus.ArticleRecord{StoredArticle: chorus.StoredArticle{Article: chorus.Article{Title: "t",
				Text: strings.Repeat(fmt.Sprintf("invented text %d ", i), 20)}, Ingested: t0, Updated: t0},
				Key: fmt.Sprintf("id:%d", i), Hash: fmt.Sprintf("%064x", i)}
			a.ID, a.StoryID = fmt.Sprintf("a%d", i), story
			if _, err := tx.PutArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := db.pool.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Release()
	for _, stmt := range []string{"SET plan_cache_mode = force_generic_plan", "PREPARE by_hash(text) AS " + q.ArticleByHash} {
		if _, err := c.Exec(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	defer c.Exec(ctx, "DEALLOCATE by_hash; RESET plan_cache_mode")
	rows, err := c.Query(ctx, "EXPLAIN EXECUTE by_hash('none')")
	if err != nil {
		t.Fatal(err)
	}
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, line)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	p := strings.Join(plan, "\n")
	if !strings.Contains(p, "articles_hash_seq") || strings.Contains(p, "Filter: (hash") {
		t.Errorf("generic plan of the look-up by hash:\n%s\nwant an index scan of articles_hash_seq", p)
	}
}
