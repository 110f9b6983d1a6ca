package summarize

import "testing"

func TestCutLeadIn(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"exclamation lead-in", "How odd! a baker from westvale won the regatta on sunday.", "A baker from westvale won the regatta on sunday."},
		{"two-word cry", "Trick or treat! westvale police say two men in masks robbed the ferry office.", "Westvale police say two men in masks robbed the ferry office."},
		{"question-word lead-in", "Why now? the harbour lease that the council signed in 1990 runs out in june.", "The harbour lease that the council signed in 1990 runs out in june."},
		{"apostrophe inside a word", "Don't panic! the ferry timetable is only late by a day.", "The ferry timetable is only late by a day."},
		{"question without a question word", "Her crime? stealing a ferry from the westvale pier.", "Her crime? stealing a ferry from the westvale pier."},
		{"long exclamation stays", "The westvale ferry is back today! it left the pier at dawn.", "The westvale ferry is back today! it left the pier at dawn."},
		{"short rest stays", "How big? about three ferries long.", "How big? about three ferries long."},
		{"short answer to a question stays", "How big? more than three ferries end to end.", "How big? more than three ferries end to end."},
		{"name with a bang", "Yahoo! news reported the ferry sale on monday.", "Yahoo! news reported the ferry sale on monday."},
		{"verb of speech follows", "Why? asked the mayor of westvale at the pier.", "Why? asked the mayor of westvale at the pier."},
		{"inside a quotation", "\" wow! the ferry is back, \" said a westvale baker.", "\" wow! the ferry is back, \" said a westvale baker."},
		{"spaced quote mark", "' wow! the ferry is back ' was all she said that day.", "' wow! the ferry is back ' was all she said that day."},
		{"capital after the mark", "Finally! The ferry left the westvale pier at dawn.", "Finally! The ferry left the westvale pier at dawn."},
		{"mark inside a word", "The firm Pier!Works sold the westvale ferry.", "The firm Pier!Works sold the westvale ferry."},
		{"no mark", "The westvale ferry left the pier at dawn.", "The westvale ferry left the pier at dawn."},
		{"mark at the end", "Wow!", "Wow!"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutLeadIn(tt.in); got != tt.want {
				t.Errorf("cutLeadIn(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestBalanceQuotes(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"closing mark before the speaker", `We will rebuild the pier by june, " the mayor said.`, `"We will rebuild the pier by june, " the mayor said.`},
		{"a quotation inside it closes with it", `Her answer was ' not this year. ' " the mayor said.`, `"Her answer was ' not this year. ' " the mayor said.`},
		{"closing mark after a manner verb", `Now you can ride the ferry again! " roe joked on monday.`, `"Now you can ride the ferry again! " roe joked on monday.`},
		{"closing mark before according to", `If he did, the crews would walk out, " according to a union aide.`, `"If he did, the crews would walk out, " according to a union aide.`},
		{"closing mark at the end", `The pier will reopen in june. "`, `"The pier will reopen in june. "`},
		{"opening mark after a colon", `The mayor said: "we will rebuild the pier by june.`, `The mayor said: "we will rebuild the pier by june."`},
		{"opening mark at the start", `" the pier will reopen in june, after the repairs.`, `" the pier will reopen in june, after the repairs."`},
		{"curly opening mark", "The mayor said: “we will rebuild the pier by june.", "The mayor said: “we will rebuild the pier by june.”"},
		{"curly closing mark", "We will rebuild the pier, ” the mayor said.", "“We will rebuild the pier, ” the mayor said."},
		{"balanced", `"we will rebuild it, " the mayor said.`, `"we will rebuild it, " the mayor said.`},
		{"mark that fits neither", `We won! " the crowd on the westvale pier cheered all night.`, `We won! " the crowd on the westvale pier cheered all night.`},
		{"too few quoted words", `The ferry is called " sea`, `The ferry is called " sea`},
		{"tokenized quotes", "The mayor said `` we will rebuild '' on monday \" .", "The mayor said `` we will rebuild '' on monday \" ."},
		{"no marks", "The pier reopened on monday.", "The pier reopened on monday."},
		{"verb in a clause after an opening mark", `Roe hit back, "when the mayor says, 'the pier is safe, ' nobody believes it.`,
			`Roe hit back, "when the mayor says, 'the pier is safe, ' nobody believes it."`},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := balanceQuotes(tt.in); got != tt.want {
				t.Errorf("balanceQuotes(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
