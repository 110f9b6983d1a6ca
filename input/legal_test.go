package input

import "testing"

func TestIsCreditLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Image credit: www.bay-courier.example/in/", true},
		{"Photo Source: Mara Quist from Stockhaus.", true},
		{"featured image: Jo Penn via Pixelbank", true},
		{"Header Image: The north pier at dawn, two winters after the storms closed it. Credit: Mara Quist", true},
		{"Photo : Harbour Agency", true},
		{"Photos by: Mara Quist", true},
		{"Image: the pier", true},
		{"Image credit:", false}, // nothing credited
		{"Photographers at the pier: a dozen came at dawn", false},
		{"The photo: it showed the pier at dawn", false},
		{"Pier photo archive: 1,200 pictures of the harbour", false},
		{"Image quality matters", false},
		{"Featured image by Mara Quist/Bay Courier.", true},
		{"Photo courtesy of the Aldera Museum", true},
		{"Top photo by Jo Penn via Pixelbank", true},
		{"Video by a bystander shows the pier collapsing.", false},
		{"Photos by Mara Quist were shown at the harbour museum all through the long winter of that year.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isCreditLine(tt.in); got != tt.want {
			t.Errorf("isCreditLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsLegalLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Our Standards: The Harbour Wire Trust Principles.", true},
		{"Bay Courier is not responsible for the opinions, statements or media content presented by contributors. In case of abuse, click here to report.", true},
		{"The views expressed here are the writer's own and do not necessarily reflect those of the Bay Courier.", true},
		{"The board said the ferry company is not responsible for the delays, which it blamed on the storm.", true}, // a phrase alone: trimEdges takes it only at the edges
		{"Our standards for the pier are high, the board said.", false},
		{"The board met on Tuesday.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isLegalLine(tt.in); got != tt.want {
			t.Errorf("isLegalLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTrimEdgesLegal(t *testing.T) {
	const prose = "The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago."
	const quote = "The board said the ferry company is not responsible for the delays on the north crossing, which it blamed on the storm."
	const prose2 = "Work will start in March, the board said, once the council has approved a loan that covers most of the cost."
	const disclaimer = "Bay Courier is not responsible for the opinions, statements or media content presented by contributors."
	tests := []struct {
		name, in, want string
	}{
		{"standards line below", prose + "\n\n" + prose2 + "\n\nOur Standards: The Harbour Wire Trust Principles.", prose + "\n\n" + prose2},
		{"a disclaimer written as a sentence below", prose + "\n\n" + prose2 + "\n\n" + disclaimer, prose + "\n\n" + prose2},
		{"a disclaimer inside the article stays", prose + "\n\n" + quote + "\n\n" + prose2, prose + "\n\n" + quote + "\n\n" + prose2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimEdges(tt.in); got != tt.want {
				t.Errorf("trimEdges:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestIsAgencyCredit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Agencies", true},
		{"Getty Images", true},
		{"AFP via Getty Images", true},
		{"File photo", true},
		{"Jane Roe/Reuters", true},
		{"Jane Roe / AFP via Getty Images", true},
		{"REUTERS/Jane Roe", true},
		{"AP Photo/Jane Roe", true},
		{"EPA-EFE/JANE ROE", true},
		{"REUTERS/Jane Roe/File Photo", true},
		{"AP/Velmora poll of harbour towns shows ferry support at record high", false}, // a headline: too many words
		{"Reuters/Ipsos/Velmora/Tarnwick", false},
		{"Blob/ File", false},
		{"Reuters reported the vote on Tuesday.", false},
		{"The agencies agreed to share the cost of the pier.", false},
		{"Mooring/berthing fees", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isAgencyCredit(tt.in); got != tt.want {
			t.Errorf("isAgencyCredit(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
