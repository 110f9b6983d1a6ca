package input

import "testing"

func TestDropHeadline(t *testing.T) {
	const prose = "The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago."
	const prose2 = "Work will start in March, the board said, once the council has approved a loan that covers most of the cost."
	tests := []struct {
		name, text, title, want string
	}{
		{"the title above the article", "Ellery Bay to rebuild its north pier\n\n" + prose, "Ellery Bay to rebuild its north pier", prose},
		{"the title with the site's name", "Ellery Bay to rebuild its north pier\n\n" + prose, "Ellery Bay to rebuild its north pier | Bay Courier", prose},
		{"a headline with a kicker the title leaves out", "Harbour: Ellery Bay to rebuild its north pier\n\n" + prose, "Ellery Bay to rebuild its north pier", prose},
		{"punctuation and case do not matter", "ELLERY BAY TO REBUILD ITS NORTH PIER!\n\n" + prose, "Ellery Bay to rebuild its north pier", prose},
		{"a standfirst is not the headline", "Ellery Bay to rebuild its north pier\n\nThe skippers can come back\n\n" + prose, "Ellery Bay to rebuild its north pier", "The skippers can come back\n\n" + prose},
		{"a heading inside the article stays", prose + "\n\nEllery Bay to rebuild its north pier\n\n" + prose2, "Ellery Bay to rebuild its north pier", prose + "\n\nEllery Bay to rebuild its north pier\n\n" + prose2},
		{"a short part of a long title stays", "North pier\n\n" + prose, "Ellery Bay to rebuild its north pier after two winters closed", "North pier\n\n" + prose},
		{"a line holding the title and much more stays", "Ellery Bay to rebuild its north pier, and what the skippers who left for the south basin say about it now\n\n" + prose, "Ellery Bay to rebuild its north pier", "Ellery Bay to rebuild its north pier, and what the skippers who left for the south basin say about it now\n\n" + prose},
		{"no title", "Ellery Bay to rebuild its north pier\n\n" + prose, "", "Ellery Bay to rebuild its north pier\n\n" + prose},
		{"a one-word title", "Harbour\n\n" + prose, "Harbour", "Harbour\n\n" + prose},
		{"no prose: nothing is dropped", "Ellery Bay to rebuild its north pier\n\nPiers and boats", "Ellery Bay to rebuild its north pier", "Ellery Bay to rebuild its north pier\n\nPiers and boats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropHeadline(tt.text, tt.title); got != tt.want {
				t.Errorf("dropHeadline:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
	if got := dropHeadline("Ellery Bay to rebuild its north pier\n\n"+prose, "Harbour news", "Ellery Bay to rebuild its north pier"); got != prose {
		t.Errorf("dropHeadline with the second of two titles = %q, want %q", got, prose)
	}
}
