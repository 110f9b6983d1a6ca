package summarize

import "testing"

func TestCutRestartedHeadline(t *testing.T) {
	tests := []struct {
		name, in, want string
		cased          bool
	}{
		{"story opens on a headline noun", "Westvale power returns after storm blackout power was back in most of westvale on monday evening after the storm blackout, the utility said.",
			"Power was back in most of westvale on monday evening after the storm blackout, the utility said.", false},
		{"determiner and modifiers before the noun", "Ferry captain's last crossing of the bay a 70-year-old westvale captain has made her last crossing of the bay after fifty years at the helm.",
			"A 70-year-old westvale captain has made her last crossing of the bay after fifty years at the helm.", false},
		{"a name the story says again", "Roes skip the ferry gala after the pier row dell roe is staying away from the ferry gala, and dell roe said the pier row was to blame.",
			"Roes skip the ferry gala after the pier row dell roe is staying away from the ferry gala, and dell roe said the pier row was to blame.", false},
		{"a subject of two", "Roes to skip the ferry gala after the pier row ana roe and dell roe are staying away from the ferry gala, the couple said on monday.",
			"Roes to skip the ferry gala after the pier row ana roe and dell roe are staying away from the ferry gala, the couple said on monday.", false},
		{"a clause before the repeat", "Officials said the harbour was closed because harbour staff were on strike over pay and the harbour would stay shut until talks resume.",
			"Officials said the harbour was closed because harbour staff were on strike over pay and the harbour would stay shut until talks resume.", false},
		{"story does not restate the headline", "Westvale mayor opens new library at the old pier mayor ana roe will stand again next year, her office said on monday after weeks of talk.",
			"Westvale mayor opens new library at the old pier mayor ana roe will stand again next year, her office said on monday after weeks of talk.", false},
		{"cased", "Westvale power returns after storm blackout power was back in most of westvale on monday evening after the storm blackout, the utility said.",
			"Westvale power returns after storm blackout power was back in most of westvale on monday evening after the storm blackout, the utility said.", true},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutRestartedHeadline(tt.in, tt.cased); got != tt.want {
				t.Errorf("cutRestartedHeadline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
