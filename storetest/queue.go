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

// pending lists s's queued summary jobs as "story/after".
func pending(t *testing.T, s chorus.Store) []string {
	t.Helper()
	now := t0
	jobs, err := runner(t, s, &now, func(queue.Job) error { return nil }).Pending(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(jobs))
	for i, j := range jobs {
		out[i] = fmt.Sprintf("%d/%d", j.StoryID, j.After)
	}
	return out
}

// testJobs checks the summary queue: one job per story, queued with the
// story's change, that later changes join while it is not finished (queued,
// to be retried); worked once, retried after a back-off; a new job once it
// finished or once the story's summary was saved.
func testJobs(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	now := t0.Add(time.Hour)
	var worked []string
	fail, skip := true, false
	r := runner(t, s, &now, func(j queue.Job) error {
		worked = append(worked, fmt.Sprintf("%d/%d#%d", j.StoryID, j.After, j.Attempt))
		if fail {
			return errors.New("summarizer down")
		}
		if skip {
			return nil
		}
		return summarize(s, j.StoryID)
	})
	if n, oldest, err := r.Stats(ctx); err != nil || n != 0 || !oldest.IsZero() {
		t.Errorf("empty queue: %d jobs, oldest %v, %v", n, oldest, err)
	}
	a := newStory(t, s, "a1", "A", t0)
	b := newStory(t, s, "b1", "B", t0.Add(time.Second))
	// Changes of a, in one transaction and in another, join a's job.
	update(t, s, func(tx chorus.StoreTx) error {
		if err := tx.TouchStory(ctx, a, t0, t0.Add(2*time.Second)); err != nil {
			return err
		}
		return tx.TouchStory(ctx, a, t0, t0.Add(3*time.Second))
	})
	update(t, s, func(tx chorus.StoreTx) error { return tx.TouchStory(ctx, a, t0, t0.Add(4*time.Second)) })
	want := fmt.Sprint([]string{fmt.Sprintf("%d/0", a), fmt.Sprintf("%d/0", b)})
	if got := fmt.Sprint(pending(t, s)); got != want {
		t.Errorf("queued jobs %s, want %s", got, want)
	}
	if n, oldest, err := r.Stats(ctx); err != nil || n != 2 || !oldest.Equal(t0) {
		t.Errorf("Stats = %d, %v, %v; want 2 jobs, the oldest queued at %v", n, oldest, err, t0)
	}

	// Every job is taken once; failures come back after their back-off,
	// and a change meanwhile joins the job to be retried.
	if n, err := r.Drain(ctx); err != nil || n != 2 || len(worked) != 2 {
		t.Fatalf("Drain = %d, %v (worked %v); want the 2 jobs", n, err, worked)
	}
	if n, err := r.Drain(ctx); err != nil || n != 0 {
		t.Errorf("Drain right after failures = %d, %v; want 0 (back-off)", n, err)
	}
	update(t, s, func(tx chorus.StoreTx) error { return tx.TouchStory(ctx, b, t0, now) })
	if got := fmt.Sprint(pending(t, s)); got != want {
		t.Errorf("queued jobs after failures and a change %s, want %s", got, want)
	}
	fail = false
	now = now.Add(queue.Backoff(1))
	worked = nil
	if n, err := r.Drain(ctx); err != nil || n != 2 || len(worked) != 2 || worked[0][len(worked[0])-2:] != "#2" {
		t.Fatalf("Drain after back-off = %d, %v (worked %v); want the 2 jobs, second attempts", n, err, worked)
	}
	if got := pending(t, s); len(got) != 0 {
		t.Errorf("queued jobs after success: %v", got)
	}
	if n, _, err := r.Stats(ctx); err != nil || n != 0 {
		t.Errorf("Stats after success = %d, %v", n, err)
	}
	// The jobs saved their stories' summaries (summarize): a new change
	// queues a job after the version saved, and QueueSummary has nothing
	// to queue for a current story.
	vb := version(t, s, b)
	update(t, s, func(tx chorus.StoreTx) error {
		if err := tx.QueueSummary(ctx, b, now); err != nil {
			return err
		}
		return tx.TouchStory(ctx, b, t0, now)
	})
	if got, want := fmt.Sprint(pending(t, s)), fmt.Sprint([]string{fmt.Sprintf("%d/%d", b, vb)}); got != want {
		t.Errorf("queued after a change of a summarized story: %s, want %s", got, want)
	}
	// A job that ended without saving (its story merged, say) does not
	// stop a new one of the same arguments.
	skip = true
	if n, err := r.Drain(ctx); err != nil || n != 1 {
		t.Fatalf("Drain = %d, %v; want b's job", n, err)
	}
	skip = false
	update(t, s, func(tx chorus.StoreTx) error { return tx.TouchStory(ctx, b, t0, now) })
	if got, want := fmt.Sprint(pending(t, s)), fmt.Sprint([]string{fmt.Sprintf("%d/%d", b, vb)}); got != want {
		t.Errorf("queued after a finished job: %s, want %s", got, want)
	}
	// A summary saved while the story moved on (not current): QueueSummary
	// queues the next job, after the version saved, beside the one still
	// in hand.
	update(t, s, func(tx chorus.StoreTx) error {
		st, err := tx.Story(ctx, b)
		if err != nil {
			return err
		}
		if err := tx.TouchStory(ctx, b, t0, now); err != nil {
			return err
		}
		current, err := tx.SaveSummary(ctx, b, st.Version, "B", emptySummary(), now)
		if err != nil || current {
			return fmt.Errorf("SaveSummary = %v, %v; want saved, not current", current, err)
		}
		vb = st.Version
		return tx.QueueSummary(ctx, b, now)
	})
	want = fmt.Sprint([]string{fmt.Sprintf("%d/%d", b, vb-2), fmt.Sprintf("%d/%d", b, vb)})
	if got := fmt.Sprint(pending(t, s)); got != want {
		t.Errorf("queued after a summary saved behind its story: %s, want %s", got, want)
	}
	if n, err := r.Drain(ctx); err != nil || n != 2 {
		t.Fatalf("Drain = %d, %v; want b's two jobs", n, err)
	}
	if got := pending(t, s); len(got) != 0 {
		t.Errorf("queued at the end: %v", got)
	}
}

