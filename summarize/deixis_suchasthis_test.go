package summarize

import "testing"

// TestCutSuchAsThis: a pointer at the picture beside a sentence is cut;
// a pointer at the story, one in a quote and "something like this" stay.
func TestCutSuchAsThis(t *testing.T) {
	for _, tt := range []struct {
		name, s, want string
	}{
		{"dash aside",
			"Old ropes - such as this frayed hawser in the Tarnwick museum - are also the strongest, a study finds.",
			"Old ropes are also the strongest, a study finds."},
		{"comma aside with a participle",
			"Eels, like this one held by keeper Anna Varga, have been found in the Tarnwick harbour.",
			"Eels have been found in the Tarnwick harbour."},
		{"like this one before a preposition",
			"The storm threw boulders like this one onto the Tarnwick pier.",
			"The storm threw boulders onto the Tarnwick pier."},
		{"like this one before a time",
			"The board built sheds like this one in recent months.",
			"The board built sheds in recent months."},
		{"such as this one in a place",
			"Most of the wrecks were towed to breakers' yards such as this one in velmora.",
			"Most of the wrecks were towed to breakers' yards."},
		{"unmarked noun phrase",
			"Parchments such as this ledger of a Tarnwick chandler hold clues to old trades.",
			"Parchments hold clues to old trades."},
		{"closing like this one",
			"Anna Varga told readers how to spot scams like this one.",
			"Anna Varga told readers how to spot scams."},
		{"something like this",
			"Nobody in Tarnwick had ever seen something like this one before.",
			"Nobody in Tarnwick had ever seen something like this one before."},
		{"a night like this one",
			"Forty years ago, a storm just like this one flooded the harbour.",
			"Forty years ago, a storm just like this one flooded the harbour."},
		{"like these before a verb",
			"Cases like these could close the Tarnwick pier.",
			"Cases like these could close the Tarnwick pier."},
		{"in a quote",
			"\"I have never seen storms like this one in Tarnwick,\" Anna Varga said.",
			"\"I have never seen storms like this one in Tarnwick,\" Anna Varga said."},
		{"like this with a colon",
			"The board explains it like this: the ferry will stop at noon.",
			"The board explains it like this: the ferry will stop at noon."},
		{"like this past one",
			"The club has never had seasons like this past one.",
			"The club has never had seasons like this past one."},
		{"a date after the aside",
			"Oysters, like these seen on May 4, 2015 near Tarnwick, eat plastic.",
			"Oysters, like these seen on May 4, 2015 near Tarnwick, eat plastic."},
		{"unmarked with no verb",
			"The museum keeps old charts such as this one of the Velmora coast drawn by hand.",
			"The museum keeps old charts such as this one of the Velmora coast drawn by hand."},
	} {
		if got, _ := cutSuchAsThis(tt.s); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
