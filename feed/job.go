package feed

import (
	"context"
	"fmt"
	"strings"
)

// Due returns the IDs of the feeds whose NextPoll has come. With Poll it
// lets a job queue share the feeds among processes (queue.FeedConfig):
// one process lists the due feeds, and any process polls each one.
func (p *Poller) Due(ctx context.Context) ([]int64, error) {
	feeds, err := p.opts.Service.Feeds(ctx)
	if err != nil {
		return nil, fmt.Errorf("cannot list feeds: %w", err)
	}
	now := p.opts.Clock()
	var ids []int64
	for _, f := range feeds {
		if !f.NextPoll.After(now) {
			ids = append(ids, f.ID)
		}
	}
	return ids, nil
}

// PollFeed polls the feed with the given ID when it is still due (another
// process may have polled it since it was found due), holding one of its
// host's Options.PerHost slots in this process. A missing feed is not an
// error; a failed fetch is recorded in the feed's state, like Poll's.
func (p *Poller) PollFeed(ctx context.Context, id int64) error {
	feeds, err := p.opts.Service.Feeds(ctx)
	if err != nil {
		return fmt.Errorf("cannot list feeds: %w", err)
	}
	for _, f := range feeds {
		if f.ID != id {
			continue
		}
		if f.NextPoll.After(p.opts.Clock()) {
			return nil
		}
		slot := p.hostSlot(strings.ToLower(host(f.URL)))
		if !acquire(ctx, slot) {
			return ctx.Err()
		}
		defer func() { <-slot }()
		_, err := p.Poll(ctx, f)
		return err
	}
	return nil
}

// hostSlot returns the semaphore of a host's polls in this process.
func (p *Poller) hostSlot(h string) chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.hosts == nil {
		p.hosts = map[string]chan struct{}{}
	}
	if p.hosts[h] == nil {
		p.hosts[h] = make(chan struct{}, p.opts.PerHost)
	}
	return p.hosts[h]
}
