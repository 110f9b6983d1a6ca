package summarize

import "testing"

// TestThinkAgainHook checks that a writer's "If you think ..., think
// again." hook is found, and a quoted one, a retort with a subject of
// its own and one told of are not.
func TestThinkAgainHook(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"think again", "If you think the old ferry was slow, think again.", true},
		{"time to", "If you think otters are shy and lazy, it's time to think again.", true},
		{"just when", "Just when you thought the harbour strike was over, think again.", true},
		{"dateline run in", "May 3, 2016 4: 10pm est just when you thought pier fishing could not get any stranger, think again.", true},
		{"might want to", "If you plan to skip breakfast before the regatta, you might want to think again!", true},
		{"wrong", "If you think the pier is safe in a storm, you'd be wrong.", true},
		{"tokenized", "If you believe the lighthouse is empty, you ' re sorely mistaken.", true},
		{"anyone", "If anyone thinks the mayor will back down, think again.", true},
		{"before you", "Before you book a cabin on the night ferry, you might want to think again.", true},
		{"and if", "And if you think the pier will close quietly, think again.", true},
		{"after news", "Anna Varga will host the harbour awards again this year, and if you think she will go easy on the council, then think again.", false},
		{"own subject", "If the council thinks the ferry will pay for itself, it should think again.", false},
		{"told of", "The mayor of Tarnwick urged voters to think again.", false},
		{"wants you to", "And, if you still don't agree, he wants you to think again.", false},
		{"quoted", "\"If you think we will give up the pier, think again,\" the union said.", false},
		{"single quoted", "'If you think this is over, think again,' the captain told the crew.", false},
		{"no comma", "Many in Tarnwick now think again about the ferry.", false},
		{"made many", "The vote on the pier has made many in Tarnwick think again.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := thinkAgainHook(tc.s); got != tc.want {
				t.Errorf("thinkAgainHook(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
