package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/story"
)

// This file holds the story assigner. Story assignment is sequential by
// nature (each article's story depends on every earlier decision), so it
// runs in one process at a time, the leader:
//
//   - Election: the store's Elector (chorus.Elector) grants one Leadership:
//     on PostgreSQL a session advisory lock held on a dedicated connection,
//     on SQLite an flock beside the database file. Both are freed by the
//     database or the operating system when the leader dies, so another
//     process takes over on its next try (Options.LeadRetry, 1 s).
//   - Writes: any process stores an article and appends it to the inbox in
//     the ingest transaction, without the assigner's lock; the article is
//     acknowledged once that commits (chorus.StoryService.Ingest).
//   - Assignment: the leader takes the inbox in order, in batches of up to
//     assignBatch articles (one transaction each, so more writers make
//     bigger batches rather than more transactions), decides each article's
//     story with its in-memory index (a story.Clusterer), writes the
//     decision, removes the inbox entry and appends to the ordered change
//     log (insert, update, merge). The batch runs on the Leadership's
//     transaction, which commits only while the lock is held, and the
//     change log refuses a second change of one inbox entry, so no article
//     is assigned twice; an entry stays in the inbox until a batch commits,
//     so none is lost when the leader dies mid-batch.
//   - Index: only the leader holds one. It loads it once when it takes the
//     lead (the stories with an article ingested within twice the window
//     of the latest ingestion: the clusterer's own aging rule, by time seen,
//     so the loaded index is the live one), and catches up
//     from the change log when it leads again after a pause. Followers
//     never rebuild: they read stories straight from the store.

// Defaults of the assigner's Options.
const (
	// DefaultAssignWait bounds how long Ingest waits for its articles'
	// stories, well below the HTTP server's 60 s write timeout.
	DefaultAssignWait = 10 * time.Second
	// DefaultLeadRetry is how often a follower tries to take the lead.
	DefaultLeadRetry = time.Second
	// DefaultSummaryDelay is `chorus serve`'s Options.SummaryDelay.
	DefaultSummaryDelay = time.Second
	// DefaultSummaryNice is `chorus serve`'s Options.SummaryNice.
	DefaultSummaryNice = 10
)

// assignBatch is the most inbox entries one assignment transaction takes;
// assignBatchTime stops a batch early, so other writers never wait long for
// the store (SQLite's single writer) or the stories it locks (PostgreSQL).
const (
	assignBatch     = 128
	assignBatchTime = 250 * time.Millisecond
)

// errNotLeader is returned by assign when the process does not lead.
var errNotLeader = errors.New("not the story assigner")

// holderName names this process in logs, metrics and the change log.
func holderName() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s:%d", host, os.Getpid())
}

// runAssigner leads (or waits to lead) and assigns until ctx is done, then
// gives the lead up.
// The caller counts the loop in s.looping.
func (s *Service) runAssigner(ctx context.Context) {
	defer s.looping.Add(-1)
	defer s.stepDown(nil)
	for ctx.Err() == nil {
		s.mu.Lock()
		l := s.lead
		s.mu.Unlock()
		if l == nil {
			if _, err := s.tryLead(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("assigner election failed", "err", err)
			}
			s.mu.Lock()
			l = s.lead
			s.mu.Unlock()
			if l == nil {
				// A follower's Ingest waits for the store's word of the
				// assigner's batches: listen from now on.
				s.batchSignal()
				s.followerWait(ctx)
				continue
			}
		}
		if err := s.assign(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("story assignment failed", "err", err)
			sleep(ctx, 100*time.Millisecond)
			continue
		}
		if err := l.Wait(ctx, s.opts.Poll); err != nil && ctx.Err() == nil {
			s.stepDown(err)
		}
	}
}

// leadIdleRetry is how often a process that does not assign stories, and
// has queued no article for the assigner lately, tries to take the role:
// the safety poll of an idle follower (on PostgreSQL each try is a
// transaction). A follower whose writes wait for an assigner tries every
// Options.LeadRetry, so a dead assigner's role is taken within LeadRetry
// of the next write to any live process.
const leadIdleRetry = time.Minute

// noteQueued records that this process queued articles for the assigner
// (see followerWait).
func (s *Service) noteQueued() {
	s.queuedAt.Store(time.Now().UnixNano())
	select {
	case s.queuedNow <- struct{}{}:
	default:
	}
}

