package summarize

import "testing"

func TestChatOpening(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"yup", "Yup, the harbour council did indeed close the old pier.", "The harbour council did indeed close the old pier.", true},
		{"lower-cased text", "whoa, odile farrant is looking nothing like her old self.", "Odile farrant is looking nothing like her old self.", true},
		{"oh and", "Oh, and the ferry company gave $4,000 to the lifeboat fund.", "The ferry company gave $4,000 to the lifeboat fund.", true},
		{"okay so", "Okay, so the harbour isn't doomed after all this winter.", "The harbour isn't doomed after all this winter.", true},
		{"quotation inside", `Yup, the council did close the "old pier" for good.`, `The council did close the "old pier" for good.`, true},
		{"a quotation's tail", `Oh, it's a terrible day for Tarnwick!" she told the crowd.`, "", false},
		{"a name called", "Okay, Tarnwick, you win this round of the ferry fight.", "", false},
		{"a clause", "Oh, because the harbour board has just published a guide.", "", false},
		{"a condition", "Well, if you buy the old harbour house, you will own a pier.", "If you buy the old harbour house, you will own a pier.", true},
		{"a negation", "Well, not exactly alone, since the ferry crew was there too.", "", false},
		{"too short", "Oh, and the ferry strike.", "", false},
		{"an answer stays", "Yes, the council voted to close the pier on Monday.", "", false},
		{"no comma", "Well the pier stays closed to the public this winter.", "", false},
		{"not at the front", "The council, well, voted to close the pier on Monday.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := chatOpening(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("chatOpening(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
