package summarize

import "testing"

func TestQuotesPart(t *testing.T) {
	tests := []struct {
		name, y, x string
		want       bool
	}{
		{"a phrase of the line, then the line",
			`Captain Orr said the new ferry timetable was "plainly reckless" on Monday.`,
			`"It is plainly reckless to cut the night crossing," Captain Orr said.`, true},
		{"one word is mostly a name or a term",
			`The harbour master said the timetable was "reckless" on Monday.`,
			`"It is reckless to cut the night crossing," Captain Orr said.`, false},
		{"a quotation given as a name",
			`A sign on the stall, titled "the sharing shelf," asks for tins.`,
			`"Whether you bring or take, the sharing shelf is open," the grocer told reporters.`, false},
		{"a phrase, then the line after a colon",
			`Councillor Brisk admitted she had "no answer" for the shop owners.`,
			`Brisk told the meeting: "I have no answer for them tonight."`, true},
		{"a term given as the words",
			`Online, the words "harbour pie" were posted 9,000 times an hour.`,
			`"I love harbour pie, but I will close the bakery," the mayor said.`, false},
		{"a title given after a comma",
			`A film, "the long tide," told the wreck's story.`,
			`"This could be like the long tide all over again," a forecaster said.`, false},
		{"a line of its own by another speaker",
			`"Vote," the senator told a crowd in Ellingby.`,
			`"Vote for the valley, not for revenge," her rival said.`, false},
		{"a show's title inside the line",
			`The report aired on "harbour watch" on Sunday.`,
			`"Everyone at 'harbour watch' cares about the truth, and we got this wrong," the editor said.`, false},
		{"the line is not spoken there",
			`The group called the mayor an "idiot" in a recording.`,
			`The group said the town was sinking and "being run by an idiot".`, false},
		{"no longer than the short quote",
			`Locals call the reef "the green wall" now.`,
			`"The green wall," a diver said.`, false},
		{"stopwords only",
			`He said it was "what it is" and left.`,
			`"It is what it is, and we move on," the coach said.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quotesPart(tt.y, tt.x); got != tt.want {
				t.Errorf("quotesPart(%q, %q) = %v, want %v", tt.y, tt.x, got, tt.want)
			}
		})
	}
}
