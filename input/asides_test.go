package input

import (
	"strings"
	"testing"
)

func TestIsAsideLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Enlarge this image", true},
		{"toggle caption", true},
		{"Skip Advertisement", true},
		{"Scroll down for video", true},
		{"Share or comment on this article:", true},
		{"Credit…Lise Amberg for the Ostrel Post", true},
		{"Credit...Lise Amberg", true},
		{"Thanks for reading the Ostrel Post.", true},
		{"Like this story? Follow the Ostrel Post on its video channel!", true},
		{"Create your free account or log in for more features.", true},
		{"Don't miss: Ferry fares rise again in the spring", true},
		{"Check out: Twelve ways to keep gulls off your boat", true},
		{"Check out: the ferry leaves at six, so the captain asked riders to come early.", false}, // ends a sentence
		{"Credit card fees rose on the island, the bank said.", false},                            // no ellipsis
		{"Thanks for reading " + strings.Repeat("the long list ", 12) + "of names.", false},       // too long
		{"Enlarge this image of the harbour, the editor told the designer.", false},
		{"The captain said thanks for reading the rules aloud.", false},
	}
	for _, tt := range tests {
		if got := isAsideLine(tt.in); got != tt.want {
			t.Errorf("isAsideLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsSlashCredit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Lise Amberg/Ostrel Post", true},
		{"Lise Amberg / AP", true},
		{"The ferry runs hourly/daily in summer.", false},
		{"Ferry timetables at https://ostrel.example/ferries", false},
		{"Lise Amberg", false},
	}
	for _, tt := range tests {
		if got := isSlashCredit(tt.in); got != tt.want {
			t.Errorf("isSlashCredit(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestAsidesDropped runs an invented story whose picture keeps its
// caption toggle and credit, with a teaser and a closing prompt, through
// HTMLText: a slash credit goes only after the toggle.
func TestAsidesDropped(t *testing.T) {
	story := []string{
		"The ferry board in Ostrel voted on Monday to buy two electric boats, ending a dispute that had divided the island for four years.",
		"The first boat is due in the autumn and will cut the crossing by ten minutes, the board's chair, Anselm Roth, told islanders at the meeting.",
		"Fishermen welcomed the vote but asked for a quieter timetable at dawn, when the harbour is busiest and the old diesel boats wake the town.",
		"Routes/times",
	}
	furniture := []string{"Enlarge this image", "toggle caption", "Lise Amberg/Ostrel Post", "Don't miss: Ferry fares rise again in the spring", "Thanks for reading the Ostrel Post."}
	page := "<html><body><article><h1>Ostrel buys electric ferries</h1><p>" + story[0] + "</p><p>" +
		strings.Join(furniture[:3], "</p><p>") + "</p><p>" + story[1] + "</p><p>" + furniture[3] + "</p><p>" + story[2] +
		"</p><p>" + story[3] + "</p><p>" + story[2] + " Riders agreed.</p><p>" + furniture[4] + "</p></article></body></html>"
	checkExtracted(t, page, story, furniture)
}

// TestReviewerMetaLines checks the reviewer stamps of health and
// fact-checked pages as lines of post metadata (isMetaLine, dropped at
// the text's edges by trimEdges).
func TestReviewerMetaLines(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Medically reviewed by Tomas Vell, MD — Written by Lise Amberg on May 2, 2021", true},
		{"Fact checked by Anselm Roth", true},
		{"Fact-checked by Anselm Roth | May 2, 2021", true},
		{"Posted by Lise Amberg on May 2, 2021", false}, // the readability gold keeps "Posted by" lines
		{"Doctors who reviewed by hand the island's records found more cases.", false},
	}
	for _, tt := range tests {
		if got := isMetaLine(tt.in); got != tt.want {
			t.Errorf("isMetaLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	text := "Medically reviewed by Tomas Vell, MD — Written by Lise Amberg on May 2, 2021\n\n" +
		"Ferry crews on Ostrel report fewer colds since the cabins were fitted with new vents, the island's doctor said on Monday."
	if got := trimEdges(text); strings.Contains(got, "reviewed") {
		t.Errorf("trimEdges kept the reviewer stamp:\n%s", got)
	}
}

// checkExtracted runs HTMLText on page and fails t for every story line
// missing from its text and every furniture line left in it.
func checkExtracted(t *testing.T, page string, story, furniture []string) {
	t.Helper()
	got, err := HTMLText(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range story {
		if !strings.Contains(got, s) {
			t.Errorf("lost story line %q in:\n%s", s, got)
		}
	}
	for _, f := range furniture {
		if strings.Contains(got, f) {
			t.Errorf("kept furniture %q in:\n%s", f, got)
		}
	}
}
