package postgres

import (
	"reflect"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/sqlstore"
)

// TestDecisionsPayload checks the payload of a batch notification: the
// decisions round-trip, a batch too large for a notification sends none,
// and malformed entries are skipped.
func TestDecisionsPayload(t *testing.T) {
	many := make([]sqlstore.Decision, 400)
	for i := range many {
		many[i] = sqlstore.Decision{Inbox: int64(1000 + i), Story: 7, DuplicateOf: "0123456789abcdef"}
	}
	tests := []struct {
		name    string
		ds      []sqlstore.Decision
		payload string
	}{
		{"one", []sqlstore.Decision{{Inbox: 12, Story: 3}}, "12:3:"},
		{"copy", []sqlstore.Decision{{Inbox: 12, Story: 3}, {Inbox: 14, Story: 3, DuplicateOf: "9f2c"}}, "12:3:,14:3:9f2c"},
		{"too many", many, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := encodeDecisions(tt.ds)
			if got != tt.payload {
				t.Fatalf("encodeDecisions = %q, want %q", got, tt.payload)
			}
			if got != "" && !reflect.DeepEqual(decodeDecisions(got), tt.ds) {
				t.Errorf("decodeDecisions(%q) = %v, want %v", got, decodeDecisions(got), tt.ds)
			}
		})
	}
	if got, want := decodeDecisions("x:1:,5:6:,7::,8,9:-2:,10:11:ab:cd"), []sqlstore.Decision{{Inbox: 5, Story: 6}, {Inbox: 10, Story: 11, DuplicateOf: "ab:cd"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("malformed payload decoded as %v, want %v", got, want)
	}
	if got := decodeDecisions(strings.Repeat(",", 10)); len(got) != 0 {
		t.Errorf("empty entries decoded as %v", got)
	}
}

// TestDecisionsKept checks that a process keeps the latest decisions and
// forgets the oldest.
func TestDecisionsKept(t *testing.T) {
	var c decisions
	for i := int64(1); i <= decisionsKept+10; i++ {
		c.add([]sqlstore.Decision{{Inbox: i, Story: i * 2}})
	}
	c.add([]sqlstore.Decision{{Inbox: decisionsKept + 10, Story: 5}}) // heard again: no eviction
	if _, ok := c.get(10); ok {
		t.Error("entry 10 kept past the limit")
	}
	if d, ok := c.get(11); !ok || d.Story != 22 {
		t.Errorf("entry 11 = %+v, %v; want story 22", d, ok)
	}
	if d, ok := c.get(decisionsKept + 10); !ok || d.Story != 5 {
		t.Errorf("latest entry = %+v, %v; want story 5", d, ok)
	}
	if len(c.by) != decisionsKept {
		t.Errorf("%d decisions kept, want %d", len(c.by), decisionsKept)
	}
}
