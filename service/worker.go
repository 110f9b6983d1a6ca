package service

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/queue"
)

// Run works summary jobs until ctx is done, then waits for the summaries
// in hand (the queue keeps anything unfinished). The jobs are River's
// (package queue): any process sharing the store may take each one, and
// exactly one does. A job's errors are not fatal: they go to
// Options.Logger and the job is retried with back-off. So Run returns only
// when ctx is done, and it returns ctx.Err() (context.Canceled or
// context.DeadlineExceeded), as net/http's Server.Serve returns
// ErrServerClosed: a caller that cancelled ctx itself can ignore it.
//
// Run also runs the story assigner (assign.go): this process takes the
// role when no other process holds it, and gives it up when ctx is done.
func (s *Service) Run(ctx context.Context) error {
	if s.opts.SummaryNice > 0 {
		if b := newBackground(s.opts.Workers, s.opts.SummaryNice, s.log); b != nil {
			s.bg.Store(b)
			defer func() {
				s.bg.CompareAndSwap(b, nil)
				b.close()
			}()
		}
	}
	actx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	s.looping.Add(1)
	go func() {
		defer close(done)
		s.runAssigner(actx)
	}()
	err := s.jobs.Run(ctx)
	cancel()
	<-done
	return err
}

// ProcessPending works through all due jobs (failed ones whose back-off
// has passed included) in the calling process and returns how many it
// took. Tests and one-shot commands use it instead of Run.
func (s *Service) ProcessPending(ctx context.Context) (int, error) { return s.jobs.Drain(ctx) }

// work is one summary job: it summarizes its story's latest version and
// saves it. There is one job per story, not per version: a change to a
// story whose job waits (or runs) joins that job (queue.SummaryArgs), so a
// burst of changes costs one computation, of the version the job finds
// when it reads the story. A job whose story was summarized since it was
// queued ends without computing: the job that saved that summary queued
// the next one if the story had moved on meanwhile. So every summary saved
// (every version shown) is computed once, by one process.
func (s *Service) work(ctx context.Context, job queue.Job) error {
	s.running.Add(1)
	defer s.running.Add(-1)
	err := s.process(ctx, job)
	if err != nil && ctx.Err() == nil {
		s.log.Error("summary job", "story", job.StoryID, "after", job.After, "attempt", job.Attempt, "err", err)
	}
	return err // River retries it after a back-off
}

// process does the work of one summary job.
func (s *Service) process(ctx context.Context, job queue.Job) error {
	// A worker slot, held until the summary is saved, so that with one
	// worker the summaries of a story are saved in the order computed.
	// The story is read once the slot is held: the changes made while the
	// job waited joined it.
	select {
	case s.computing <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.computing }()
	st, err := s.read(ctx, job)
	if err != nil || st == nil {
		return err
	}
	arts := st.arts
	var sum chorus.Summary
	if b := s.bg.Load(); b != nil {
		b.run(func() { sum, err = s.summarize(inputs(arts)) })
	} else {
		sum, err = s.summarize(inputs(arts))
	}
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
		s.metrics.jobsFailed.Inc()
		return err
	}
	s.metrics.computed.Inc()
	saved.Computed = now
	saved.FirstPublished, saved.LastPublished, saved.UndatedArticles = publishedSpan(arts)
	updated := st.Updated
	if st.Summary == nil || !sameSentences(st.Summary.Sentences, saved.Sentences) {
		updated = now
	}
	title := storyTitle(st.Title, saved, arts)
	if cs, ok := s.store.(currentSummarySaver); ok {
		// The usual case, the story unchanged since it was read, in one
		// round trip; otherwise the transaction below.
		done, err := cs.SaveCurrentSummary(ctx, job.StoryID, st.Version, title, saved, updated)
		if err != nil {
			return err
		}
		if done {
			s.metrics.jobsDone.Inc()
			s.log.Debug("summary saved", "story", job.StoryID, "version", st.Version, "attempt", job.Attempt)
			return nil
		}
	}
	err = s.update(ctx, "summary", func(tx chorus.StoreTx) error {
		// A story that changed meanwhile still gets this newer summary; the
		// changes joined this job, so the next job is queued here.
		current, err := tx.SaveSummary(ctx, job.StoryID, st.Version, title, saved, updated)
		if err != nil || current {
			return err
		}
		return tx.QueueSummary(ctx, job.StoryID, now.Add(s.opts.SummaryDelay))
	})
	if errors.Is(err, chorus.ErrVersion) {
		s.metrics.discarded.Inc()
		return nil // a newer summary is stored already, or the story merged
	}
	if err == nil {
		s.metrics.jobsDone.Inc()
		s.log.Debug("summary saved", "story", job.StoryID, "version", st.Version, "attempt", job.Attempt)
	}
	return err
}

// jobStory is a story read for its summary job, with its articles.
type jobStory struct {
	*chorus.StoryRecord
	arts []chorus.ArticleRecord
}

// storyArticlesReader is a store that reads a story and its articles on
// one snapshot in one call (the postgres store: in one round trip).
type storyArticlesReader interface {
	StoryAndArticles(ctx context.Context, id int64) (*chorus.StoryRecord, []chorus.ArticleRecord, error)
}

// currentSummarySaver is a store that saves a summary of a story's current
// version in one call, reporting whether it saved (the postgres store: in
// one round trip, where an Update takes two).
type currentSummarySaver interface {
	SaveCurrentSummary(ctx context.Context, id, version int64, title string, sum chorus.StorySummary, updated time.Time) (bool, error)
}

