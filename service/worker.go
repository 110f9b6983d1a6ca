package service

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
)

// maxBackoff caps the delay before a failed summary job is retried.
const maxBackoff = 10 * time.Minute

// Run runs the background summary workers until ctx is done, then waits for
// them to finish the summary in hand (the queue keeps anything unfinished).
// A worker's errors are not fatal: they go to Options.Logger and the job is
// retried later. So Run returns only when ctx is done, and it returns
// ctx.Err() (context.Canceled or context.DeadlineExceeded), as net/http's
// Server.Serve returns ErrServerClosed: a caller that cancelled ctx itself
// can ignore it.
func (s *Service) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for range s.opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.work(ctx)
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// work is one worker's loop.
func (s *Service) work(ctx context.Context) {
	timer := time.NewTimer(s.opts.Poll)
	defer timer.Stop()
	for ctx.Err() == nil {
		news := s.woken()
		did, err := s.step(ctx)
		if did && err == nil {
			continue
		}
		if err != nil && ctx.Err() == nil {
			s.opts.Logger.Error("summary worker", "err", err)
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
		timer.Reset(s.opts.Poll)
		select {
		case <-ctx.Done():
		case <-news:
		case <-timer.C:
		}
	}
}

// ProcessPending works through all due jobs in the calling goroutine and
// returns how many it took. Tests and one-shot
// commands use it instead of Run.
func (s *Service) ProcessPending(ctx context.Context) (int, error) {
	n := 0
	for {
		did, err := s.step(ctx)
		if err != nil {
			return n, err
		}
		if !did {
			return n, nil
		}
		n++
	}
}

// step claims one due job and processes it. It reports whether there was a
// job.
func (s *Service) step(ctx context.Context) (bool, error) {
	job, ok, err := s.claim(ctx)
	if err != nil || !ok {
		return false, err
	}
	defer s.release(job.StoryID)
	return true, s.process(ctx, job)
}

// claim takes the oldest due job that no other worker holds.
func (s *Service) claim(ctx context.Context) (chorus.Job, bool, error) {
	var jobs []chorus.Job
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		var err error
		jobs, err = r.Jobs(ctx, s.now(), s.opts.Workers+8)
		return err
	})
	if err != nil {
		return chorus.Job{}, false, err
	}
	s.busyMu.Lock()
	defer s.busyMu.Unlock()
	for _, j := range jobs {
		if !s.busy[j.StoryID] {
			s.busy[j.StoryID] = true
			return j, true, nil
		}
	}
	return chorus.Job{}, false, nil
}

func (s *Service) release(id int64) {
	s.busyMu.Lock()
	delete(s.busy, id)
	s.busyMu.Unlock()
}

// process recomputes one story's summary and saves it unless a newer one is
// stored; a story that changed meanwhile keeps its job and is recomputed
// again, so a story that grows faster than it is summarized still shows the
// latest summary computed.
func (s *Service) process(ctx context.Context, job chorus.Job) error {
	var st *chorus.StoryRecord
	var arts []chorus.ArticleRecord
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		var err error
		if st, err = r.Story(ctx, job.StoryID); err != nil {
			return err
		}
		arts, err = r.StoryArticles(ctx, job.StoryID)
		return err
	})
	if chorus.IsNotFound(err) || (err == nil && (st.MergedInto != 0 || len(arts) == 0)) {
		return s.update(ctx, "summary", func(tx chorus.StoreTx) error { return tx.DropJob(ctx, job.StoryID) })
	}
	if err != nil {
		return err
	}
	in := make([]chorus.Article, len(arts))
	for i, a := range arts {
		in[i] = a.Article
		in[i].ID = a.ID
	}
	sum, err := s.summarize(in)
	now := s.now()
	var saved chorus.StorySummary
	switch {
	case err == nil:
		saved = withAdded(sum, st.Summary, now)
	case chorus.ErrorCode(err) == chorus.EINVALID:
		// The articles cannot be summarized (no usable text): record that,
		// so the job does not come back until the story changes.
		saved = chorus.StorySummary{Sentences: []chorus.StorySentence{}, Sources: []chorus.Source{}, Error: chorus.ErrorMessage(err)}
	default:
		delay := time.Second << min(job.Attempts, 10)
		s.metrics.jobsFailed.Inc()
		return s.update(ctx, "summary", func(tx chorus.StoreTx) error {
			return tx.FailJob(ctx, job.StoryID, now.Add(min(delay, maxBackoff)), err.Error())
		})
	}
	saved.Computed = now
	updated := st.Updated
	if st.Summary == nil || !sameSentences(st.Summary.Sentences, saved.Sentences) {
		updated = now
	}
	title := storyTitle(st.Title, saved, arts)
	err = s.update(ctx, "summary", func(tx chorus.StoreTx) error {
		// A story that changed meanwhile still gets this newer summary; its
		// job stays (current is false) and is taken again.
		_, err := tx.SaveSummary(ctx, job.StoryID, st.Version, title, saved, updated)
		return err
	})
	if errors.Is(err, chorus.ErrVersion) {
		return nil // a newer summary is stored already, or the story merged
	}
	if err == nil {
		s.metrics.jobsDone.Inc()
	}
	return err
}

// summarize calls the summarizer, turning a panic into an error.
func (s *Service) summarize(arts []chorus.Article) (sum chorus.Summary, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot summarize: panic: %v", r)
		}
	}()
	return s.opts.Summarize(arts, chorus.Options{Words: s.opts.SummaryWords})
}

// sentenceKey compares summary sentences across versions.
func sentenceKey(text string) string { return strings.Join(strings.Fields(text), " ") }

// withAdded stamps each sentence of sum with the time it entered the
// summary: kept sentences keep their time from prev, new ones get now.
func withAdded(sum chorus.Summary, prev *chorus.StorySummary, now time.Time) chorus.StorySummary {
	added := make(map[string]time.Time)
	if prev != nil {
		for _, p := range prev.Sentences {
			added[sentenceKey(p.Text)] = p.Added
		}
	}
	out := chorus.StorySummary{Sentences: make([]chorus.StorySentence, len(sum.Sentences)), Sources: sum.Sources, Words: sum.Words}
	if out.Sources == nil {
		out.Sources = []chorus.Source{}
	}
	for i, sen := range sum.Sentences {
		t, ok := added[sentenceKey(sen.Text)]
		if !ok {
			t = now
		}
		out.Sentences[i] = chorus.StorySentence{Sentence: sen, Added: t}
	}
	return out
}

// sameSentences reports whether two summaries hold the same sentence texts
// in the same order.
func sameSentences(a, b []chorus.StorySentence) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if sentenceKey(a[i].Text) != sentenceKey(b[i].Text) {
			return false
		}
	}
	return true
}

// storyTitle picks the headline of the source the summary cites most (ties
// to the lower citation number), else the current title.
func storyTitle(current string, sum chorus.StorySummary, arts []chorus.ArticleRecord) string {
	counts := make(map[int]int)
	for _, s := range sum.Sentences {
		for _, c := range s.Sources {
			counts[c]++
		}
	}
	best, bestN := "", 0
	for _, src := range sum.Sources {
		if n := counts[src.ID]; n > bestN && strings.TrimSpace(src.Title) != "" {
			best, bestN = src.Title, n
		}
	}
	if best == "" {
		for _, a := range arts {
			if a.DuplicateOf == "" && a.Title != "" {
				return a.Title
			}
		}
		return current
	}
	return best
}
