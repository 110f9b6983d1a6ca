package service

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/chorusnews/chorus"
)

// KeyPrefix starts every API key secret, so a leaked one is easy to spot.
const KeyPrefix = "chorus_"

// keyHash returns the hex SHA-256 of a key secret, the only form stored.
func keyHash(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// AddKey makes a new API key named name and returns its secret, which is
// not stored and cannot be shown again, and the stored key.
func (s *Service) AddKey(ctx context.Context, name string) (string, chorus.APIKey, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", chorus.APIKey{}, fmt.Errorf("cannot make API key: %w", err)
	}
	secret := KeyPrefix + hex.EncodeToString(b[:])
	h := keyHash(secret)
	k := chorus.APIKey{ID: h[:12], Name: strings.TrimSpace(name), Hash: h, Created: s.now()}
	if err := s.update(ctx, "other", func(tx chorus.StoreTx) error { return tx.AddAPIKey(ctx, k) }); err != nil {
		return "", chorus.APIKey{}, fmt.Errorf("cannot add API key: %w", err)
	}
	return secret, k, nil
}

// RevokeKey revokes the API key with the given ID; writes with it are
// refused from then on. Revoking a revoked key changes nothing.
func (s *Service) RevokeKey(ctx context.Context, id string) error {
	err := s.update(ctx, "other", func(tx chorus.StoreTx) error { return tx.RevokeAPIKey(ctx, id, s.now()) })
	if chorus.IsNotFound(err) {
		return chorus.Errorf(chorus.ENOTFOUND, "no API key %q", chorus.Clip(id, 64))
	}
	return err
}

// Keys lists every API key, revoked ones included.
func (s *Service) Keys(ctx context.Context) ([]chorus.APIKey, error) {
	var keys []chorus.APIKey
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		var err error
		keys, err = r.APIKeys(ctx)
		return err
	})
	return keys, err
}

// Authenticate returns the valid (not revoked) key whose secret is
// secret, or an EUNAUTHORIZED error.
func (s *Service) Authenticate(ctx context.Context, secret string) (*chorus.APIKey, error) {
	if secret == "" {
		return nil, chorus.Errorf(chorus.EUNAUTHORIZED, "this write needs an API key (Authorization: Bearer KEY)")
	}
	var k *chorus.APIKey
	err := s.store.View(ctx, func(r chorus.StoreReader) error {
		var err error
		k, err = r.APIKeyByHash(ctx, keyHash(secret))
		return err
	})
	switch {
	case chorus.IsNotFound(err) || (err == nil && !k.Revoked.IsZero()):
		return nil, chorus.Errorf(chorus.EUNAUTHORIZED, "unknown or revoked API key")
	case err != nil:
		return nil, fmt.Errorf("cannot check API key: %w", err)
	}
	return k, nil
}
