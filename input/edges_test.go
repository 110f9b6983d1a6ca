package input

import "testing"

func TestIsMetaLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"July 7, 2020", true},
		{"Updated June 13, 2019 at 2:30 pm ET", true},
		{"Latest update May 6th, 2022 12:49 AM", true},
		{"Thursday 2 April", true},
		{"Updated 9:52 PM ET", true},
		{"Published:Tuesday | April 26, 2022 | 9:52 PM", true},
		{"Written: 2024-03-05 15:03:30 / Updated: 2024-03-05 15:30:46", true},
		{"Updated 2:30 p.m.", true},
		{"The ferry leaves at 9:52 PM", false},
		{"John 3:16", false},
		{"Final score 3:10", false},
		{"21.10.2019", true},
		{"By Mara Quist", true},
		{"By Mara Quist, Harbour Correspondent", true},
		{"Written by: Mara Quist", true},
		{"Tags: harbour, piers, Ellery Bay", true},
		{"Views: 184", true},
		{"Estimated reading time: 6 minutes", true},
		{"5 min read", true},
		{"Permalink https://courier.example/p/123", true},
		{"READ THE REST", true},
		{"May", true}, // a month alone
		{"March 3, 2024 at 9:15 AM | categories: Harbour, Piers | View Comments", true},
		{"By Mara Quist · 5 min read", true},
		{"Release date : 03/11/2024 Category : Harbour notices", true},
		{"Section: Coast | Source : Bay Courier", true},
		{"Category : Piers", true},
		{"Harbour date: the day the pier reopens", false}, // not a metadata label
		{"Source: the board said the loan covers most of it: work starts in March", false},
		{"Piers | Harbours | Boats", false}, // a menu, not metadata
		{"By the end of March the pier had reopened.", false},
		{"Posted by Mara Quist", false}, // two readability pages keep it in their gold
		{"2019", false},
		{"What happens next", false},
		{"Opinion", true},
		{"Mara Quist | March 3, 2024", true},
		{"Mara Quist • Updated 9:52 PM ET", true},
		{"Bay Courier | Mara Quist", false}, // names without a date: a menu or a credit
		{"Mara Quist | the pier reopens March 3, 2024", false},
		{"World news", true},
		{"Posted in Harbour | Tagged ferries, council", true},
		{"Opinion polls put the harbour party ahead.", false},
		{"Travel to the islands", false},
		{"The pier reopens on July 7, 2020, the board said.", false},
		{"Tags and labels on the crates were checked by customs officers at the pier on Tuesday and again on Wednesday before the ferry left for the islands.", false}, // too long
		{"", false},
	}
	for _, tt := range tests {
		if got := isMetaLine(tt.in); got != tt.want {
			t.Errorf("isMetaLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTrimEdges(t *testing.T) {
	const prose = "The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago."
	const prose2 = "Work will start in March, the board said, once the council has approved a loan that covers most of the cost."
	tests := []struct {
		name, in, want string
	}{
		{"date and byline above", "Pier to reopen\n\nJuly 7, 2020\n\nBy Mara Quist\n\n" + prose, "Pier to reopen\n\n" + prose},
		{"tags and permalink below", prose + "\n\n" + prose2 + "\n\nTags: harbour, piers\n\nPermalink https://courier.example/p/1", prose + "\n\n" + prose2},
		{"a link to the next part below", prose + "\n\n" + prose2 + "\n\nNext: The south basin.", prose + "\n\n" + prose2},
		{"a sign-off below", prose + "\n\n" + prose2 + "\n\n– Mara Quist", prose + "\n\n" + prose2},
		{"a dashed line of prose below stays", prose + "\n\n" + prose2 + "\n\n— and the ferry will wait.", prose + "\n\n" + prose2 + "\n\n— and the ferry will wait."},
		{"labels without a colon below", prose + "\n\n" + prose2 + "\n\nAuthor Mara Quist\n\nRelated Subjects Ellery Bay", prose + "\n\n" + prose2},
		{"a sentence opening with a label word below stays", prose + "\n\n" + prose2 + "\n\nAuthor Mara Quist signs copies today.", prose + "\n\n" + prose2 + "\n\nAuthor Mara Quist signs copies today."},
		{"a date heading inside the article stays", prose + "\n\nMarch 3\n\n" + prose2, prose + "\n\nMarch 3\n\n" + prose2},
		{"short lines that are not metadata stay", "Pier to reopen\n\n" + prose + "\n\nWhat happens next", "Pier to reopen\n\n" + prose + "\n\nWhat happens next"},
		{"a standfirst without a full stop is not yet the article",
			"Pier to reopen\n\nThe board found the money for the north pier at last, and the skippers who left for the south basin can come back\n\nTopics: harbour, piers, Ellery Bay\n\n" + prose,
			"Pier to reopen\n\nThe board found the money for the north pier at last, and the skippers who left for the south basin can come back\n\n" + prose},
		{"no paragraph ends a sentence: long ones are the article",
			"Tags: harbour\n\nThe board found the money for the north pier at last and the skippers can come back from the south basin\n\nRead the rest",
			"The board found the money for the north pier at last and the skippers can come back from the south basin"},
		{"no prose: unchanged", "July 7, 2020\n\nBy Mara Quist", "July 7, 2020\n\nBy Mara Quist"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimEdges(tt.in); got != tt.want {
				t.Errorf("trimEdges:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
