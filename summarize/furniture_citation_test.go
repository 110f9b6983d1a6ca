package summarize

import "testing"

// TestCitedPaper checks that a sentence left in a citation's voice is
// found, and one cutCitation rewrites or a news sentence is not.
func TestCitedPaper(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"reference entry", "1. Varga, a. et al. Gulls of the estuary.", true},
		{"case caption", "The case is Varga v Holm et al, district court.", true},
		{"fragment", "Only in the paper by Varga et al.", true},
		{"journal summary", "Varga et al. Present gull counts covering the Tarnwick estuary.", false},
		{"in-text reference", "Gulls nest on the pier in Tarnwick (Holm et al., 2002).", false},
		{"news of a study", "Anna Varga, who led the study, said gulls nest early in Tarnwick.", false},
		{"word inside", "The metal altered the hull of the Tarnwick ferry.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := citedPaper(tc.s); got != tc.want {
				t.Errorf("citedPaper(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

// TestCutCitation checks that a paper's authors as the subject read
// "researchers" and an in-text reference leaves the sentence.
func TestCutCitation(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
		ok            bool
	}{
		{"subject", "Varga et al. Present gull counts covering the Tarnwick estuary.", "Researchers present gull counts covering the Tarnwick estuary.", true},
		{"two-word name", "Anna Varga et al. Chart the journeys of gulls from Tarnwick.", "Researchers chart the journeys of gulls from Tarnwick.", true},
		{"after a comma", "By ringing 200 gulls in Tarnwick, Holm et al. Found that they nest early.", "By ringing 200 gulls in Tarnwick, researchers found that they nest early.", true},
		{"in-text reference", "Gulls nest on the pier in Tarnwick (Holm et al., 2002).", "Gulls nest on the pier in Tarnwick.", true},
		{"by the paper", "Only in the paper by Varga et al.", "Only in the paper by Varga et al.", false},
		{"none", "Anna Varga found that gulls nest early.", "Anna Varga found that gulls nest early.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := cutCitation(tc.s)
			if got != tc.want || ok != tc.ok {
				t.Errorf("cutCitation(%q) = %q, %v; want %q, %v", tc.s, got, ok, tc.want, tc.ok)
			}
		})
	}
}
