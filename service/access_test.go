package service

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// TestReplaceKnownURL is the regression test for the rewrite attack of
// issue 9: posting to a known article's URL (any case, with utm_
// parameters or a fragment) replaced its title and text, and the summary
// then credited the rewritten text to the original publisher. Now only the
// writer that created an article can replace it.
func TestReplaceKnownURL(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Unix(1e9, 0)})
	feed := chorus.WithWriter(ctx, chorus.WriterFeedPrefix+"1")
	orig := chorus.Article{ID: "o", Title: "Harbour reopens", Source: "Port Gazette", URL: "https://paper.example/harbour?id=3",
		Text: "The harbour reopened on Tuesday after repairs to the sea wall."}
	res, err := s.Ingest(feed, []chorus.Article{orig})
	if err != nil {
		t.Fatal(err)
	}
	id := res[0].ID
	forged := orig
	forged.URL = "HTTPS://Paper.EXAMPLE/harbour?utm_source=x&id=3#top"
	forged.Title, forged.Text = "Harbour closed forever", "Officials said the harbour will never reopen."

	tests := []struct {
		name   string
		ctx    context.Context
		code   string
		status string
	}{
		{"another key", chorus.WithWriter(ctx, chorus.WriterKeyPrefix+"attacker"), chorus.EFORBIDDEN, ""},
		{"no key (the local operator)", ctx, chorus.EFORBIDDEN, ""},
		{"another feed", chorus.WithWriter(ctx, chorus.WriterFeedPrefix+"2"), chorus.EFORBIDDEN, ""},
		{"the same text from anyone", chorus.WithWriter(ctx, chorus.WriterKeyPrefix+"attacker"), "", chorus.IngestUnchanged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := forged
			if tt.status == chorus.IngestUnchanged {
				in.Text = orig.Text
			}
			got, err := s.Ingest(tt.ctx, []chorus.Article{in})
			if chorus.ErrorCode(err) != tt.code {
				t.Fatalf("Ingest = %+v, %v; want code %q", got, err, tt.code)
			}
			if err == nil && got[0].Status != tt.status {
				t.Errorf("status %s, want %s", got[0].Status, tt.status)
			}
			a, err := s.Article(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != orig.Title || a.Text != orig.Text {
				t.Errorf("stored article rewritten: %q / %q", a.Title, a.Text)
			}
		})
	}

	// The owner itself may publish a new version.
	update := orig
	update.Text = "The harbour reopened on Tuesday; ferries resume on Friday."
	got, err := s.Ingest(feed, []chorus.Article{update})
	if err != nil || got[0].Status != chorus.IngestUpdated {
		t.Fatalf("owner's update = %+v, %v", got, err)
	}
	// And so may a key for an article it created.
	key := chorus.WithWriter(ctx, chorus.WriterKeyPrefix+"k1")
	mine := chorus.Article{URL: "https://blog.example/post", Text: "First draft of the post about tides."}
	if _, err := s.Ingest(key, []chorus.Article{mine}); err != nil {
		t.Fatal(err)
	}
	mine.Text = "Second draft of the post about tides."
	if got, err := s.Ingest(key, []chorus.Article{mine}); err != nil || got[0].Status != chorus.IngestUpdated {
		t.Errorf("key's update of its own article = %+v, %v", got, err)
	}
}

func TestKeys(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Unix(1e9, 0)})
	secret, k, err := s.AddKey(ctx, " wire desk ")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(secret, KeyPrefix) || len(secret) != len(KeyPrefix)+64 || k.Name != "wire desk" || strings.Contains(k.Hash, secret) {
		t.Errorf("AddKey = %q, %+v", secret, k)
	}
	if got, err := s.Authenticate(ctx, secret); err != nil || got.ID != k.ID {
		t.Errorf("Authenticate(secret) = %+v, %v", got, err)
	}
	for _, bad := range []string{"", "chorus_00", secret + "x"} {
		if _, err := s.Authenticate(ctx, bad); chorus.ErrorCode(err) != chorus.EUNAUTHORIZED {
			t.Errorf("Authenticate(%q) = %v, want unauthorized", bad, err)
		}
	}
	if err := s.RevokeKey(ctx, k.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(ctx, secret); chorus.ErrorCode(err) != chorus.EUNAUTHORIZED {
		t.Errorf("revoked key authenticated: %v", err)
	}
	if err := s.RevokeKey(ctx, "nope"); chorus.ErrorCode(err) != chorus.ENOTFOUND {
		t.Errorf("RevokeKey(nope) = %v", err)
	}
	keys, err := s.Keys(ctx)
	if err != nil || len(keys) != 1 || keys[0].Revoked.IsZero() {
		t.Errorf("Keys = %+v, %v", keys, err)
	}
	// The secret is stored only as its hash.
	if err := s.store.View(ctx, func(r chorus.StoreReader) error {
		got, err := r.APIKeyByHash(ctx, keyHash(secret))
		if err == nil && got.Hash == secret {
			t.Error("secret stored in clear")
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
}
