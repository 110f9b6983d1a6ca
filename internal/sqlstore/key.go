package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
)

// APIKeyByHash implements chorus.StoreReader.
func (r *Reader) APIKeyByHash(ctx context.Context, hash string) (*chorus.APIKey, error) {
	k, err := ScanAPIKey(r.c.QueryRow(ctx, r.q.APIKeyByHash, hash))
	if r.c.IsNoRows(err) {
		return nil, chorus.ErrNotFound
	}
	if err != nil {
		return nil, r.c.Wrap("read API key", err)
	}
	return k, nil
}

// APIKeys implements chorus.StoreReader.
func (r *Reader) APIKeys(ctx context.Context) ([]chorus.APIKey, error) {
	var out []chorus.APIKey
	err := r.each(ctx, "API keys", func(s Scanner) error {
		k, err := ScanAPIKey(s)
		if err != nil {
			return fmt.Errorf("cannot read API key: %w", err)
		}
		out = append(out, *k)
		return nil
	}, r.q.APIKeys)
	return out, err
}

// AddAPIKey implements chorus.StoreTx. It refuses a name longer than
// chorus.MaxSourceBytes.
func (w *Writer) AddAPIKey(ctx context.Context, k chorus.APIKey) error {
	if err := chorus.CheckField("name", k.Name, chorus.MaxSourceBytes); err != nil {
		return fmt.Errorf("cannot add API key: %w", err)
	}
	if _, err := w.c.Exec(ctx, w.q.AddAPIKey, k.ID, k.Name, k.Hash, Enc(k.Created)); err != nil {
		return w.c.Wrap("add API key", err)
	}
	return nil
}

// RevokeAPIKey implements chorus.StoreTx.
func (w *Writer) RevokeAPIKey(ctx context.Context, id string, now time.Time) error {
	n, err := w.c.Exec(ctx, w.q.RevokeAPIKey, Enc(now), id)
	if err != nil {
		return w.c.Wrap("revoke API key "+id, err)
	}
	if n != 1 {
		return fmt.Errorf("cannot revoke API key %s: %w", id, chorus.ErrNotFound)
	}
	return nil
}
