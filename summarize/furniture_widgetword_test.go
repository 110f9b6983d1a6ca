package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutWidgetWord(t *testing.T) {
	names := map[string]bool{"Roe": true, "Tarnwick": true}
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"comments", "Comments (0) Ana Varga, who now lives in Tarnwick, learned to sail only five years ago.",
			"Ana Varga, who now lives in Tarnwick, learned to sail only five years ago.", true},
		{"comments spaced", "Comments ( 12 ) a ferry carrying forty people ran aground off the cape on Monday.",
			"A ferry carrying forty people ran aground off the cape on Monday.", true},
		{"expand button", "Expand rumours of the ferry board's sale have been swirling since the summer.",
			"Rumours of the ferry board's sale have been swirling since the summer.", true},
		{"expand verb", "Expand on the plans for the north pier before the council meets again.",
			"Expand on the plans for the north pier before the council meets again.", false},
		{"back to list", "Back to full list Tarnwick's answer to ferry strikes has long followed the same pattern.",
			"Tarnwick's answer to ferry strikes has long followed the same pattern.", true},
		{"comments prose", "Comments posted to the board's site called the new fares unfair and too steep.",
			"Comments posted to the board's site called the new fares unfair and too steep.", false},
		{"caption fused", "Caption Ana Varga at the harbour gala in May 2019ana Varga may chair the board, but she still sails every weekend.",
			"Ana Varga may chair the board, but she still sails every weekend.", true},
		{"caption unfused", "Caption Ana Varga at the harbour gala in May 2019 the board met on Monday to vote on fares.",
			"Caption Ana Varga at the harbour gala in May 2019 the board met on Monday to vote on fares.", false},
		{"instagram", `Loading view on Instagram "After that, people kept asking her about the ferry."`,
			`"After that, people kept asking her about the ferry."`, true},
		{"hashtag", "Tweet #ferrystrike witnesses reported two loud bangs on the pier before the fire.",
			"Witnesses reported two loud bangs on the pier before the fire.", true},
		{"stamp", "Tweet (9:10 a.m. EDT) -- according to Ana Varga, the board's spokeswoman, the ferry will run again.",
			"According to Ana Varga, the board's spokeswoman, the ferry will run again.", true},
		{"tweet prose", "Tweet after tweet called on the board to cut the new ferry fares.",
			"Tweet after tweet called on the board to cut the new ferry fares.", false},
		{"photo outlet", "Photo TNN has hired a new harbour correspondent for its evening show.",
			"TNN has hired a new harbour correspondent for its evening show.", true},
		{"photo video agency", "Photo/video: AP before dawn on sunday, the crew rowed the last ferry across the bay.",
			"Before dawn on sunday, the crew rowed the last ferry across the bay.", true},
		{"photos according", "Photos according to fire officials, crews were called to the pier just after noon.",
			"According to fire officials, crews were called to the pier just after noon.", true},
		{"photo ID", "Photo ID cards will be needed to board the ferry from May onwards.",
			"Photo ID cards will be needed to board the ferry from May onwards.", false},
		{"photos prose", "Photos posted by passengers showed the ferry listing badly off the cape.",
			"Photos posted by passengers showed the ferry listing badly off the cape.", false},
		{"read lawsuit", "Read the lawsuit Varga said her suit will seek to stop the new fares for good.",
			"Varga said her suit will seek to stop the new fares for good.", true},
		{"read court docs", `Read the court docs "before the sale, my family often sailed with me to the islands."`,
			`"Before the sale, my family often sailed with me to the islands."`, true},
		{"read prose", "Read the lawsuit carefully and you will see the board never voted on the fares.",
			"Read the lawsuit carefully and you will see the board never voted on the fares.", false},
		{"more given name", "More Ana Varga, the harbour board's chair, will leave office in the spring.",
			"Ana Varga, the harbour board's chair, will leave office in the spring.", true},
		{"more related", "More related to this story across the coast, an estimated 4,000 people rely on the ferry.",
			"Across the coast, an estimated 4,000 people rely on the ferry.", true},
		{"more than", "More than 900 people rely on the ferry to reach the mainland each day.",
			"More than 900 people rely on the ferry to reach the mainland each day.", false},
		{"more people", "More Tarnwick families now take the ferry than the bus to reach the mainland.",
			"More Tarnwick families now take the ferry than the bus to reach the mainland.", false},
		{"facebook caption", "Facebook Ana Varga is seen with her old ferry dog Pip after taking him home in May.",
			"Ana Varga is seen with her old ferry dog Pip after taking him home in May.", true},
		{"facebook subject", "Facebook CEO Ana Varga said the site would open an office in Tarnwick.",
			"Facebook CEO Ana Varga said the site would open an office in Tarnwick.", false},
		{"video title", "Video Gov. Ana Varga of Tarnwick is seeking to cut ferry fares by a fifth.",
			"Gov. Ana Varga of Tarnwick is seeking to cut ferry fares by a fifth.", true},
		{"video in the video", "Video in the video, filmed by a passenger, the ferry's captain is heard shouting.",
			"In the video, filmed by a passenger, the ferry's captain is heard shouting.", true},
		{"video prose", "Video shows the ferry striking the pier just after noon on Tuesday.",
			"Video shows the ferry striking the pier just after noon on Tuesday.", false},
		{"ap name", "AP jon roe of Tarnwick held a ferry pilot's licence from 2010 through 2014.",
			"Jon Roe of Tarnwick held a ferry pilot's licence from 2010 through 2014.", true},
		{"ap more than", "AP more than two dozen people were hurt when the ferry struck the pier on Tuesday.",
			"More than two dozen people were hurt when the ferry struck the pier on Tuesday.", true},
		{"ap file", "AP, file The harbour board said on Friday it would cut ferry fares by a fifth.",
			"The harbour board said on Friday it would cut ferry fares by a fifth.", true},
		{"ap verb", "AP witnessed crowds at the pier cheering as the last ferry sailed out of Tarnwick.",
			"AP witnessed crowds at the pier cheering as the last ferry sailed out of Tarnwick.", false},
		{"ap reported", "AP reported that the ferry had been sold to a firm in the south.",
			"AP reported that the ferry had been sold to a firm in the south.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutWidgetWord(tt.in, names)
			if got != tt.want || ok != tt.ok {
				t.Errorf("cutWidgetWord(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestCutWidgetWords(t *testing.T) {
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "AP jon roe of Tarnwick held a ferry pilot's licence from 2010 through 2014."},
		{Text: "Roe was arrested at the pier on Monday."},
	}}
	cutWidgetWords(&sum)
	if got, want := sum.Sentences[0].Text, "Jon Roe of Tarnwick held a ferry pilot's licence from 2010 through 2014."; got != want {
		t.Errorf("cutWidgetWords: %q, want %q", got, want)
	}
}
