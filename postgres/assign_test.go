package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// assignLogger is the store transaction's one-statement placement of an
// inbox entry (sqlstore.Writer.AssignAndLog).
type assignLogger interface {
	AssignAndLog(ctx context.Context, c chorus.Change) (int64, error)
}

// TestAssignAndLog places inbox entries with the one statement that
// assigns the article, logs the change and removes the entry, and checks
// that each refusal of the three statements it replaces (no such entry,
// no such article, a change logged for the entry already) is refused
// alike and leaves nothing behind.
func TestAssignAndLog(t *testing.T) {
	ctx := context.Background()
	db := OpenTest(t)
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	put := func(tx chorus.StoreTx, id string) int64 {
		t.Helper()
		a := chorus.ArticleRecord{StoredArticle: chorus.StoredArticle{Article: chorus.Article{ID: id, Title: "Title " + id,
			Text: "Invented text of article " + id + "."}, Ingested: now, Updated: now}, Key: "id:" + id, Hash: "hash-" + id}
		a.ID = id
		if _, err := tx.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		seq, err := tx.QueueArticle(ctx, id, now)
		if err != nil {
			t.Fatal(err)
		}
		return seq
	}
	var story, seqA, seqB, seqC int64
	err := db.Update(ctx, func(tx chorus.StoreTx) error {
		seqA, seqB, seqC = put(tx, "a1"), put(tx, "b1"), put(tx, "c1")
		var err error
		story, err = tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: "Invented", Created: now}, Last: now})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	change := func(article string, inbox int64) chorus.Change {
		return chorus.Change{Kind: chorus.ChangeInsert, Article: article, Story: story, DuplicateOf: "", Inbox: inbox, Holder: "test", At: now}
	}
	tests := []struct {
		name   string
		before func(chorus.StoreTx) error // run first in the same transaction
		c      chorus.Change
		want   string // the error's code, "" for none
	}{
		{"placed", nil, change("a1", seqA), ""},
		{"entry gone", nil, change("a1", seqA), chorus.ECONFLICT},
		{"no such article", nil, change("zz", seqB), chorus.ENOTFOUND},
		{"change logged already", func(tx chorus.StoreTx) error {
			_, err := tx.AppendChange(ctx, change("c1", seqC))
			return err
		}, change("c1", seqC), chorus.ECONFLICT},
		{"a merge", nil, chorus.Change{Kind: chorus.ChangeMerge, Story: story, From: 99, Holder: "test", At: now}, chorus.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var seq int64
			err := db.Update(ctx, func(tx chorus.StoreTx) error {
				if tc.before != nil {
					if err := tc.before(tx); err != nil {
						return err
					}
				}
				l, ok := tx.(assignLogger)
				if !ok {
					t.Fatalf("the transaction %T has no AssignAndLog", tx)
				}
				var err error
				seq, err = l.AssignAndLog(ctx, tc.c)
				return err
			})
			if tc.want != "" {
				if err == nil || chorus.ErrorCode(err) != tc.want {
					t.Fatalf("err %v, want an error of code %s", err, tc.want)
				}
				return
			}
			if err != nil || seq <= 0 {
				t.Fatalf("seq %d, err %v", seq, err)
			}
			err = db.View(ctx, func(r chorus.StoreReader) error {
				a, err := r.Article(ctx, tc.c.Article)
				if err != nil {
					return err
				}
				if a.StoryID != story {
					t.Errorf("article %s in story %d, want %d", a.ID, a.StoryID, story)
				}
				cs, err := r.Changes(ctx, seq-1, 10)
				if err != nil {
					return err
				}
				if len(cs) != 1 || cs[0].Seq != seq || cs[0].Article != tc.c.Article || cs[0].Inbox != tc.c.Inbox || cs[0].Kind != tc.c.Kind || cs[0].Holder != "test" || !cs[0].At.Equal(now) {
					t.Errorf("changes after %d: %+v, want the change %+v", seq-1, cs, tc.c)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
	// The refused entries are still queued, nothing else is.
	err = db.View(ctx, func(r chorus.StoreReader) error {
		es, err := r.Inbox(ctx, 10)
		if err != nil {
			return err
		}
		var seqs []int64
		for _, e := range es {
			seqs = append(seqs, e.Seq)
		}
		if len(seqs) != 2 || seqs[0] != seqB || seqs[1] != seqC {
			t.Errorf("inbox %v, want [%d %d]", seqs, seqB, seqC)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
