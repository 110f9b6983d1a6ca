package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// testInbox checks the assignment inbox: an article stored without a story
// waits in it, in order, until the assigner records its story and removes
// the entry; an entry is removed once.
func testInbox(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	var seqs []int64
	update(t, s, func(tx chorus.StoreTx) error {
		if err := tx.Lock(ctx, "article:b", "article:a", "article:a"); err != nil {
			return err
		}
		for _, id := range []string{"a1", "a2"} {
			if _, err := tx.PutArticle(ctx, article(id, 0, t0)); err != nil {
				return err
			}
			seq, err := tx.QueueArticle(ctx, id, t0)
			if err != nil {
				return err
			}
			seqs = append(seqs, seq)
		}
		return nil
	})
	if seqs[1] <= seqs[0] {
		t.Fatalf("inbox seqs %v, want increasing", seqs)
	}
	view(t, s, func(r chorus.StoreReader) error {
		a, err := r.Article(ctx, "a1")
		if err != nil {
			return err
		}
		if a.StoryID != 0 {
			t.Errorf("unassigned article has story %d, want 0", a.StoryID)
		}
		in, err := r.Inbox(ctx, 10)
		if err != nil {
			return err
		}
		if len(in) != 2 || in[0].Seq != seqs[0] || in[0].Article.ID != "a1" || in[1].Article.ID != "a2" ||
			in[0].Article.Text != "Body of a1." || in[0].Article.StoryID != 0 {
			t.Errorf("Inbox = %+v, want a1 then a2, unassigned", in)
		}
		if in, err := r.Inbox(ctx, 1); err != nil || len(in) != 1 {
			t.Errorf("Inbox(limit 1) = %d entries, %v; want 1", len(in), err)
		}
		n, err := r.Waiting(ctx, seqs)
		if err != nil {
			return err
		}
		if n != 2 {
			t.Errorf("Waiting = %d, want 2", n)
		}
		return nil
	})
	var sid int64
	update(t, s, func(tx chorus.StoreTx) error {
		var err error
		if sid, err = tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: "T", Created: t0}, Last: t0}); err != nil {
			return err
		}
		if err := tx.AssignArticle(ctx, "a1", sid, ""); err != nil {
			return err
		}
		if err := tx.Dequeue(ctx, seqs[0]); err != nil {
			return err
		}
		if err := tx.Dequeue(ctx, seqs[0]); !errors.Is(err, chorus.ErrVersion) {
			t.Errorf("second Dequeue: %v, want ErrVersion", err)
		}
		if err := tx.AssignArticle(ctx, "nope", sid, ""); !chorus.IsNotFound(err) {
			t.Errorf("AssignArticle of a missing article: %v, want ErrNotFound", err)
		}
		// A new text without a story keeps the stored story.
		a1 := article("a1", 0, t0)
		a1.Text, a1.Hash = "New body of a1.", "hash-a1-v2"
		_, err = tx.PutArticle(ctx, a1)
		return err
	})
	view(t, s, func(r chorus.StoreReader) error {
		a, err := r.Article(ctx, "a1")
		if err != nil {
			return err
		}
		if a.StoryID != sid || a.Text != "New body of a1." {
			t.Errorf("a1 in story %d with text %q, want story %d and the new text", a.StoryID, a.Text, sid)
		}
		n, err := r.Waiting(ctx, seqs)
		if err != nil {
			return err
		}
		if n != 1 {
			t.Errorf("Waiting after one dequeue = %d, want 1", n)
		}
		if in, err := r.Inbox(ctx, 10); err != nil || len(in) != 1 || in[0].Article.ID != "a2" {
			t.Errorf("Inbox after one dequeue = %+v, %v; want a2", in, err)
		}
		latest, err := r.LatestIngested(ctx)
		if err != nil {
			return err
		}
		if !latest.Equal(t0) {
			t.Errorf("LatestIngested = %v, want %v", latest, t0)
		}
		return nil
	})
}

