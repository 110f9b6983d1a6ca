package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// queueStats returns the store's QueueStats.
func queueStats(t *testing.T, s chorus.Store) (int, time.Time) {
	t.Helper()
	var n int
	var oldest time.Time
	view(t, s, func(r chorus.StoreReader) error {
		var err error
		n, oldest, err = r.QueueStats(context.Background())
		return err
	})
	return n, oldest
}

func testJobs(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	if n, oldest := queueStats(t, s); n != 0 || !oldest.IsZero() {
		t.Errorf("empty queue: %d jobs, oldest %v", n, oldest)
	}
	a := newStory(t, s, "a1", "A", t0)
	b := newStory(t, s, "b1", "B", t0.Add(time.Second))
	if n, oldest := queueStats(t, s); n != 2 || !oldest.Equal(t0) {
		t.Errorf("QueueStats = %d, %v; want 2 jobs, the oldest queued at %v", n, oldest, t0)
	}
	update(t, s, func(tx chorus.StoreTx) error {
		return tx.FailJob(ctx, a, t0.Add(time.Hour), "summarizer down")
	})
	if jobs := dueJobs(t, s, t0.Add(time.Minute)); len(jobs) != 1 || jobs[0].StoryID != b {
		t.Errorf("due jobs = %+v, want only story %d (story %d is delayed)", jobs, b, a)
	}
	jobs := dueJobs(t, s, t0.Add(2*time.Hour))
	if len(jobs) != 2 || jobs[0].StoryID != a || jobs[0].Attempts != 1 || jobs[0].LastError != "summarizer down" {
		t.Errorf("jobs later = %+v, want story %d first with one failed attempt", jobs, a)
	}
	// New work on a delayed story makes it due at once.
	update(t, s, func(tx chorus.StoreTx) error { return tx.TouchStory(ctx, a, t0, t0.Add(time.Minute)) })
	if jobs := dueJobs(t, s, t0.Add(time.Minute)); len(jobs) != 2 {
		t.Errorf("touched delayed story not due: %+v", jobs)
	}
	update(t, s, func(tx chorus.StoreTx) error { return tx.DropJob(ctx, b) })
	if jobs := dueJobs(t, s, t0.Add(time.Hour)); len(jobs) != 1 || jobs[0].StoryID != a {
		t.Errorf("jobs after DropJob = %+v", jobs)
	}
	if n, _ := queueStats(t, s); n != 1 {
		t.Errorf("QueueStats after DropJob = %d jobs, want 1 (delayed jobs count)", n)
	}
	// Leave the store consistent: story b gets its summary.
	update(t, s, func(tx chorus.StoreTx) error {
		_, err := tx.SaveSummary(ctx, b, 1, "B", chorus.StorySummary{}, t0)
		return err
	})
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
}
