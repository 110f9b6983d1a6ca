package summarize

import "testing"

func TestBareSourcesText(t *testing.T) {
	kinds := map[string]string{
		"sources":   "diplomatic",
		"official":  "senior",
		"insider":   "",
		"insiders":  "",
		"officials": "two",
	}
	tests := []struct {
		name, s, before, want string
	}{
		{"the sources said", "The mayor of Tarnwick refused the offer, the sources said.", "", "The mayor of Tarnwick refused the offer, diplomatic sources said."},
		{"a letter that lower-cases shorter", "The pier at \u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a closes, the sources said.", "", "The pier at \u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a closes, diplomatic sources said."},
		{"the official opening", "The official said the ferry would resume in May.", "", "A senior official said the ferry would resume in May."},
		{"one of the officials", "The pier closes in June, one of the officials said.", "", "The pier closes in June, one official said."},
		{"one of the sources takes the kind", "Anna Varga left early, one of the sources said.", "", "Anna Varga left early, one diplomatic source said."},
		{"a count stays with the plural", "The talks stalled, the officials said.", "", "The talks stalled, two officials said."},
		{"according to the insider", "The band split in May, according to the insider.", "", "The band split in May, according to an insider."},
		{"no kind", "The band split in May, the insiders said.", "", "The band split in May, insiders said."},
		{"named before in the summary", "The pier closes in June, the officials said.", " harbour officials met on monday.", ""},
		{"named before in the sentence", "Harbour officials met, and the pier closes in June, the officials said.", "", ""},
		{"a source named before", "The mayor refused, the source said.", " a source close to the mayor told reporters of the offer.", ""},
		{"inside a quotation", `"I told the sources said to know," Varga said.`, "", ""},
		{"added reads said", `"The pier is safe," the source added.`, "", `"The pier is safe," a source said.`},
		{"according to the official site", "The pier closes in June, according to the official harbour website.", "", ""},
		{"according to the sources with knowledge", "The pier closes in June, according to the source with knowledge of the plan.", "", "The pier closes in June, according to a source with knowledge of the plan."},
		{"some of the officials", "The pier closes in June, some of the officials said.", "", ""},
		{"the people are left", "The board approved the sale, the people said.", "", ""},
		{"not a credit", "Police are still looking for the sources of the leak.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := bareSourcesText(tt.s, tt.before, func(noun string) string { return kinds[noun] })
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("bareSourcesText(%q)\n got %q\nwant %q", tt.s, got, tt.want)
			}
		})
	}
}