// followerWait waits, in a process that does not assign stories, until
// its next try to take the role: LeadRetry while it has queued articles
// within the last AssignWait (its writes wait for an assigner), otherwise
// until it queues one or leadIdleRetry has passed.
func (s *Service) followerWait(ctx context.Context) {
	sleep(ctx, s.opts.LeadRetry)
	if time.Since(time.Unix(0, s.queuedAt.Load())) < s.opts.AssignWait {
		return
	}
	select {
	case <-s.queuedNow: // a token left by a write already seen
	default:
	}
	if time.Since(time.Unix(0, s.queuedAt.Load())) < s.opts.AssignWait {
		return
	}
	t := time.NewTimer(leadIdleRetry - s.opts.LeadRetry)
	defer t.Stop()
	select {
	case <-t.C:
	case <-s.queuedNow:
	case <-ctx.Done():
	}
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// tryLead takes the lead when it is free and readies the index; it reports
// whether this call took it.
func (s *Service) tryLead(ctx context.Context) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lead != nil || s.elector == nil {
		return false, nil
	}
	l, err := s.elector.Lead(ctx, s.holder)
	if err != nil || l == nil {
		return false, err
	}
	start := time.Now()
	s.lead = l
	how, n, err := s.readyIndex(ctx)
	if err != nil {
		s.lead = nil
		return false, errors.Join(err, l.Release())
	}
	s.metrics.leader.Set(1)
	s.metrics.leadership.WithLabelValues("acquired").Inc()
	s.log.Log(ctx, s.leadLevel(), "assigner leadership acquired", "index", how, "articles", n, "change", s.cluSeq,
		"ms", time.Since(start).Milliseconds())
	return true, nil
}

// leadLevel is the level of leadership logs: info for a process running
// the assigner loop, debug for one that leads only for its own Ingest.
func (s *Service) leadLevel() slog.Level {
	if s.looping.Load() > 0 {
		return slog.LevelInfo
	}
	return slog.LevelDebug
}

// stepDown gives the lead up (cause nil: released on purpose).
func (s *Service) stepDown(cause error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lead == nil {
		return
	}
	err := s.lead.Release()
	s.lead = nil
	s.metrics.leader.Set(0)
	if cause != nil {
		s.metrics.leadership.WithLabelValues("lost").Inc()
		s.log.Warn("assigner leadership lost", "err", cause, "release_err", err)
		return
	}
	s.metrics.leadership.WithLabelValues("released").Inc()
	s.log.Log(context.Background(), s.leadLevel(), "assigner leadership released")
}

// readyIndex makes s.clu reflect the change log: unchanged when nobody
// assigned since this process last led, caught up from the change log when
// it led before, loaded from the stories otherwise. Callers hold s.mu.
func (s *Service) readyIndex(ctx context.Context) (how string, n int, err error) {
	err = s.store.View(ctx, func(r chorus.StoreReader) error {
		last, err := r.LastChange(ctx)
		if err != nil {
			return err
		}
		switch {
		case s.clu != nil && last == s.cluSeq:
			how = "kept"
			return nil
		case s.clu != nil && last-s.cluSeq <= maxCatchUp:
			how = "caught up"
			n, err = s.catchUp(ctx, r)
			return err
		}
		how = "loaded"
		n, err = s.load(ctx, r, last)
		return err
	})
	if err != nil {
		s.clu = nil
		return "", 0, fmt.Errorf("cannot ready the story index: %w", err)
	}
	return how, n, nil
}

// maxCatchUp is the longest change log a leader catches up with rather
// than loading its index afresh.
const maxCatchUp = 10000

// load fills a fresh index with the articles of the stories in the window
// of the latest ingestion, as r sees them; last is r's LastChange. The
// window is the clusterer's own aging rule (story.Clusterer forgets a story
// whose articles were last seen, ingested, more than two windows before the
// latest article seen), so the loaded index holds the stories the live one
// held and replays their articles in the order it applied them. A cut by
// publication time instead dropped, on a dated stream, stories the live
// index still held and counted in its document frequencies, and every
// vector computed after the takeover differed (issue 12: 3-13 of 500 DUC
// 2004 articles in other stories after a kill of the assigner).
func (s *Service) load(ctx context.Context, r chorus.StoreReader, last int64) (int, error) {
	latest, err := r.LatestIngested(ctx)
	if err != nil {
		return 0, err
	}
	s.metrics.rebuilds.Inc()
	clu, n := story.New(s.opts.Cluster), 0
	if !latest.IsZero() {
		err = r.RecentArticles(ctx, latest.Add(-2*s.opts.Cluster.Window), func(a chorus.ArticleRecord) error {
			clu.Load(doc(a), a.StoryID, a.DuplicateOf)
			n++
			return nil
		})
		if err != nil {
			return 0, err
		}
	}
	s.clu, s.cluSeq = clu, last
	return n, nil
}