// testChangeLog checks the change log: entries in order, read after a
// seq, and refused a second time for one inbox entry.
func testChangeLog(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	view(t, s, func(r chorus.StoreReader) error {
		if last, err := r.LastChange(ctx); err != nil || last != 0 {
			t.Errorf("LastChange of an empty log = %d, %v; want 0", last, err)
		}
		return nil
	})
	want := []chorus.Change{
		{Kind: chorus.ChangeMerge, Article: "a3", Story: 1, From: 2, Inbox: 7, Holder: "p1", At: t0},
		{Kind: chorus.ChangeInsert, Article: "a3", Story: 1, DuplicateOf: "a1", Inbox: 7, Holder: "p1", At: t0},
		{Kind: chorus.ChangeUpdate, Article: "a1", Story: 1, Inbox: 9, Holder: "p2", At: t0.Add(time.Second)},
	}
	update(t, s, func(tx chorus.StoreTx) error {
		var prev int64
		for i := range want {
			seq, err := tx.AppendChange(ctx, want[i])
			if err != nil {
				return err
			}
			if seq <= prev {
				t.Errorf("change seq %d after %d, want increasing", seq, prev)
			}
			want[i].Seq, prev = seq, seq
		}
		return nil
	})
	err := s.Update(ctx, func(tx chorus.StoreTx) error {
		_, err := tx.AppendChange(ctx, chorus.Change{Kind: chorus.ChangeInsert, Article: "a4", Story: 3, Inbox: 7, At: t0})
		return err
	})
	if !errors.Is(err, chorus.ErrVersion) {
		t.Errorf("a second insert of inbox entry 7: %v, want ErrVersion", err)
	}
	view(t, s, func(r chorus.StoreReader) error {
		got, err := r.Changes(ctx, 0, 10)
		if err != nil {
			return err
		}
		if len(got) != len(want) {
			t.Fatalf("Changes = %+v, want %+v", got, want)
		}
		for i := range want {
			if !got[i].At.Equal(want[i].At) {
				t.Errorf("change %d at %v, want %v", i, got[i].At, want[i].At)
			}
			got[i].At = want[i].At
			if got[i] != want[i] {
				t.Errorf("change %d = %+v, want %+v", i, got[i], want[i])
			}
		}
		if after, err := r.Changes(ctx, want[0].Seq, 1); err != nil || len(after) != 1 || after[0].Seq != want[1].Seq {
			t.Errorf("Changes(after %d, 1) = %+v, %v; want the second change", want[0].Seq, after, err)
		}
		if last, err := r.LastChange(ctx); err != nil || last != want[2].Seq {
			t.Errorf("LastChange = %d, %v; want %d", last, err, want[2].Seq)
		}
		return nil
	})
}

// testElection checks the store's Elector: one Leadership at a time, given
// up by Release; the leader's transactions commit; Wait wakes on a write
// that queues an article.
func testElection(t *testing.T, s chorus.Store) {
	e, ok := s.(chorus.Elector)
	if !ok {
		t.Skip("the store elects no assigner")
	}
	ctx := context.Background()
	l, err := e.Lead(ctx, "p1")
	if err != nil || l == nil {
		t.Fatalf("Lead of a free store = %v, %v; want the leadership", l, err)
	}
	if other, err := e.Lead(ctx, "p2"); err != nil || other != nil {
		t.Fatalf("second Lead = %v, %v; want none while p1 leads", other, err)
	}
	err = l.Update(ctx, func(tx chorus.StoreTx) error {
		_, err := tx.AppendChange(ctx, chorus.Change{Kind: chorus.ChangeInsert, Article: "a1", Story: 1, Inbox: 1, Holder: "p1", At: t0})
		return err
	})
	if err != nil {
		t.Fatalf("leader's Update: %v", err)
	}
	woke := make(chan time.Duration, 1)
	go func() {
		start := time.Now()
		l.Wait(ctx, 20*time.Second)
		woke <- time.Since(start)
	}()
	time.Sleep(50 * time.Millisecond)
	update(t, s, func(tx chorus.StoreTx) error {
		if _, err := tx.PutArticle(ctx, article("w1", 0, t0)); err != nil {
			return err
		}
		_, err := tx.QueueArticle(ctx, "w1", t0)
		return err
	})
	select {
	case d := <-woke:
		t.Logf("Wait woke after %v", d)
	case <-time.After(10 * time.Second):
		t.Fatal("Wait did not wake on a queued article")
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	l2, err := e.Lead(ctx, "p2")
	if err != nil || l2 == nil {
		t.Fatalf("Lead after Release = %v, %v; want the leadership", l2, err)
	}
	view(t, s, func(r chorus.StoreReader) error {
		if last, err := r.LastChange(ctx); err != nil || last == 0 {
			t.Errorf("the leader's change was not committed: LastChange %d, %v", last, err)
		}
		return nil
	})
	if err := l2.Release(); err != nil {
		t.Fatal(err)
	}
}
