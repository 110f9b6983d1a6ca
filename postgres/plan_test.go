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
	tests := []struct {
		name, stmt, exec string
		want             []string // indexes scanned
	}{
		{"by hash", "PREPARE by_hash(text) AS " + q.ArticleByHash, "EXECUTE by_hash('none')", []string{"articles_hash_seq"}},
		{"by key or hash", "PREPARE by_key_hash(text, text) AS " + q.ArticleByKeyOrHash, "EXECUTE by_key_hash('none', 'none')",
			[]string{"articles_key_key", "articles_hash_seq"}},
	}
	if _, err := c.Exec(ctx, "SET plan_cache_mode = force_generic_plan"); err != nil {
		t.Fatal(err)
	}
	defer c.Exec(ctx, "DEALLOCATE ALL; RESET plan_cache_mode")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := c.Exec(ctx, tt.stmt); err != nil {
				t.Fatalf("%s: %v", tt.stmt, err)
			}
			rows, err := c.Query(ctx, "EXPLAIN "+tt.exec)
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
			for _, index := range tt.want {
				if !strings.Contains(p, index) {
					t.Errorf("generic plan:\n%s\nwant an index scan of %s", p, index)
				}
			}
			if strings.Contains(p, "Filter: (hash") || strings.Contains(p, "Filter: (key") || strings.Contains(p, "Seq Scan") {
				t.Errorf("generic plan:\n%s\nwalks the table", p)
			}
		})
	}
}

// TestArticleByKeyOrHash reads articles by key and by text hash in one
// statement: the article with the key, else the first with the hash.
func TestArticleByKeyOrHash(t *testing.T) {
	ctx := context.Background()
	db := OpenTest(t)
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	err := db.Update(ctx, func(tx chorus.StoreTx) error {
		story, err := tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: "t", Created: t0}, Last: t0})
		if err != nil {
			return err
		}
		for i, h := range []string{"h1", "h2", "h2"} {
			a := chorus.ArticleRecord{StoredArticle: chorus.StoredArticle{Article: chorus.Article{Title: "t",
				Text: fmt.Sprintf("invented text %d", i)}, Ingested: t0, Updated: t0}, Key: fmt.Sprintf("id:%d", i), Hash: h}
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
	tests := []struct {
		key, hash         string
		wantKey, wantHash string // IDs, "" for none
	}{
		{"id:0", "h2", "a0", "a1"},
		{"id:2", "h2", "a2", "a1"},
		{"id:9", "h2", "", "a1"},
		{"id:1", "h9", "a1", ""},
		{"id:9", "h9", "", ""},
	}
	for _, tt := range tests {
		err := db.View(ctx, func(r chorus.StoreReader) error {
			byKey, byHash, err := r.(interface {
				ArticleByKeyOrHash(ctx context.Context, key, hash string) (*chorus.ArticleRecord, *chorus.ArticleRecord, error)
			}).ArticleByKeyOrHash(ctx, tt.key, tt.hash)
			if err != nil {
				return err
			}
			id := func(a *chorus.ArticleRecord) string {
				if a == nil {
					return ""
				}
				return a.ID
			}
			if id(byKey) != tt.wantKey || id(byHash) != tt.wantHash {
				t.Errorf("ArticleByKeyOrHash(%q, %q) = %q, %q, want %q, %q", tt.key, tt.hash, id(byKey), id(byHash), tt.wantKey, tt.wantHash)
			}
			if byKey != nil && byKey.Key != tt.key {
				t.Errorf("ArticleByKeyOrHash(%q, %q) read key %q", tt.key, tt.hash, byKey.Key)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
