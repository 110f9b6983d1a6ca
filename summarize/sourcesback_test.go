package summarize

import "testing"

func TestNameSources(t *testing.T) {
	knows := map[string]string{
		"people": "familiar with the harbour deal",
		"person": "briefed on the ferry talks",
		"source": "close to the mayor",
	}
	tests := []struct {
		name, s, before, want string
	}{
		{"the people said", "The board approved the sale on Tuesday, the people said.", "", "The board approved the sale on Tuesday, people familiar with the harbour deal said."},
		{"one of the people", "The mayor was angry, one of the people said, and left early.", "", "The mayor was angry, one of the people familiar with the harbour deal said, and left early."},
		{"some of the people", "The price rose, some of the people said.", "", "The price rose, some of the people familiar with the harbour deal said."},
		{"the person opening", "The person said the talks would resume in May.", "", "A person briefed on the ferry talks said the talks would resume in May."},
		{"according to the source", "The mayor will not run again, according to the source.", "", "The mayor will not run again, according to a source close to the mayor."},
		{"those people", "The pier closes in June, those people said.", "", "The pier closes in June, people familiar with the harbour deal said."},
		{"these people", "The pier closes in June, these people said.", "", "The pier closes in June, people familiar with the harbour deal said."},
		{"described before", "The board approved the sale, the people said.", " the deal was struck, people familiar with the harbour deal said.", ""},
		{"no phrase for the noun", "The pier will close, the officials said.", "", ""},
		{"inside a quotation", `"We asked the people said to be there," Varga said.`, "", ""},
		{"not a pointer", "He promised to fight for the people.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := nameSources(tt.s, tt.before, func(noun string) string { return knows[noun] })
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("nameSources(%q)\n got %q\nwant %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestKnowsPhrase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"familiar with the matter said on monday", "familiar with the matter"},
		{"briefed on the pier talks who would not be named", "briefed on the pier talks"},
		{"close to the mayor -- a friend", "close to the mayor"},
		{"close to the keeping up with the family show of the year", ""},
		{"familiar with varga'plans", ""},
		{"close to", ""},
	}
	for _, tt := range tests {
		if got := knowsPhrase(tt.in); got != tt.want {
			t.Errorf("knowsPhrase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