// catchUp applies the change log after s.cluSeq to the index, as r sees
// it: the articles assigned or updated (with their text now) and the
// merges. It reads the log a page at a time, with one read for all the
// articles of the page.
func (s *Service) catchUp(ctx context.Context, r chorus.StoreReader) (int, error) {
	n := 0
	for {
		cs, err := r.Changes(ctx, s.cluSeq, catchUpPage)
		if err != nil || len(cs) == 0 {
			return n, err
		}
		var ids []string
		for _, c := range cs {
			if c.Kind != chorus.ChangeMerge {
				ids = append(ids, c.Article)
			}
		}
		arts, err := r.Articles(ctx, ids)
		if err != nil {
			return n, err
		}
		byID := make(map[string]*chorus.ArticleRecord, len(arts))
		for i := range arts {
			byID[arts[i].ID] = &arts[i]
		}
		for _, c := range cs {
			switch c.Kind {
			case chorus.ChangeMerge:
				s.clu.Merge(c.From, c.Story)
			default:
				a := byID[c.Article]
				if a == nil {
					return n, fmt.Errorf("cannot catch up with change %d: article %s: %w", c.Seq, c.Article, chorus.ErrNotFound)
				}
				s.clu.Load(doc(*a), c.Story, c.DuplicateOf)
			}
			s.cluSeq = c.Seq
			n++
		}
		s.metrics.catchUp.Add(float64(len(cs)))
	}
}

// catchUpPage is how many changes catchUp reads at once.
const catchUpPage = 500

// assign works through the inbox in batches until it is empty, as the
// leader; it returns errNotLeader when this process does not lead.
func (s *Service) assign(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		if s.lead == nil {
			return errNotLeader
		}
		more, err := s.assignBatch(ctx)
		if err != nil {
			// The index may hold decisions of the rolled-back batch: it is
			// readied again (from the change log) on the next lead.
			s.clu = nil
			l := s.lead
			s.lead = nil
			s.metrics.leader.Set(0)
			s.metrics.leadership.WithLabelValues("lost").Inc()
			s.log.Warn("assigner leadership lost", "err", err, "release_err", l.Release())
			return err
		}
		if !more {
			return nil
		}
	}
}

// batchStats counts what one batch did, for metrics and logs.
type batchStats struct{ articles, created, merged, updated int }

