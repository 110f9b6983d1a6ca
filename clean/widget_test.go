package clean

import (
	"strings"
	"testing"
)

func TestParagraphsWidgets(t *testing.T) {
	// A prompt opening a paragraph of at most 40 words drops it whole
	// ([prompt]); a page's text run into one paragraph is longer.
	const long = " The crew of twelve and all forty passengers were taken off by lifeboat, and the coast guard said the hull had not been breached. Tugs will try to free the ferry at high tide on tuesday morning."
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"update label", "Update: the ferry will resume service on friday, the port authority said.",
			[]string{"The ferry will resume service on friday, the port authority said."}},
		{"update with time", "The pier was shut on monday. Update, 1: 30 p.m. Tuesday: divers found the missing anchor near the wall.",
			[]string{"The pier was shut on monday. Divers found the missing anchor near the wall."}},
		{"update with number", "UPDATE #2: the harbour board has delayed its vote until next week.",
			[]string{"The harbour board has delayed its vote until next week."}},
		{"updated stamp after colon", "Updated: aug 5, 2031 10: 39 am the ferry that ran aground is leaking fuel into the bay.",
			[]string{"The ferry that ran aground is leaking fuel into the bay."}},
		{"update in a sentence kept", "The board said an update was due. Updated figures show: fares rose by ten percent.",
			[]string{"The board said an update was due. Updated figures show: fares rose by ten percent."}},
		{"lower-case update kept", "the software update: it fixed the ferry booking page for most riders.",
			[]string{"the software update: it fixed the ferry booking page for most riders."}},
		{"update with little after it kept", "Update: none yet.", []string{"Update: none yet."}},
		{"video bar", "The mayor spoke on monday. Play facebook twitter google plus embed mayor opens new pier 1: 18 the pier cost two million dollars to build.",
			[]string{"The mayor spoke on monday. The pier cost two million dollars to build."}},
		{"bullets split items", "The board made three points: • fares will rise in may. • the old pier will close. • ferry times",
			[]string{"fares will rise in may.", "the old pier will close."}}, // the items without a sentence end are headings
		{"bullet opening a line", "•Most riders said the new ferry was late at least once a week.",
			[]string{"Most riders said the new ferry was late at least once a week."}},
		{"javascript prompt", "Tarn harbour reopens please turn on javascript. Media requires javascript to play. The harbour reopened on monday after a week.",
			[]string{"Tarn harbour reopens The harbour reopened on monday after a week."}},
		{"station video button after a caption", "Mara venn ( wxyz photo ) [ + - ] video video westvale ( wxyz ) — westvale's oldest ferry pilot was honoured on monday by the town.",
			[]string{"Westvale's oldest ferry pilot was honoured on monday by the town."}},
		{"station video button after a sentence", "The photo may not be shared. Mara venn ( wxyz photo ) [ + - ] video westvale ( wxyz ) — westvale's oldest ferry pilot was honoured on monday by the town.",
			[]string{"The photo may not be shared. Westvale's oldest ferry pilot was honoured on monday by the town."}},
		{"review buttons", "Rated pg ( for peril ). Printer-friendly » e-mail this to a friend » the film opens on a ferry in a storm.",
			[]string{"Rated pg ( for peril ). The film opens on a ferry in a storm."}},
		{"video prompt before a dateline", "Please enable javascript to watch this video tarnwick, ost. -- a ferry ran aground near the harbour on monday night." + long,
			[]string{"A ferry ran aground near the harbour on monday night." + long}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Paragraphs(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Paragraphs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripUpdatesBounded(t *testing.T) {
	in := strings.Repeat("Update: ", 1000) + "the ferry will resume service on friday, the port authority said."
	if got := stripUpdates(in); len(got) > len(in) || !strings.HasSuffix(got, "said.") {
		t.Errorf("stripUpdates on repeated labels: %q", got[:min(len(got), 80)])
	}
}

func TestHasBullet(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"none", "The ferry left at noon.", false},
		{"empty", "", false},
		{"bullet", "Menu • Home", true},
		{"each mark", "▪ a ● b ► c ■ d ◆ e", true},
		{"other E2 marks first", "“Quoted” – then ◆ one", true},
		{"other E2 marks only", "“Quoted” – dash … € ‘x’", false},
		{"cut mark at the end", "ends \xe2\x80", false},
		{"invalid byte before a mark", "\xe2\xe2\x80\xa2 item", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasBullet(tt.text); got != tt.want {
				t.Errorf("hasBullet(%q) = %v, want %v", tt.text, got, tt.want)
			}
			if def := strings.ContainsAny(tt.text, "•▪●►■◆"); def != tt.want {
				t.Errorf("definition gives %v, want %v", def, tt.want)
			}
		})
	}
}

func TestStripUpdates(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"date with slashes", "The mayor spoke. Update, 1/5/2031: the council released a statement on tuesday about the pier.",
			"The mayor spoke. The council released a statement on tuesday about the pier."},
		{"bar after the label", "Update at 1: 51 p.m.: | harbour police say the stolen boats were found at a marina.",
			"Harbour police say the stolen boats were found at a marina."},
		{"lower-cased after a question", "Was the pier safe? update: we received a statement from the harbour board on friday.",
			"Was the pier safe? We received a statement from the harbour board on friday."},
		{"lower-cased after an aside", "( i called the board. ) update #2: the board will reopen the pier next week after repairs.",
			"( i called the board. ) The board will reopen the pier next week after repairs."},
		{"lower-cased word in a sentence", "The board will update: its site later, and the mayor will speak on monday.",
			"The board will update: its site later, and the mayor will speak on monday."},
		{"lower-cased at the start", "update: the board will reopen the pier next week after repairs.",
			"update: the board will reopen the pier next week after repairs."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripUpdates(tt.in); got != tt.want {
				t.Errorf("stripUpdates(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
