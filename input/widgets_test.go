package input

import "testing"

func TestIsWidgetLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Listen to this article", true},
		{"Listen to this article 3 min", true},
		{"Listen to this story 4:32", true},
		{"Listen to this story about the pier", false},
		{"Ad Feedback", true},
		{"Scroll to continue with content", true},
		{"Loading video...", true},
		{"Comments (12)", true},
		{"12 comments", true},
		{"Comments 12 and 13 were struck out.", false},
		{"This article has been shared 1,234 times.", true},
		{"This story has been shared widely since Monday.", false},
		{"Why you can trust the Ostrel Post", true},
		{"Why you can trust the ferry board, the mayor said, is a question for the voters of the island.", false},
		{"Print this page", true},
		{"Feedback: Send us your feedback.", true},
		{"Watch live", true},
		{"5 min read", true},
		{"Reading time: 4 minutes", true},
		{"Estimated read time 3 mins", true},
		{"The meeting ran 40 minutes.", false},
		{"5 minutes", false},
		{"Share the harbour with the fleet", false},
		{"Skip to main content", true},
		{"Jump to navigation Jump to search", true},
		{"Jump to search", true},
		{"Related Searches", true},
		{"Jump to the harbour report", false},
		{"Show comments", true},
		{"Loading...", true},
		{"Save", true},
		{"12 comments", true},
		{"Comments are closed.", true},
		{"Advertisement - Continue Reading Below", true},
		{"Continue reading the main story", true},
		{"Supported by", true},
		{"Like this:", true},
		{"Key events", true},
		{"Show key events only", true},
		{"Show 12 more updates", true},
		{"Show 12 more", false},
		{"Previous Post", true},
		{"Thanks for signing up!", true},
		{"Like this harbour, the next one will need a dredger.", false},
		{"1,234 shares", true},
		{"Shares 45", true},
		{"12 Photos", true},
		{"View Gallery (12 Photos)", true},
		{"Updated 2 hours ago", true},
		{"45 minutes ago", true},
		{"An hour ago", true},
		{"12 photos of the storm were shown at the meeting.", false},
		{"Two hours ago the pier was still closed.", false},
		{"Shares in the ferry company rose 45 percent.", false},
		{"Comments for this story are closed", true},
		{"Public comments are closed until the board meets in May.", false},
		{"Image 1 of 5", true},
		{"3 of 12", true},
		{"Up next: Ferry fares rise in spring", true},
		{"This article is more than 2 years old", true},
		{"Up next, the board will vote on the ferry fares.", false},
		{"12 comments were sent to the board before the vote.", false},
		{"1 of 3 piers will reopen", false},
		{"Save the north pier, the skippers said.", false},
		{"The pier", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isWidgetLabel(tt.in); got != tt.want {
			t.Errorf("isWidgetLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsContactLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Have a news tip? Email us at tips@courier.example.", true},
		{"Contact the reporter at mara@courier.example", true},
		{"Got a tip? Write to [email protected]", true},
		{"Questions about the pier? To reach the writer, use mara@courier.example.", true},
		{"Mara Quist covers the harbour for the Courier. Email her at mara@courier.example.", false}, // an author bio
		{"Have a story idea? Send it to desk@courier.example.", true},
		{"Have a news tip? Call the newsroom.", false}, // no address
		{"Residents can send comments to board@ellery.example until Friday, the board said.", false},
		{"Email us at tips@courier.example with your photos of the storm, and the paper will print the best of them in the Saturday edition, the editor said on Monday, adding that readers had sent hundreds of pictures after the last storm, many of them from the north pier and the south basin where the ferries wait.", false}, // too long
	}
	for _, tt := range tests {
		if got := isContactLine(tt.in); got != tt.want {
			t.Errorf("isContactLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsEmbedCredit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"A post shared by Ilse Varga (@ilsevarga) on Mar 3, 2020 at 4:15pm PST", true},
		{"A post shared by the harbour board on its page drew hundreds of replies from skippers who had lost their moorings in the storm last winter and wanted to know when they could return.", false}, // too long
		{"The post was shared by Ilse Varga on Tuesday.", false},
	}
	for _, tt := range tests {
		if got := isEmbedCredit(tt.in); got != tt.want {
			t.Errorf("isEmbedCredit(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsMediaCaption(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Media caption, Ilse Varga speaks to the council", true},
		{"Media caption: The ferry crosses the bay in a storm", true},
		{"Media captions on the council's site were added last year.", false},
	}
	for _, tt := range tests {
		if got := isMediaCaption(tt.in); got != tt.want {
			t.Errorf("isMediaCaption(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
