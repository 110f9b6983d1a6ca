package clean

import "testing"

func TestRepairMojibake(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"cp1252 apostrophe", "the ferryâ€™s hull", "the ferry's hull"},
		{"tokenized apostrophe", "the ferryâ€ ™s hull wasnâ€ ™t dry", "the ferry's hull wasn't dry"},
		{"latin-1 apostrophe", "she wouldn\u00e2\u0080\u0099t sail", "she wouldn't sail"},
		{"latin-1 dash", "no ferries\u00e2\u0080\u0094only rafts", "no ferries—only rafts"},
		{"cp1250 quotes", "â€ śwe sail at dawn, â€ ť said the skipper", `"we sail at dawn, " said the skipper`},
		{"lost closing quote", "the tide.â€? next", `the tide." next`},
		{"control closing quote", "the tide.â€\u009d next", `the tide." next`},
		{"tokenized dash", "calm seas â€ \" and fog", "calm seas — and fog"},
		{"tokenized range", "days 3â€\"9 of the trip", "days 3–9 of the trip"},
		{"ellipsis", "and thenâ€¦ silence", "and then... silence"},
		{"lost bytes quote", "the song \u00e2\ufffd\ufffdblue harbour\u00e2\ufffd\ufffd played", `the song "blue harbour" played`},
		{"lost bytes dash", "by the mayor \u00e2\ufffd\ufffd ilse varga", "by the mayor — ilse varga"},
		{"capital lead", "Â€ œwe sail at dawn.", `"we sail at dawn.`},
		{"capital bullet", "Â€ ¢ the fares rose.", "• the fares rose."},
		{"capital other", "Â the fares rose.", "Â the fares rose."},
		{"real word", "the château de varenne and a théâtre", "the château de varenne and a théâtre"},
		{"lone lead", "â€ and the rest", "â€ and the rest"},
		{"no lead", "plain harbour text", "plain harbour text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repairMojibake(tt.in); got != tt.want {
				t.Errorf("repairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeRepairsMojibake(t *testing.T) {
	// The invalid byte 0x9D reads as a C1 control (chorus.ValidUTF8),
	// which Normalize would drop if the repair came after it.
	in := "the harbourâ€\x9d sign and it\u00e2\u0080\u0099s late"
	if got, want := Normalize(in), `the harbour" sign and it's late`; got != want {
		t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
	}
}
