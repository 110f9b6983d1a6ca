package servicetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/mock"
	"github.com/chorusnews/chorus/service"
)

// errCrash is the death of the story assigner in the middle of a batch.
var errCrash = errors.New("assigner process died")

// crashing is a Leadership that dies on demand: its next batch runs (the
// index decides, the transaction writes) and is then rolled back instead
// of committed, and its lock is freed as the operating system or the
// database would free a dead process's.
type crashing struct {
	chorus.Leadership
	crash *atomic.Bool
	died  *atomic.Bool
}

// Update implements chorus.Leadership.
func (c crashing) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	if !c.crash.Load() {
		return c.Leadership.Update(ctx, fn)
	}
	err := c.Leadership.Update(ctx, func(tx chorus.StoreTx) error {
		if err := fn(tx); err != nil {
			return err
		}
		return errCrash
	})
	c.died.Store(true)
	c.Leadership.Release()
	return err
}

// Failover runs the story assigner's failover: two services on one store
// (newStore returns an opener of a new database; each call of the opener
// is one process's handle on it), both running, articles posted to both in
// turn, one at a time; the assigner dies in the middle of a batch, and the
// other service takes over. Every acknowledged article must end assigned,
// exactly once (one insert in the change log each), the in-flight one
// included, and the stories must be those of one service ingesting the same
// articles in the same order.
func Failover(t *testing.T, newStore func(t *testing.T) func(t *testing.T) chorus.Store) {
	ctx := context.Background()
	var stream []chorus.Article
	for n := range 6 {
		for k := range 5 {
			stream = append(stream, article(k, n))
		}
	}
	// A reprint (a copy decision) and a new text of a stored article (an
	// update of the change log), after the crash.
	reprint := stream[3]
	reprint.URL, reprint.Source = "https://reprints.example.org/x", "Reprinter"
	reprint.Text = strings.Replace(reprint.Text, "report", "dispatch", 1)
	rewrite := stream[1]
	rewrite.Text += " Late news: the " + "rowing regatta" + " in Orvik drew record crowds."
	stream = append(stream, reprint, rewrite)
	const crashAt = 13 // the article posted to the assigner as it dies

	// The reference: one service, the same order.
	refOpen := newStore(t)
	ref, err := service.Open(ctx, refOpen(t), service.Options{Summarize: firstSentences})
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for i, a := range stream {
		if _, err := ref.Ingest(ctx, []chorus.Article{a}); err != nil {
			t.Fatalf("reference ingest of article %d: %v", i, err)
		}
	}

	open := newStore(t)
	var crash, died atomic.Bool
	dbA := open(t)
	storeA := &mock.Store{Store: dbA, LeadFn: func(ctx context.Context, holder string) (chorus.Leadership, error) {
		if died.Load() {
			return nil, nil
		}
		l, err := dbA.(chorus.Elector).Lead(ctx, holder)
		if err != nil || l == nil {
			return l, err
		}
		return crashing{Leadership: l, crash: &crash, died: &died}, nil
	}}
	opts := service.Options{Summarize: firstSentences, Poll: 20 * time.Millisecond, LeadRetry: 50 * time.Millisecond}
	a, err := service.Open(ctx, storeA, opts)
	if err != nil {
		t.Fatal(err)
	}
	ctxA, stopA := context.WithCancel(ctx)
	doneA := make(chan error, 1)
	go func() { doneA <- a.Run(ctxA) }()
	defer func() {
		stopA()
		<-doneA
		a.Close()
	}()
	// a leads before b starts.
	if _, err := a.Ingest(ctx, stream[:1]); err != nil {
		t.Fatal(err)
	}
	dbB := open(t)
	b, err := service.Open(ctx, dbB, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctxB, stopB := context.WithCancel(ctx)
	doneB := make(chan error, 1)
	go func() { doneB <- b.Run(ctxB) }()
	defer func() {
		stopB()
		<-doneB
	}()

	for i := 1; i < len(stream); i++ {
		svc := b
		if i%2 == 0 && i <= crashAt {
			svc = a
		}
		start := time.Now()
		if i == crashAt {
			crash.Store(true)
		}
		res, err := svc.Ingest(ctx, stream[i:i+1])
		if err != nil {
			t.Fatalf("ingest of article %d: %v", i, err)
		}
		if res[0].StoryID == 0 {
			t.Fatalf("article %d acknowledged with its story pending after %v", i, time.Since(start))
		}
		if i == crashAt {
			if !died.Load() {
				t.Fatal("the assigner did not die")
			}
			t.Logf("article %d, posted to the dying assigner, was assigned after %v", i, time.Since(start))
		}
	}

	want, got := partition(t, ref, stream), partition(t, b, stream)
	if want != got {
		t.Errorf("stories after the failover:\n%s\nwant (one service, same order):\n%s", got, want)
	}
	if err := b.Check(ctx); err != nil {
		t.Errorf("store check: %v", err)
	}
	var inserts map[string]int
	err = dbB.View(ctx, func(r chorus.StoreReader) error {
		cs, err := r.Changes(ctx, 0, 1000)
		inserts = map[string]int{}
		for _, c := range cs {
			if c.Kind == chorus.ChangeInsert {
				inserts[c.Article]++
			}
		}
		if in, ierr := r.Inbox(ctx, 10); ierr != nil || len(in) > 0 {
			t.Errorf("inbox after the run: %d entries, %v; want none", len(in), ierr)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(inserts) != len(stream)-1 { // the rewrite is an update
		t.Errorf("%d articles inserted in the change log, want %d", len(inserts), len(stream)-1)
	}
	for id, n := range inserts {
		if n != 1 {
			t.Errorf("article %s assigned %d times", id, n)
		}
	}
}

// partition describes the stories of the stream's articles as s stores
// them: each story's articles (by position in the stream), stories in
// order of their first article, and each copy with its original.
func partition(t *testing.T, s *service.Service, stream []chorus.Article) string {
	t.Helper()
	ctx := context.Background()
	pos := map[string]int{}
	byStory := map[int64][]int{}
	var order []int64
	var dups []string
	res, err := s.Ingest(ctx, stream) // every article unchanged: their IDs and stories
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if _, seen := pos[r.ID]; !seen {
			pos[r.ID] = i
		}
	}
	for i, r := range res {
		if r.Status == chorus.IngestCreated {
			t.Fatalf("article %d was not stored", i)
		}
		if pos[r.ID] != i {
			continue
		}
		if _, seen := byStory[r.StoryID]; !seen {
			order = append(order, r.StoryID)
		}
		byStory[r.StoryID] = append(byStory[r.StoryID], i)
		if r.DuplicateOf != "" {
			dups = append(dups, fmt.Sprintf("%d copies %d", i, pos[r.DuplicateOf]))
		}
	}
	var b strings.Builder
	for _, id := range order {
		fmt.Fprintf(&b, "story: %v\n", byStory[id])
	}
	slices.Sort(dups)
	fmt.Fprintf(&b, "copies: %v\n", dups)
	return b.String()
}

// firstSentences is a quick summarizer: each article's first sentence.
func firstSentences(arts []chorus.Article, _ chorus.Options) (chorus.Summary, error) {
	var sum chorus.Summary
	for j, a := range arts {
		sum.Sources = append(sum.Sources, chorus.Source{ID: j + 1, Article: a.ID, Title: a.Title})
		first, _, _ := strings.Cut(a.Text, ". ")
		sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: first + ".", Sources: []int{j + 1}, Support: 1})
	}
	return sum, nil
}
