package summarize

import "testing"

func TestNameUnlistedGivens(t *testing.T) {
	sources := []string{
		"the new film, made by writer-director zeb quorvath, opens friday. quorvath keeps the pace up.",
		"critics praise it, says orla brenmire, author of a book on film. brenmire teaches in a small college.",
		"head honcho tavi pelgrin, 50, spoke. pelgrin laughed.",
		"the titular drummond wakes up. drummond sleeps again.",
		"caption yisko tamberlane was born in a mill town.",
		"people joined the march in glenmarrow. ask zoltar glenmarrow, who spoke.",
		"ivo darnley spoke first. then pavo darnley spoke.",
		"photos courtesy kettleby.",
	}
	tests := []struct {
		name string
		sum  []string
		want []string
	}{
		{"bare surname, one unlisted given name", []string{"Quorvath, equally good at action, begins in the middle."},
			[]string{"Zeb Quorvath, equally good at action, begins in the middle."}},
		{"after a verb of saying in the sources", []string{"The film is praised.", "Brenmire, who teaches, notes the trend."},
			[]string{"The film is praised.", "Orla Brenmire, who teaches, notes the trend."}},
		{"named before", []string{"Zeb Quorvath made it.", "Quorvath keeps the pace up."},
			[]string{"Zeb Quorvath made it.", "Quorvath keeps the pace up."}},
		{"the name goes on", []string{"Tavi pelgrin spoke at length."},
			[]string{"Tavi pelgrin spoke at length."}},
		{"after a determiner", []string{"Drummond sleeps again."},
			[]string{"Drummond sleeps again."}},
		{"a place too", []string{"Glenmarrow spoke."},
			[]string{"Glenmarrow spoke."}},
		{"two given names", []string{"Darnley spoke."},
			[]string{"Darnley spoke."}},
		{"a credit word", []string{"Kettleby said so."},
			[]string{"Kettleby said so."}},
		{"quoted", []string{`"Thank quorvath," a critic said.`},
			[]string{`"Thank quorvath," a critic said.`}},
		{"a noun after it", []string{"Quorvath fans queued."},
			[]string{"Quorvath fans queued."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkNamePass(t, (*cluster).nameUnlistedGivens, sources, tt.sum, tt.want) })
	}
}

func TestNameUnlistedLabelsAndInitials(t *testing.T) {
	for w, want := range map[string]bool{"traitor": true, "activist": true, "jesper": false, "orlando": false, "gayle": false} {
		if got := labelNoun(w); got != want {
			t.Errorf("labelNoun(%q) = %v, want %v", w, got, want)
		}
	}
	if !otherFirst(map[string]bool{"hollis": true}, "brant") {
		t.Error(`"hollis q. tarrow" beside "brant tarrow": two people, not one`)
	}
	if otherFirst(map[string]bool{"brant": true}, "brant") || otherFirst(nil, "brant") {
		t.Error(`"brant q. tarrow" beside "brant tarrow" is one person`)
	}
}
