package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// testAPIKeys checks that keys round-trip by hash, list in creation order,
// stay listed once revoked, keep their first revocation time, and that a
// second key with a known hash is refused.
func testAPIKeys(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	k1 := chorus.APIKey{ID: "k1", Name: "wire desk", Hash: "hash-1", Created: t0}
	k2 := chorus.APIKey{ID: "k2", Name: "", Hash: "hash-2", Created: t0.Add(time.Minute)}
	update(t, s, func(tx chorus.StoreTx) error {
		if err := tx.AddAPIKey(ctx, k1); err != nil {
			return err
		}
		return tx.AddAPIKey(ctx, k2)
	})
	if err := s.Update(ctx, func(tx chorus.StoreTx) error {
		return tx.AddAPIKey(ctx, chorus.APIKey{ID: "k3", Hash: "hash-1", Created: t0})
	}); err == nil {
		t.Error("a second key with a known hash was stored")
	}
	update(t, s, func(tx chorus.StoreTx) error { return tx.RevokeAPIKey(ctx, "k2", t0.Add(time.Hour)) })
	update(t, s, func(tx chorus.StoreTx) error { return tx.RevokeAPIKey(ctx, "k2", t0.Add(2*time.Hour)) })
	err := s.Update(ctx, func(tx chorus.StoreTx) error { return tx.RevokeAPIKey(ctx, "nope", t0) })
	if !chorus.IsNotFound(err) {
		t.Errorf("revoking a missing key = %v, want ErrNotFound", err)
	}
	view(t, s, func(r chorus.StoreReader) error {
		got, err := r.APIKeyByHash(ctx, "hash-1")
		if err != nil || *got != k1 {
			t.Errorf("APIKeyByHash = %+v, %v; want %+v", got, err, k1)
		}
		if _, err := r.APIKeyByHash(ctx, "hash-9"); !chorus.IsNotFound(err) {
			t.Errorf("unknown hash: %v, want ErrNotFound", err)
		}
		all, err := r.APIKeys(ctx)
		if err != nil {
			return err
		}
		if len(all) != 2 || all[0].ID != "k1" || all[1].ID != "k2" || !all[1].Revoked.Equal(t0.Add(time.Hour)) || !all[0].Revoked.IsZero() {
			t.Errorf("APIKeys = %+v", all)
		}
		return nil
	})
}

// testOwner checks that an article's owner is stored and that a
// replacement keeps the first owner.
func testOwner(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	sid := newStory(t, s, "a1", "First", t0)
	a := article("a2", sid, t0)
	a.Owner = "key:k1"
	update(t, s, func(tx chorus.StoreTx) error { _, err := tx.PutArticle(ctx, a); return err })
	a.Text, a.Hash, a.Owner = "Replaced body.", "hash-a2-v2", "key:other"
	update(t, s, func(tx chorus.StoreTx) error { _, err := tx.PutArticle(ctx, a); return err })
	view(t, s, func(r chorus.StoreReader) error {
		got, err := r.Article(ctx, "a2")
		if err != nil {
			return err
		}
		if got.Owner != "key:k1" || got.Text != "Replaced body." {
			t.Errorf("replaced article: owner %q, text %q; want key:k1 kept", got.Owner, got.Text)
		}
		first, err := r.Article(ctx, "a1")
		if err != nil || first.Owner != "" {
			t.Errorf("article without owner: %+v, %v", first, err)
		}
		return nil
	})
}
