package input

import (
	"strings"
	"testing"
)

func TestIsDisclosure(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"We may earn a commission when you buy through links on this page.", true},
		{"This guide contains affiliate links; if you buy a lantern, Ostrel Post gets a small share of the sale.", true},
		{"A version of this article appears in print on May 2, 2021, Section B, Page 4 with the headline: Ferries go electric.", true},
		{"A version of this story appeared in print on May 3, 2021, Section A, Page 12.", true},
		{"By using this site you agree to the Ostrel Post's terms of use.", true},
		{"The ferry board said the boats would be paid for from the island's harbour levy.", false},
		{"Bloggers who earn a commission " + strings.Repeat("on every lantern sold ", 12) + "told the panel.", false}, // too long
	}
	for _, tt := range tests {
		if got := isDisclosure(tt.in); got != tt.want {
			t.Errorf("isDisclosure(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsHashtagLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"#Ostrel #Ferries #Harbour", true},
		{"#Ostrel", false},            // one tag may be a story's line
		{"#Ostrel ferries", false},    // words beside the tags
		{"# #", false},                // marks, no tags
		{"Ferries #Ostrel #1", false}, // text first
	}
	for _, tt := range tests {
		if got := isHashtagLine(tt.in); got != tt.want {
			t.Errorf("isHashtagLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestDisclosuresDropped runs an invented story with an affiliate
// disclosure at the top and a print-edition note and a hashtag row at the
// end through HTMLText.
func TestDisclosuresDropped(t *testing.T) {
	story := []string{
		"The ferry board in Ostrel voted on Monday to buy two electric boats, ending a dispute that had divided the island for four years.",
		"The first boat is due in the autumn and will cut the crossing by ten minutes, the board's chair, Anselm Roth, told islanders at the meeting.",
		"Fishermen welcomed the vote but asked for a quieter timetable at dawn, when the harbour is busiest and the old diesel boats wake the town.",
	}
	furniture := []string{
		"We may earn a commission when you buy through links on this page.",
		"A version of this article appears in print on May 2, 2021, Section B, Page 4 with the headline: Ferries go electric.",
		"#Ostrel #Ferries #Harbour",
	}
	page := "<html><body><article><h1>Ostrel buys electric ferries</h1><p>" + furniture[0] + "</p><p>" +
		strings.Join(story, "</p><p>") + "</p><p>" + furniture[1] + "</p><p>" + furniture[2] + "</p></article></body></html>"
	checkExtracted(t, page, story, furniture)
}
