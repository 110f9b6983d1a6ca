package mock

import (
	"context"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/queue"
)

// Store is a chorus.Store whose calls a test can intercept, in the manner
// of benbjohnson/wtf's mocks: each method calls its function field when
// set, and passes the call on to the embedded Store otherwise (which must
// then be set). Wrap a real store to count or fail transactions:
//
//	store := &mock.Store{Store: db}
//	store.ViewFn = func(ctx context.Context, fn func(chorus.StoreReader) error) error {
//		return errors.New("disk on fire")
//	}
type Store struct {
	chorus.Store
	ViewFn   func(ctx context.Context, fn func(chorus.StoreReader) error) error
	UpdateFn func(ctx context.Context, fn func(chorus.StoreTx) error) error
	CloseFn  func() error
	QueueFn  func(cfg queue.Config) (queue.Runner, error)
	LeadFn   func(ctx context.Context, holder string) (chorus.Leadership, error)
}

var (
	_ chorus.Store   = (*Store)(nil)
	_ queue.Store    = (*Store)(nil)
	_ chorus.Elector = (*Store)(nil)
)

// View implements chorus.Store.
func (s *Store) View(ctx context.Context, fn func(chorus.StoreReader) error) error {
	if s.ViewFn != nil {
		return s.ViewFn(ctx, fn)
	}
	return s.Store.View(ctx, fn)
}

// Update implements chorus.Store.
func (s *Store) Update(ctx context.Context, fn func(chorus.StoreTx) error) error {
	if s.UpdateFn != nil {
		return s.UpdateFn(ctx, fn)
	}
	return s.Store.Update(ctx, fn)
}

// Close implements chorus.Store.
func (s *Store) Close() error {
	if s.CloseFn != nil {
		return s.CloseFn()
	}
	return s.Store.Close()
}

// Queue implements queue.Store, passing the call on to the embedded Store
// when it has a queue.
func (s *Store) Queue(cfg queue.Config) (queue.Runner, error) {
	if s.QueueFn != nil {
		return s.QueueFn(cfg)
	}
	q, ok := s.Store.(queue.Store)
	if !ok {
		return nil, chorus.Errorf(chorus.EINTERNAL, "the store has no job queue")
	}
	return q.Queue(cfg)
}

// Lead implements chorus.Elector: LeadFn when set, else the embedded
// Store's election; a Store that elects none grants no leadership.
func (s *Store) Lead(ctx context.Context, holder string) (chorus.Leadership, error) {
	if s.LeadFn != nil {
		return s.LeadFn(ctx, holder)
	}
	if e, ok := s.Store.(chorus.Elector); ok {
		return e.Lead(ctx, holder)
	}
	return nil, nil
}
