package clean

import "testing"

func TestFurniture(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		rule   Rule
		phrase string
	}{
		{"body text", "The council voted on Monday to raise bus fares by ten percent.", NotFurniture, ""},
		{"empty", "  ", NoLetters, ""},
		{"stars", "***", NoLetters, ""},
		{"exact", "Advertisement", ExactPhrase, "advertisement"},
		{"prefix", "Photo: Jane Roe for the Courier", PrefixPhrase, "photo:"},
		{"share bar run into a caption", "Facebook Twitter Pinterest The harbour wall at Northport after the storm.", PrefixPhrase, "facebook twitter pinterest"},
		{"prompt", "Click here to read the full report.", Prompt, "click"},
		{"timestamp", "Updated 3:45 PM ET", Timestamp, ""},
		{"copyright", "© 2019 Example Media. All rights reserved.", Copyright, ""},
		{"contains", "The story was written by an AP writer in Elmsford.", ContainsPhrase, "ap writer"},
		{"byline", "By Jane Doe and John Roe", Byline, ""},
		{"caption credit", "Crowds gather outside the court on Monday as the jury is led in through the side door of the old courthouse. (Photo courtesy of Jane Doe)", Caption, ""},
		{"dateline", "ELMSFORD, Ostland (AP) — The dam held overnight.", Dateline, ""},
		{"inline credit", "Crowds (Photo: Jane Doe) gathered outside the old court all day long as the jury deliberated behind closed doors on the third floor.", InlineCredit, ""},
		{"wire code", "The dam held overnight, officials said. (tc-pfg)", WireCode, ""},
		{"heading", "Dam holds as rain eases", Heading, ""},
		{"stamp and byline", "Mar. 4, 2031, 2: 15 am gmt by tom arden for months, riders have complained about late boats.", LeadFurniture, ""},
		{"highlights", "Story highlights refunds are late elmsford ( cnn ) the new owners said tuesday they would repay every fare.", LeadFurniture, ""},
		{"hatnote", "\" Tarn \" redirects here.", ContainsPhrase, "redirects here"},
		{"republishing note", "This article first appeared on example.com.", Prompt, "this article first appeared"},
		{"exclusive tag", "Exclusive: the owners of the ferry line will sell two boats.", LeadFurniture, ""},
		{"exclusive photos", "Exclusive photos of the hull were shown to the board on monday.", NotFurniture, ""},
		{"exclusive to", "Exclusive to readers of the courier and the gazette this week.", NotFurniture, ""},
		{"clock time in a sentence", "The first boat left at 6: 30 am as planned on Monday, March 3, 2031.", NotFurniture, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Furniture(tt.s)
			if got.Rule != tt.rule || got.Phrase != tt.phrase {
				t.Errorf("Furniture(%q) = %v %q, want %v %q", tt.s, got.Rule, got.Phrase, tt.rule, tt.phrase)
			}
			if tt.rule != NotFurniture && got.Rule.String() == "unknown" {
				t.Errorf("rule %d has no name", got.Rule)
			}
		})
	}
}

func TestFurnitureBesidesCuts(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want Rule
	}{
		{"body text", "The council voted on Monday to raise bus fares by ten percent.", NotFurniture},
		{"empty", "  ", NoLetters},
		{"prefix", "Photo: Jane Roe for the Courier", PrefixPhrase},
		{"dateline with an agency tag (an inline credit too)", "ELMSFORD, Ostland (AP) — The dam held overnight.", Dateline},
		{"lower-case dateline alone", "westvale, ost. - a school board voted on monday to close two schools.", NotFurniture},
		{"stamp and byline alone", "Mar. 4, 2031, 2: 15 am gmt by tom arden for months, riders have complained about late boats.", NotFurniture},
		{"inline credit", "Crowds (Photo: Jane Doe) gathered outside the old court all day long as the jury deliberated behind closed doors on the third floor.", InlineCredit},
		{"wire code", "The dam held overnight, officials said. (tc-pfg)", WireCode},
		{"heading", "Dam holds as rain eases", Heading},
		{"dateline before a wire code", "ELMSFORD, Ostland (AP) — The dam held overnight, officials said. (tc-pfg)", Dateline},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FurnitureBesidesCuts(tt.s)
			if got.Rule != tt.want {
				t.Errorf("FurnitureBesidesCuts(%q) = %v, want %v", tt.s, got.Rule, tt.want)
			}
			full := Furniture(tt.s)
			if got != full && (got.Rule != NotFurniture || full.Rule != Dateline && full.Rule != LeadFurniture) {
				t.Errorf("FurnitureBesidesCuts(%q) = %v, Furniture = %v", tt.s, got, full)
			}
		})
	}
}