// summarize saves an empty summary of a story at its version, as a
// summary job does.
func summarize(s chorus.Store, id int64) error {
	ctx := context.Background()
	return s.Update(ctx, func(tx chorus.StoreTx) error {
		st, err := tx.Story(ctx, id)
		if err != nil {
			return err
		}
		if st.MergedInto != 0 || st.SummaryVersion >= st.Version {
			return nil
		}
		_, err = tx.SaveSummary(ctx, id, st.Version, st.Title, emptySummary(), st.Updated)
		return err
	})
}

// emptySummary returns a summary of no sentences.
func emptySummary() chorus.StorySummary {
	return chorus.StorySummary{Sentences: []chorus.StorySentence{}, Sources: []chorus.Source{}}
}

// version returns a story's summary version.
func version(t *testing.T, s chorus.Store, id int64) int64 {
	t.Helper()
	var v int64
	view(t, s, func(r chorus.StoreReader) error {
		st, err := r.Story(context.Background(), id)
		if err == nil {
			v = st.SummaryVersion
		}
		return err
	})
	return v
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

// testPostpone checks that a change joining a story's waiting summary job
// postpones the job to the change's due time, at most queue.MaxPostpone
// after it was first due, and that a job due later than the change keeps
// its time.
func testPostpone(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	c := newStory(t, s, "c1", "C", t0) // its job due at t0
	scheduled := func() time.Time {
		t.Helper()
		now := t0
		jobs, err := runner(t, s, &now, func(queue.Job) error { return nil }).Pending(ctx, 10)
		if err != nil || len(jobs) != 1 || jobs[0].StoryID != c {
			t.Fatalf("jobs = %+v, %v; want c's one job", jobs, err)
		}
		return jobs[0].Scheduled
	}
	for _, step := range []struct{ at, want time.Duration }{
		{2 * time.Second, 2 * time.Second},
		{time.Second, 2 * time.Second}, // an earlier due time changes nothing
		{4 * time.Second, 4 * time.Second},
		{time.Minute, queue.MaxPostpone},
	} {
		update(t, s, func(tx chorus.StoreTx) error { return tx.TouchStory(ctx, c, t0, t0.Add(step.at)) })
		if got := scheduled(); !got.Equal(t0.Add(step.want)) {
			t.Errorf("after a change due at +%v the job is due at %v, want +%v", step.at, got, step.want)
		}
	}
}

// testFirstJobDue checks when a new story's first summary job is due: at
// the Updated time CreateStory is given (the service's summary delay), or
// at its creation when Updated is zero; the story stored is updated at its
// creation either way.
func testFirstJobDue(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		updated time.Time
		want    time.Time
	}{
		{"at creation", time.Time{}, t0},
		{"delayed", t0.Add(1500 * time.Millisecond), t0.Add(1500 * time.Millisecond)},
	} {
		var id int64
		update(t, s, func(tx chorus.StoreTx) error {
			var err error
			id, err = tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: tc.name, Created: t0, Updated: tc.updated}, Last: t0})
			if err != nil {
				return err
			}
			_, err = tx.PutArticle(ctx, article("first-"+tc.name, id, t0))
			return err
		})
		now := t0
		jobs, err := runner(t, s, &now, func(queue.Job) error { return nil }).Pending(ctx, 100)
		if err != nil {
			t.Fatal(err)
		}
		var due []time.Time
		for _, j := range jobs {
			if j.StoryID == id {
				due = append(due, j.Scheduled)
			}
		}
		if len(due) != 1 || !due[0].Equal(tc.want) {
			t.Errorf("%s: first summary jobs due %v, want one at %v", tc.name, due, tc.want)
		}
		var st *chorus.StoryRecord
		if err := s.View(ctx, func(r chorus.StoreReader) error {
			st, err = r.Story(ctx, id)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if !st.Updated.Equal(t0) {
			t.Errorf("%s: story updated %v, want its creation %v", tc.name, st.Updated, t0)
		}
	}
}
