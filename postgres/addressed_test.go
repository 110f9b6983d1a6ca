package postgres

import (
	"reflect"
	"testing"

	"github.com/chorusnews/chorus/internal/sqlstore"
)

// TestAddressed addresses a batch's decisions: to the process that queued
// each article, none for this process's own, the shared channel for
// articles of unknown processes, and the shared channel alone (empty
// payload) for a batch that assigned nothing.
func TestAddressed(t *testing.T) {
	const other, third = "00112233445566aa", "ffeeddccbbaa9988"
	db := &DB{assignedChannel: "chorus_assigned_1f", self: "0123456789abcdef"}
	db.owners.add("art-own", db.self)
	db.heardQueued(sqlstore.QueuePayload(other, "art-b"))
	db.heardQueued(sqlstore.QueuePayload(other, "art-c"))
	db.heardQueued(sqlstore.QueuePayload(third, "art-d"))
	db.heardQueued(sqlstore.QueuePayload("not-a-name", "art-e")) // ignored
	db.heardQueued("")                                           // an old-style payload: ignored
	tests := []struct {
		name               string
		ds                 []sqlstore.Decision
		channels, payloads []string
	}{
		{"own only", []sqlstore.Decision{{Inbox: 1, Story: 5, Article: "art-own"}}, nil, []string{}},
		{"nothing assigned", nil, []string{"chorus_assigned_1f"}, []string{""}},
		{"mixed",
			[]sqlstore.Decision{
				{Inbox: 1, Story: 5, Article: "art-own"},
				{Inbox: 2, Story: 6, Article: "art-b"},
				{Inbox: 3, Story: 6, Article: "art-d", DuplicateOf: "art-b"},
				{Inbox: 4, Story: 7, Article: "art-c"},
				{Inbox: 5, Story: 8, Article: "art-e"},
				{Inbox: 6, Story: 9, Article: "art-unheard"},
			},
			[]string{"chorus_assigned_1f_" + other, "chorus_assigned_1f_" + third, "chorus_assigned_1f"},
			[]string{"2:6:,4:7:", "3:6:art-b", "5:8:,6:9:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			channels, payloads := db.addressed(tt.ds)
			if !reflect.DeepEqual(channels, tt.channels) || !reflect.DeepEqual(payloads, tt.payloads) {
				t.Errorf("addressed = %q, %q, want %q, %q", channels, payloads, tt.channels, tt.payloads)
			}
		})
	}
}

// TestOwnersKept keeps the latest ownersKept articles' processes, and a
// later queueing of an article names its latest process.
func TestOwnersKept(t *testing.T) {
	var o owners
	for i := range ownersKept + 10 {
		o.add(string(rune('a'+i%26))+string(rune(i)), "p1")
	}
	if _, ok := o.get("a" + string(rune(0))); ok {
		t.Error("the oldest article is still kept")
	}
	last := string(rune('a'+(ownersKept+9)%26)) + string(rune(ownersKept+9))
	if from, ok := o.get(last); !ok || from != "p1" {
		t.Errorf("latest article: %q, %v", from, ok)
	}
	o.add(last, "p2")
	if from, _ := o.get(last); from != "p2" {
		t.Errorf("re-queued article names %q, want p2", from)
	}
	if len(o.by) != ownersKept {
		t.Errorf("%d articles kept, want %d", len(o.by), ownersKept)
	}
	if !validName(newProcessName()) || validName("0123456789ABCDEF") || validName("abc") {
		t.Error("validName disagrees with newProcessName")
	}
}