// assignBatch assigns one batch of the inbox and reports whether the inbox
// may hold more. Callers hold s.mu and lead.
func (s *Service) assignBatch(ctx context.Context) (more bool, err error) {
	start := time.Now()
	var st batchStats
	var last *int64 // the batch's last change, known once it commits
	err = s.lead.Update(ctx, func(tx chorus.StoreTx) error {
		s.metrics.lockWait.WithLabelValues("assign").Observe(time.Since(start).Seconds())
		st, last, more, s.handOver = batchStats{}, nil, false, s.handOver[:0]
		entries, err := tx.Inbox(ctx, assignBatch)
		if err != nil {
			return err
		}
		more = len(entries) == assignBatch
		now := s.now()
		assigned := make(map[string]bool)
		for i, e := range entries {
			if i > 0 && time.Since(start) > assignBatchTime {
				more = true
				break
			}
			seq, err := s.assignOne(ctx, tx, e, now, assigned, &st)
			if err != nil {
				return err
			}
			last = seq
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("cannot assign stories: %w", err)
	}
	if st.articles == 0 {
		return false, nil
	}
	if last != nil && *last > 0 {
		s.cluSeq = *last
	}
	for _, h := range s.handOver {
		if _, ok := s.watched[h.seq]; ok {
			s.watched[h.seq] = h.a
		}
	}
	d := time.Since(start)
	s.metrics.batches.Inc()
	s.metrics.assigned.Add(float64(st.articles))
	s.metrics.batchTime.Observe(d.Seconds())
	s.log.Debug("assigned batch", "articles", st.articles, "new_stories", st.created, "merges", st.merged,
		"updates", st.updated, "change", s.cluSeq, "ms", d.Milliseconds())
	s.broadcast()
	return more, nil
}

// assignOne assigns the article of inbox entry e in tx: a new article
// (never assigned) goes to the story the index picks, a stored one with new
// text is reassessed in its story. It logs the change(s), removes the
// entry and returns the last change's Seq, which may be set only once tx
// commits (assignAndLog).
func (s *Service) assignOne(ctx context.Context, tx chorus.StoreTx, e chorus.InboxEntry, now time.Time,
	assigned map[string]bool, st *batchStats) (*int64, error) {
	a := e.Article
	st.articles++
	due := now.Add(s.opts.SummaryDelay) // of the summary jobs of changed stories
	change := chorus.Change{Article: a.ID, Inbox: e.Seq, Holder: s.holder, At: now}
	if a.StoryID == 0 && !assigned[a.ID] {
		dec := s.clu.Assign(doc(a))
		id := dec.Story
		var err error
		if id == 0 {
			st.created++
			// Its first summary is due SummaryDelay later too (Updated),
			// so the articles that follow the first at once are
			// summarized with it.
			id, err = tx.CreateStory(ctx, chorus.StoryRecord{Story: chorus.Story{Title: a.Title, Created: now, Updated: due}, Last: docTime(a)})
			if err != nil {
				return nil, err
			}
		} else {
			for _, m := range dec.Merge {
				if err := tx.MergeStory(ctx, m, id, due); err != nil {
					return nil, err
				}
				mc := change
				mc.Kind, mc.Story, mc.From = chorus.ChangeMerge, id, m
				if _, err := tx.AppendChange(ctx, mc); err != nil {
					return nil, err
				}
				st.merged++
			}
			if err := tx.TouchStory(ctx, id, docTime(a), due); err != nil {
				return nil, err
			}
		}
		s.clu.Apply(dec, id)
		assigned[a.ID] = true
		change.Kind, change.Story, change.DuplicateOf = chorus.ChangeInsert, id, dec.DuplicateOf
	} else {
		// New text of a stored article: it keeps its story; whether it
		// copies another article of the story is decided again.
		st.updated++
		a.StoryID = s.clu.Story(a.ID)
		if a.StoryID == 0 || assigned[a.ID] {
			cur, err := tx.Article(ctx, a.ID)
			if err != nil {
				return nil, err
			}
			a.StoryID = cur.StoryID
		}
		dupOf, held := s.clu.Replace(doc(a))
		if !held {
			var err error
			if dupOf, err = s.copyOf(ctx, tx, a); err != nil {
				return nil, err
			}
			s.clu.Load(doc(a), a.StoryID, dupOf)
		}
		if err := tx.TouchStory(ctx, a.StoryID, docTime(a), due); err != nil {
			return nil, err
		}
		change.Kind, change.Story, change.DuplicateOf = chorus.ChangeUpdate, a.StoryID, dupOf
	}
	seq, err := assignAndLog(ctx, tx, change)
	if err != nil {
		return nil, err
	}
	if _, ok := s.watched[e.Seq]; ok {
		s.handOver = append(s.handOver, handOver{e.Seq, assignment{change.Story, change.DuplicateOf, true}})
	}
	return seq, nil
}

// laterAssignLogger is a store transaction that places an inbox entry's
// article, logs the change and removes the entry in one call, sent with
// the transaction's next statement or its commit, the change's Seq known
// only then (the sqlite and postgres stores; on PostgreSQL one round trip
// fewer per article placed).
type laterAssignLogger interface {
	AssignAndLogLater(ctx context.Context, c chorus.Change) (*int64, error)
}

// assignAndLog places the article of inbox entry c.Inbox in c.Story,
// appends c to the change log and removes the entry, returning the
// change's Seq, which may be set only once tx commits.
func assignAndLog(ctx context.Context, tx chorus.StoreTx, c chorus.Change) (*int64, error) {
	if l, ok := tx.(laterAssignLogger); ok {
		return l.AssignAndLogLater(ctx, c)
	}
	if err := tx.AssignArticle(ctx, c.Article, c.Story, c.DuplicateOf); err != nil {
		return nil, err
	}
	seq, err := tx.AppendChange(ctx, c)
	if err != nil {
		return nil, err
	}
	return &seq, tx.Dequeue(ctx, c.Inbox)
}

// broadcast wakes the Ingest calls of this process waiting for their
// stories. Callers hold s.mu.
func (s *Service) broadcast() {
	close(s.assigned)
	s.assigned = make(chan struct{})
}
