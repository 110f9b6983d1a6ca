package input

import (
	"strings"
	"testing"
)

func TestIsCreditedCaption(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"photo colon", "A ferry leaves the north pier at dawn on Monday. Photo: Mara Quist", true},
		{"photograph slash", "A ferry leaves the north pier at dawn on Monday. Photograph: Mara Quist/Bay Courier", true},
		{"picture", "Crowds on the harbour wall. Picture: Jo Penn", true},
		{"image agency", "The north pier after the storm. Image: Harbour Wire", true},
		{"credit colon", "A ferry leaves the north pier at dawn on Monday. Credit: Mara Quist", true},
		{"credit no colon", "A ferry leaves the north pier at dawn on Monday. Credit Mara Quist for the Bay Courier", true},
		{"photo by", "A ferry leaves the north pier at dawn on Monday. Photo by Mara Quist for the Bay Courier", true},
		{"source supplied", "The mayor at the harbour in 2019. Source: Supplied", true},
		{"quoted caption", "\"We start in March,\" the mayor said at the pier. Photo: Jo Penn", true},
		{"parenthesised slash", "A ferry leaves the north pier at dawn on Monday. (Mara Quist/Bay Courier)", true},
		{"agency first", "A ferry leaves the north pier at dawn on Monday. EPA-EFE/MARA QUIST", true},
		{"story after credit", "The pier at dawn. Photo: Harbour Wire. The board voted on Tuesday to rebuild it", false},
		{"initials", "The pier at dawn. Photo: J. Quist/Bay Courier", true},
		{"credit line alone", "Photo: Mara Quist", false}, // isCreditLine's
		{"story sentence", "The board voted on Tuesday. Credit unions said they would wait.", false},
		{"credit name sentence", "The board voted on Tuesday. Credit Aldera said it would lend the money.", false},
		{"photo of sentence", "The board voted on Tuesday. Photos of the pier were shown to the members.", false},
		{"source in prose", "The board voted on Tuesday, a source said.", false},
		{"unit in parentheses", "The ferry runs at 30 km/h. (km/h)", false},
		{"ticket in parentheses", "The mayor backed the joint ticket (Quist/Penn) on Tuesday.", false},
		{"long credit", "The board voted on Tuesday. Source: a long report that the harbour board wrote over two years about the pier and its ferries", false},
		{"long paragraph", strings.Repeat("The board voted to rebuild the north pier. ", 10) + "Photo: Mara Quist", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isCreditedCaption(tt.in); got != tt.want {
				t.Errorf("isCreditedCaption(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestDropFurnitureCreditedCaption(t *testing.T) {
	const prose = "The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago."
	const prose2 = "Work will start in March, the board said, once the council has approved a loan that covers most of the cost."
	const caption = "A ferry leaves the north pier at dawn on Monday. Photograph: Mara Quist/Bay Courier"
	in := prose + "\n\n" + caption + "\n\n" + prose2
	if got, want := dropFurniture(in), prose+"\n\n"+prose2; got != want {
		t.Errorf("dropFurniture kept the caption:\n%s", got)
	}
}
