package summarize

import "testing"

// TestSpeakerTurn checks that a labelled turn behind a transcript's mark,
// a greeting with a label or none, and a transcript's heading run into
// its first turn are read as turns, and that prose with a colon, a
// narrator's turn and a place's welcome are not.
func TestSpeakerTurn(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"marked turn", ">> varga: we will rebuild the pier before the summer.", true},
		{"marked two-word label", ">> ilse varga: the ferry was late again this morning.", true},
		{"marked narrator", ">> reporter: the ferry was late again this morning in tarnwick.", false},
		{"marked narrator greeting", ">> reporter: thanks for having me.", true},
		{"marked greeting", ">> welcome back, everybody!", true},
		{"marked prose", ">> the ferry was late again this morning in tarnwick.", false},
		{"marked note", ">> update: the ferry was late again this morning.", false},
		{"labelled greeting", "Tomas: welcome to the late hour.", true},
		{"show greeting", "Welcome to \"the harbour hour\".", true},
		{"thanks", "Thanks for having me.", true},
		{"good evening", "Good evening, and welcome to the tarnwick debate.", true},
		{"short hello", "Hello, everybody!", true},
		{"hello with news", "Hello, the harbour board voted on monday night to close the old pier for good.", false},
		{"place welcome", "Welcome to westvale, where the ferries run on time.", false},
		{"run-in greeting", "The harbour hour transcript by ilse varga ilse varga: welcome to the pier.", true},
		{"writer's colon", "Bells ring out: welcome to the fair, the town's oldest party for farmers and their kin.", false},
		{"clock heading", "Harbour room 10:07 a.m. edt the mayor: it is an honor to be here.", true},
		{"transcript heading", "Mayor on the budget speech transcript varga: it is good to be back.", true},
		{"title colon", "Varga's new book, \"tarnwick: a history\", came out in may.", false},
		{"hiking", "Hiking trails near tarnwick were closed on monday.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := speakerTurn(tc.s); got != tc.want {
				t.Errorf("speakerTurn(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
