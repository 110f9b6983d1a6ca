package chorus

import (
	"context"
	"time"
)

// This file holds the vocabulary of write access: API keys and the writer
// of an ingest, which decides whether a stored article may be replaced.

// More error codes, mapped to HTTP statuses by the http package.
const (
	EUNAUTHORIZED = "unauthorized" // the request needs a valid API key
	EFORBIDDEN    = "forbidden"    // the key (or its absence) does not allow this write
)

// APIKey is a key that may write to the story service. Only the SHA-256 of
// the secret is stored; the secret is shown once, when the key is made.
type APIKey struct {
	// ID names the key publicly (in lists, logs and article ownership);
	// it is derived from the hash and never reveals the secret.
	ID string `json:"id"`
	// Name is the operator's note on whom the key is for.
	Name string `json:"name"`
	// Hash is the hex SHA-256 of the secret.
	Hash string `json:"-"`
	// Created is when the key was made.
	Created time.Time `json:"created"`
	// Revoked is when the key was revoked; zero while it is valid.
	Revoked time.Time `json:"revoked,omitzero"`
}

// Writer prefixes: an article's owner is "key:" and the key's ID, or
// "feed:" and the feed's ID; the empty owner is the local operator (the
// CLI on the store, or an unauthenticated write to a loopback server).
const (
	WriterKeyPrefix  = "key:"
	WriterFeedPrefix = "feed:"
)

// writerKey is the context key of the writer.
type writerKey struct{}

// WithWriter returns a context whose ingests are made by writer, one of
// "key:ID", "feed:ID" or "" for the local operator. The service records
// the writer of each new article and lets only the same writer replace it.
func WithWriter(ctx context.Context, writer string) context.Context {
	return context.WithValue(ctx, writerKey{}, writer)
}

// WriterFrom returns the writer set by WithWriter, or "" (the local
// operator).
func WriterFrom(ctx context.Context) string {
	w, _ := ctx.Value(writerKey{}).(string)
	return w
}
