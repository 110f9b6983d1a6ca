package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutRelativeTime(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"announced today that", "The Velmora ferry board announced today that it will sell two boats.", "The Velmora ferry board announced that it will sell two boats."},
		{"said this morning", "The bridge will stay shut until spring, the county engineer said this morning.", "The bridge will stay shut until spring, the county engineer said."},
		{"before a verb", "The Orvale union today filed a complaint against the mill.", "The Orvale union filed a complaint against the mill."},
		{"participle and preposition", "The study, published today in a journal of botany, counted 40 kinds of moss.", "The study, published in a journal of botany, counted 40 kinds of moss."},
		{"passive at clause end", "The winners of the Tarnwick prize were announced this morning, and two are students.", "The winners of the Tarnwick prize were announced, and two are students."},
		{"early today", "Two hikers were found early today, cold but unhurt, near the Kess ridge.", "Two hikers were found, cold but unhurt, near the Kess ridge."},
		{"place last", "The mayor opened a new library in Orvale today.", "The mayor opened a new library in Orvale."},
		{"present: nowadays", "Few towns in the valley have a cinema today.", "Few towns in the valley have a cinema today."},
		{"state, not past", "Many farmers are disillusioned with the market today.", "Many farmers are disillusioned with the market today."},
		{"participle then verb", "A survey released today shows that half of riders walk.", "A survey released today shows that half of riders walk."},
		{"participle last", "Riders walk more, according to a survey published today.", "Riders walk more, according to a survey published today."},
		{"if", "The mayor said she would win if the vote were held today.", "The mayor said she would win if the vote were held today."},
		{"than", "They served longer than people convicted today of the same theft.", "They served longer than people convicted today of the same theft."},
		{"until", "The mill had run since 1901, and it closed until today.", "The mill had run since 1901, and it closed until today."},
		{"later today", "A hearing was scheduled for later today.", "A hearing was scheduled for later today."},
		{"possessive", "The mayor said today's vote was close.", "The mayor said today's vote was close."},
		{"quoted", `"We signed it today," the mayor said.`, `"We signed it today," the mayor said.`},
		{"opening", "Today, the mill stands empty.", "Today, the mill stands empty."},
		{"programme name", "The mayor told Today that she regretted it.", "The mayor told Today that she regretted it."},
		{"told, lower case", "The mayor told today that she regretted it.", "The mayor told today that she regretted it."},
		{"show last", "She was fired after she appeared on kessler tonight.", "She was fired after she appeared on kessler tonight."},
		{"paper name", "The finding was reported in physics today.", "The finding was reported in physics today."},
		{"now", "The mill is now the largest in the valley.", "The mill is now the largest in the valley."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutRelativeTime(tt.s)
			if got != tt.want || ok != (tt.want != tt.s) {
				t.Errorf("cutRelativeTime(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

func TestCutRelativeOpening(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"today", "Today, the Velmora council voted to close the pier.", "The Velmora council voted to close the pier."},
		{"lower case", "This morning, tarnwick's mayor announced a new ferry.", "Tarnwick's mayor announced a new ferry."},
		{"present", "Today, nearly all boats in the bay are made of steel.", "Today, nearly all boats in the bay are made of steel."},
		{"is made", "Today, most rope is made from plastic.", "Today, most rope is made from plastic."},
		{"future", "Tonight, the council will vote on the pier.", "Tonight, the council will vote on the pier."},
		{"apposition", "Today, Jon Harl, 41, pleaded guilty to theft.", "Today, Jon Harl, 41, pleaded guilty to theft."},
		{"no comma", "Today in Orvale the mayor opened a library.", "Today in Orvale the mayor opened a library."},
		{"united", "Today, a task of the united guilds is to keep the pier.", "Today, a task of the united guilds is to keep the pier."},
		{"left and right", "Today, the left and the right alike see the vote as a turn.", "Today, the left and the right alike see the vote as a turn."},
		{"far verb", "Today, the old stone mill by the river in the north of Orvale burned.", "Today, the old stone mill by the river in the north of Orvale burned."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutRelativeOpening(tt.s)
			if got != tt.want || ok != (tt.want != tt.s) {
				t.Errorf("cutRelativeOpening(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

func TestCutRelativeTimesKeepsSources(t *testing.T) {
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "The Velmora council voted today to close the pier, officials said.", Sources: []int{1, 2}},
	}}
	cutRelativeTimes(&sum)
	if got := sum.Sentences[0].Text; got != "The Velmora council voted to close the pier, officials said." {
		t.Errorf("text = %q", got)
	}
	if len(sum.Sentences[0].Sources) != 2 {
		t.Errorf("sources = %v, want [1 2]", sum.Sentences[0].Sources)
	}
}