// idle reports whether job has nothing to do on its story st: merged,
// summarized at its version already or since the job was queued, or
// without articles.
func idle(st *chorus.StoryRecord, job queue.Job) bool {
	return st.MergedInto != 0 || st.SummaryVersion != job.After || st.SummaryVersion >= st.Version || st.ArticleCount == 0
}

// read returns the story of job with its articles, or nil when the job
// has nothing to do: the story is gone, merged, summarized at its version
// already or since the job was queued, or has no articles.
func (s *Service) read(ctx context.Context, job queue.Job) (*jobStory, error) {
	if r, ok := s.store.(storyArticlesReader); ok {
		st, arts, err := r.StoryAndArticles(ctx, job.StoryID)
		switch {
		case chorus.IsNotFound(err):
			return nil, nil
		case err != nil:
			return nil, err
		case idle(st, job) || len(arts) == 0:
			return nil, nil
		}
		return &jobStory{StoryRecord: st, arts: arts}, nil
	}
	var out *jobStory
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		st, err := r.Story(ctx, job.StoryID)
		if err != nil {
			return err
		}
		if idle(st, job) {
			return nil
		}
		out = &jobStory{StoryRecord: st}
		if out.arts, err = r.StoryArticles(ctx, job.StoryID); err == nil && len(out.arts) == 0 {
			out = nil
		}
		return err
	})
	if chorus.IsNotFound(err) {
		return nil, nil
	}
	return out, err
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
	out := chorus.StorySummary{Sentences: make([]chorus.StorySentence, len(sum.Sentences)), Sources: sum.Sources, Words: sum.Words, Voices: sum.Voices, Disputes: sum.Disputes}
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

// storyTitle picks the story's headline so that it follows the summary's
// lead (its first sentence): the headline of the article whose own lead
// opens the summary — or, when the lead states figures and a newer source
// of it opens with other figures (a dated lead: "kills at least 23" while
// a later report leads with "has risen to 31"), the newest such source.
// Only titled original (not copied) sources of the lead count; "newest" is
// by publication time, else ingestion time, ties to the lower citation
// number; when no source of the lead opens with it, the newest source of
// the lead gives the headline. With no titled source for the lead it falls
// back to the source the summary cites most (ties to the lower citation
// number), then to the first original article, then to the current title.
func storyTitle(current string, sum chorus.StorySummary, arts []chorus.ArticleRecord) string {
	if t := leadTitle(sum, arts); t != "" {
		return t
	}
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

// leadTitle returns the headline storyTitle takes from the sources of the
// summary's lead, or "" when none is titled.
func leadTitle(sum chorus.StorySummary, arts []chorus.ArticleRecord) string {
	if len(sum.Sentences) == 0 {
		return ""
	}
	lead := sentenceKey(sum.Sentences[0].Text)
	byID := make(map[string]*chorus.ArticleRecord, len(arts))
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
	}
	cited := make(map[int]bool, len(sum.Sentences[0].Sources))
	for _, c := range sum.Sentences[0].Sources {
		cited[c] = true
	}
	type cand struct {
		src     *chorus.Source
		at      time.Time
		opening string // the start of the article's text, normalized
	}
	var cands []cand
	for i := range sum.Sources {
		src := &sum.Sources[i]
		if !cited[src.ID] || strings.TrimSpace(src.Title) == "" {
			continue
		}
		c := cand{src: src, at: src.Published}
		if a := byID[src.Article]; a != nil {
			if a.DuplicateOf != "" {
				continue // a copy's headline is its original's to give
			}
			if c.at.IsZero() {
				c.at = a.Published
			}
			if c.at.IsZero() {
				c.at = a.Ingested
			}
			c.opening = opening(a.Text, len(lead))
		}
		cands = append(cands, c)
	}
	newest := func(keep func(cand) bool) *cand {
		var best *cand
		for i := range cands {
			c := &cands[i]
			if keep(*c) && (best == nil || c.at.After(best.at) || (c.at.Equal(best.at) && c.src.ID < best.src.ID)) {
				best = c
			}
		}
		return best
	}
	// An article opens with the lead when only a dateline (no sentence
	// end) comes before it.
	opens := func(c cand) bool {
		i := strings.Index(c.opening, lead)
		return i >= 0 && firstSentence(c.opening[:i]) == c.opening[:i]
	}
	best := newest(opens)
	if best == nil {
		best = newest(func(cand) bool { return true })
	}
	if best == nil {
		return ""
	}
	if figures := numbers(lead); len(figures) > 0 {
		from := best.at
		if newer := newest(func(c cand) bool { return c.at.After(from) && hasOther(numbers(firstSentence(c.opening)), figures) }); newer != nil {
			best = newer
		}
	}
	return strings.TrimSpace(best.src.Title)
}

// opening returns the start of an article's text, normalized as
// sentenceKey does, long enough to hold a lead of n bytes after a dateline.
func opening(text string, n int) string {
	const slack = 200 // a dateline or a heading before the lead
	if len(text) > n+slack {
		text = text[:n+slack]
	}
	return sentenceKey(text)
}

// firstSentence returns s up to its first sentence end (". ", "! ", "? "),
// or all of s.
func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if strings.IndexByte(".!?", s[i]) >= 0 && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return s
}

// numbers returns the figures (words holding a digit, trimmed of
// punctuation and thousands commas) of s.
func numbers(s string) map[string]bool {
	out := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		if strings.ContainsAny(w, "0123456789") {
			w = strings.ReplaceAll(strings.Trim(w, ".,;:!?()\"'"), ",", "")
			out[w] = true
		}
	}
	return out
}

// hasOther reports whether figures holds a figure not in known.
func hasOther(figures, known map[string]bool) bool {
	for f := range figures {
		if !known[f] {
			return true
		}
	}
	return false
}
