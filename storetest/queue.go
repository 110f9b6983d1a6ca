package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/queue"
)

// runner returns a Runner of s's summary jobs (s must be a queue.Store)
// whose clock reads *now and whose work calls work.
func runner(t *testing.T, s chorus.Store, now *time.Time, work func(queue.Job) error) queue.Runner {
	t.Helper()
	qs, ok := s.(queue.Store)
	if !ok {
		t.Fatalf("%T has no job queue", s)
	}
	var mu sync.Mutex
	r, err := qs.Queue(queue.Config{
		Work: func(_ context.Context, j queue.Job) error {
			mu.Lock()
			defer mu.Unlock()
			return work(j)
		},
		Clock: func() time.Time { return *now },
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// pending lists s's queued summary jobs as "story/version".
func pending(t *testing.T, s chorus.Store) []string {
	t.Helper()
	now := t0
	jobs, err := runner(t, s, &now, func(queue.Job) error { return nil }).Pending(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(jobs))
	for i, j := range jobs {
		out[i] = fmt.Sprintf("%d/%d", j.StoryID, j.Version)
	}
	return out
}

// testJobs checks the summary queue: one job per story version changed in
// a transaction, queued with it, worked once, retried after a back-off.
func testJobs(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	now := t0.Add(time.Hour)
	var worked []string
	fail := true
	r := runner(t, s, &now, func(j queue.Job) error {
		worked = append(worked, fmt.Sprintf("%d/%d#%d", j.StoryID, j.Version, j.Attempt))
		if fail {
			return errors.New("summarizer down")
		}
		return nil
	})
	if n, oldest, err := r.Stats(ctx); err != nil || n != 0 || !oldest.IsZero() {
		t.Errorf("empty queue: %d jobs, oldest %v, %v", n, oldest, err)
	}
	a := newStory(t, s, "a1", "A", t0)
	b := newStory(t, s, "b1", "B", t0.Add(time.Second))
	// Two changes of a in one transaction queue one job, of the last version.
	update(t, s, func(tx chorus.StoreTx) error {
		if err := tx.TouchStory(ctx, a, t0, t0.Add(2*time.Second)); err != nil {
			return err
		}
		return tx.TouchStory(ctx, a, t0, t0.Add(3*time.Second))
	})
	want := fmt.Sprint([]string{fmt.Sprintf("%d/1", a), fmt.Sprintf("%d/1", b), fmt.Sprintf("%d/3", a)})
	if got := fmt.Sprint(pending(t, s)); got != want {
		t.Errorf("queued jobs %s, want %s", got, want)
	}
	if n, oldest, err := r.Stats(ctx); err != nil || n != 3 || !oldest.Equal(t0) {
		t.Errorf("Stats = %d, %v, %v; want 3 jobs, the oldest queued at %v", n, oldest, err, t0)
	}

	// Every job is taken once; failures come back after their back-off.
	if n, err := r.Drain(ctx); err != nil || n != 3 || len(worked) != 3 {
		t.Fatalf("Drain = %d, %v (worked %v); want the 3 jobs", n, err, worked)
	}
	if n, err := r.Drain(ctx); err != nil || n != 0 {
		t.Errorf("Drain right after failures = %d, %v; want 0 (back-off)", n, err)
	}
	if got := fmt.Sprint(pending(t, s)); got != want {
		t.Errorf("queued jobs after failures %s, want %s", got, want)
	}
	fail = false
	now = now.Add(queue.Backoff(1))
	worked = nil
	if n, err := r.Drain(ctx); err != nil || n != 3 || len(worked) != 3 || worked[0][len(worked[0])-2:] != "#2" {
		t.Fatalf("Drain after back-off = %d, %v (worked %v); want the 3 jobs, second attempts", n, err, worked)
	}
	if got := pending(t, s); len(got) != 0 {
		t.Errorf("queued jobs after success: %v", got)
	}
	if n, _, err := r.Stats(ctx); err != nil || n != 0 {
		t.Errorf("Stats after success = %d, %v", n, err)
	}
	// A version done is not queued again; a new version is.
	update(t, s, func(tx chorus.StoreTx) error { return tx.TouchStory(ctx, b, t0, now) })
	if got, want := fmt.Sprint(pending(t, s)), fmt.Sprint([]string{fmt.Sprintf("%d/2", b)}); got != want {
		t.Errorf("queued after a new change: %s, want %s", got, want)
	}
}
func testFeeds(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	var f1, f2 *chorus.Feed
	update(t, s, func(tx chorus.StoreTx) error {
		var err error
		if f1, err = tx.AddFeed(ctx, "https://example.com/rss", t0); err != nil {
			return err
		}
		f2, err = tx.AddFeed(ctx, "https://example.com/rss", t0.Add(time.Hour))
		return err
	})
	if f1.ID == 0 || f2.ID != f1.ID || f1.URL != "https://example.com/rss" {
		t.Fatalf("AddFeed twice = %+v, %+v; want one feed", f1, f2)
	}
	f1.Title, f1.ETag, f1.LastModified = "Example news", `W/"x1"`, "Mon, 02 Jan 2026 15:04:05 GMT"
	f1.LastPolled, f1.NextPoll, f1.Failures, f1.LastError = t0, t0.Add(15*time.Minute), 3, "503"
	update(t, s, func(tx chorus.StoreTx) error { return tx.UpdateFeed(ctx, *f1) })
	view(t, s, func(r chorus.StoreReader) error {
		got, err := r.Feed(ctx, f1.ID)
		if err != nil {
			return err
		}
		if *got != *f1 {
			t.Errorf("feed round trip = %+v, want %+v", *got, *f1)
		}
		byURL, err := r.FeedByURL(ctx, f1.URL)
		if err != nil || byURL.ID != f1.ID {
			t.Errorf("FeedByURL = %+v, %v", byURL, err)
		}
		all, err := r.Feeds(ctx)
		if err != nil || len(all) != 1 {
			t.Errorf("Feeds = %+v, %v", all, err)
		}
		if _, err := r.Feed(ctx, 12345); !chorus.IsNotFound(err) {
			t.Errorf("missing feed: %v", err)
		}
		return nil
	})
	err := s.Update(ctx, func(tx chorus.StoreTx) error { return tx.UpdateFeed(ctx, chorus.Feed{ID: 12345}) })
	if !chorus.IsNotFound(err) {
		t.Errorf("UpdateFeed of a missing feed = %v", err)
	}
	update(t, s, func(tx chorus.StoreTx) error { return tx.RemoveFeed(ctx, f1.ID) })
	view(t, s, func(r chorus.StoreReader) error {
		if _, err := r.Feed(ctx, f1.ID); !chorus.IsNotFound(err) {
			t.Errorf("removed feed still read: %v", err)
		}
		return nil
	})
	err = s.Update(ctx, func(tx chorus.StoreTx) error { return tx.RemoveFeed(ctx, f1.ID) })
	if !chorus.IsNotFound(err) {
		t.Errorf("RemoveFeed of a missing feed = %v", err)
	}
}
