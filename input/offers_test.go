package input

import (
	"strings"
	"testing"
)

func TestInlineAdLines(t *testing.T) {
	tests := []struct {
		name string
		is   func(string) bool
		in   string
		want bool
	}{
		{"offer", isOfferLine, "Shop the winter sale: up to 35% off rain boots at Ostrel Outfitters.", true},
		{"offer code", isOfferLine, "Save on lanterns this week with promo code QUAY10.", true},
		{"offer percent words", isOfferLine, "Grab a kayak for 20 percent off until Sunday.", true},
		{"story sale sentence", isOfferLine, "Shops along the quay cut prices by up to 35% off after the flood.", false},
		{"shop as a noun", isOfferLine, "Shop owners on the quay offered 20% off to anyone who came by ferry.", false},
		{"imperative without offer", isOfferLine, "Buy local, the mayor urged the crowd at the market.", false},
		{"offer too long", isOfferLine, "Shop " + strings.Repeat("the dunes ", 15) + "at 10% off.", false},
		{"sponsor", isSponsorLine, "Sponsored: These rain boots are selling out across the valley", true},
		{"paid content", isSponsorLine, "Paid content: Why harbour towns love electric ferries", true},
		{"sponsor word in story", isSponsorLine, "Sponsored by the guild, the regatta drew forty boats.", false},
		{"alert prompt", isAlertPrompt, "Get breaking news alerts with the free Ostrel Post app.", true},
		{"install alerts", isAlertPrompt, "Install the Ostrel Post app for push notifications on the storm.", true},
		{"app in story", isAlertPrompt, "Getting alerts from the flood app saved her shop, she said.", false},
		{"get without app", isAlertPrompt, "Get weather alerts by text from the county.", false},
		{"writer contact", isWriterContact, "Contact Lise Amberg at lamberg@ostrelpost.example or 555-0188.", true},
		{"reach writer", isWriterContact, "Reach Tomas Vell at tvell@ostrelpost.example.", true},
		{"contact in story", isWriterContact, "Contact with the trawler was lost at dawn, the coastguard said.", false},
		{"bio email", isWriterContact, "Lise Amberg covers the harbour. Email her at lamberg@ostrelpost.example.", false},
	}
	for _, tt := range tests {
		if got := tt.is(tt.in); got != tt.want {
			t.Errorf("%s: (%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestLegalRedistributionLine(t *testing.T) {
	if !isLegalLine("This material may not be published, broadcast, rewritten or redistributed.") {
		t.Error("the agency's redistribution line alone is not a legal line")
	}
	if isLegalLine("The council said the plans may not be published before the vote.") {
		t.Error("a story's sentence about publishing is a legal line")
	}
}

// TestInlineAdsDropped runs an invented story with an inline offer, a
// sponsor line, an alert prompt, the writer's contact line and the
// agency's redistribution line through HTMLText: the story's sentences
// stay and the furniture goes.
func TestInlineAdsDropped(t *testing.T) {
	story := []string{
		"The ferry board in Ostrel voted on Monday to buy two electric boats, ending a dispute that had divided the island for four years.",
		"The first boat is due in the autumn and will cut the crossing by ten minutes, the board's chair, Anselm Roth, told islanders at the meeting.",
		"Fishermen welcomed the vote but asked for a quieter timetable at dawn, when the harbour is busiest and the old diesel boats wake the town.",
		"Shops along the quay cut prices by up to 35% off after the flood, and traders said the new boats would bring visitors back.",
	}
	furniture := []string{
		"Shop the winter sale: up to 35% off rain boots at Ostrel Outfitters.",
		"Sponsored: These rain boots are selling out across the valley",
		"Get breaking news alerts with the free Ostrel Post app.",
		"Contact Lise Amberg at lamberg@ostrelpost.example or 555-0188.",
		"This material may not be published, broadcast, rewritten or redistributed.",
	}
	var b strings.Builder
	b.WriteString("<html><head><title>Ostrel buys electric ferries</title></head><body><article><h1>Ostrel buys electric ferries</h1>")
	for i, s := range story {
		b.WriteString("<p>" + s + "</p>")
		if i < 2 {
			b.WriteString("<p>" + furniture[i] + "</p>")
		}
	}
	for _, f := range furniture[2:] {
		b.WriteString("<p>" + f + "</p>")
	}
	b.WriteString("</article></body></html>")
	checkExtracted(t, b.String(), story, furniture)
}
