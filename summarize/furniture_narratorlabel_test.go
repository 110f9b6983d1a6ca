package summarize

import "testing"

// TestCutNarratorLabel checks that a transcript's narrator label is cut
// and other labels and short turns are left.
func TestCutNarratorLabel(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"reporter", "Reporter: this is not the first time the ferry has been in the news.", "This is not the first time the ferry has been in the news."},
		{"anchor", "anchor: the harbour board met again on monday night in tarnwick.", "The harbour board met again on monday night in tarnwick."},
		{"speaker", "Varga: yes, we will rebuild the pier before the summer.", "Varga: yes, we will rebuild the pier before the summer."},
		{"too short", "Reporter: thank you, Ilse.", "Reporter: thank you, Ilse."},
		{"quotation", "Reporter: \"the pier will stay shut all winter,\" the mayor said.", "Reporter: \"the pier will stay shut all winter,\" the mayor said."},
		{"prose", "Reporters asked the mayor whether the pier would open in the spring.", "Reporters asked the mayor whether the pier would open in the spring."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := cutNarratorLabel(tc.s); got != tc.want {
				t.Errorf("cutNarratorLabel(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
