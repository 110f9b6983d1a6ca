package input

import (
	"strings"
	"testing"
)

func TestDropAuthorBox(t *testing.T) {
	story := "The ferry board in Ostrel voted on Monday to buy two electric boats.\n\nThe first boat is due in the autumn, the board's chair said."
	bio := "Lise Amberg has covered the islands for the Ostrel Post since 2015 and sails when the weather allows."
	long := strings.Repeat("The author grew up on the island and wrote three novels about its ferries. ", 10)
	tests := []struct {
		name, in, want string
	}{
		{"label and bio at the end", story + "\n\nAbout the author\n\n" + bio, story},
		{"label, bio and a second line", story + "\n\nAbout the Author:\n\n" + bio + "\n\nShe lives in Ostrel.", story},
		{"label alone at the end", story + "\n\nAbout the author", story},
		{"section inside a review", story + "\n\nAbout the author\n\n" + bio + "\n\n" + story + "\n\n" + story, story + "\n\nAbout the author\n\n" + bio + "\n\n" + story + "\n\n" + story},
		{"long section at the end", story + "\n\nAbout the author\n\n" + long, story + "\n\nAbout the author\n\n" + long},
		{"label opening the text", "About the author\n\n" + bio, "About the author\n\n" + bio},
		{"no label", story, story},
	}
	for _, tt := range tests {
		if got := dropAuthorBox(tt.in); got != tt.want {
			t.Errorf("%s: dropAuthorBox() =\n%q\nwant\n%q", tt.name, got, tt.want)
		}
	}
}
