package input

import "testing"

func TestIsPromoLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"WATCH: The north pier reopens to boats", true},
		{"A SIMPLE GUIDE: How do I moor my boat?", true},
		{"READ NEXT: Ferry fares rise in the spring", true},
		{"LONDON: The board approved the loan on Tuesday.", false}, // a dateline and its sentence
		{"Watch: the pier reopens", false},                         // label not in capitals
		{"GPS: N24 39 16.4 E121 18 19.5", false},                   // no words after the label
		{"“PIER: The Musical” opens on Friday", false},             // a quoted title
		{"TV: ok", false}, // label too short
		{"ELLERY BAY HARBOUR BOARD NOTICE: Fees rise", false},
		{"WATCH: The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier which storms closed", false}, // too long
		{"", false},
	}
	for _, tt := range tests {
		if got := isPromoLine(tt.in); got != tt.want {
			t.Errorf("isPromoLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsTeaserExcerpt(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Tarnwick Courier – Ferry fares rise by a tenth in the spring, the operator said, and season tickets... more", true},
		{"The ferry timetable changes in the spring, the operator said … more", true},
		{"Gulls are back on the cliffs above Ellery Bay after three quiet years [&hellip;]", false}, // entity not decoded: not the ending
		{"Gulls are back on the cliffs above Ellery Bay after three quiet years […]", true},
		{"The board wants more. It said so on Monday...", false},
		{"She paused and said: \"We need more...\" and the room went quiet.", false},
	}
	for _, tt := range tests {
		if got := isTeaserExcerpt(tt.in); got != tt.want {
			t.Errorf("isTeaserExcerpt(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDropFurnitureTeaser(t *testing.T) {
	text := "The harbour board voted to rebuild the north pier.\n\nWork starts in March.\n\nFerry fares to rise in spring\n\nTarnwick Courier – Ferry fares rise by a tenth in the spring, the operator said, and season tickets... more\n\nPier news"
	got := dropFurniture(text)
	want := "The harbour board voted to rebuild the north pier.\n\nWork starts in March.\n\nPier news"
	if got != want {
		t.Errorf("dropFurniture:\n got %q\nwant %q", got, want)
	}
	// A sentence before the excerpt is not its headline.
	text = "The harbour board voted to rebuild the north pier.\n\nThe operator said on Monday that fares rise in the spring, and season tickets... more"
	if got := dropFurniture(text); got != "The harbour board voted to rebuild the north pier." {
		t.Errorf("dropFurniture = %q", got)
	}
}

func TestIsDoubledTitle(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Ferry crosses the bay in a storm Ferry crosses the bay in a storm Tarnwick Daily", true},
		{"Harbour board picks a new chair after a long search Harbour board picks a new chair after a long search", true},
		{"Mayor Ilse Varga opens the pier Mayor Ilse Varga opens the pier as skippers cheer", true},
		{"Rank Name Region Pop. Rank Name Region Pop.", false}, // a table header twice: short
		{"The board met, the board met again, and the board met a third time before the vote.", false},
		{"Ferry crosses the bay in a storm, and the harbour master said the crossing was the roughest of the winter.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isDoubledTitle(tt.in); got != tt.want {
			t.Errorf("isDoubledTitle(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
