package summarize

import (
	"slices"
	"testing"
)

// TestOpenWithNamedFirm: a later article opening that introduces the
// company a lead points back at ("... sued the company ...") leads; not
// when the lead names it, when the sentence shares no word with the lead,
// when it is not its article's opening, nor for a Fill summary.
func TestOpenWithNamedFirm(t *testing.T) {
	lead := "A Brellin pension fund has sued the company over its stake in the battery venture."
	intro := "Battery company voltane is accused of misleading a pension fund to win its stake, court papers show."
	other := "Shares in Tarnwick battery makers fell on Monday after the news."
	for _, tc := range []struct {
		name, lead, later string
		pos               int
		fill              bool
		want              []int
	}{
		{"moves", lead, intro, 0, false, []int{2, 0, 1}},
		{"indefinite", lead, "A Tarnwick battery company is accused of misleading a pension fund to win its stake, court papers show.", 0, false, []int{2, 0, 1}},
		{"named in the lead", "A Brellin pension fund has sued voltane, saying the company misled it over its stake.", intro, 0, false, []int{0, 1, 2}},
		{"no shared word", lead, "Chemical company voltane opened a second factory near the coast road in March last year.", 0, false, []int{0, 1, 2}},
		{"not an opening", lead, intro, 4, false, []int{0, 1, 2}},
		{"fill", lead, intro, 0, true, []int{0, 1, 2}},
	} {
		c := frameCluster(tc.lead, other, tc.later)
		c.cands[2].pos = tc.pos
		c.reader = !tc.fill
		picked := []int{0, 1, 2}
		c.openWithNamedFirm(picked)
		if !slices.Equal(picked, tc.want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, tc.want)
		}
	}
}

// TestFirmPointedAt: a "the company" after a lead's first words points
// back; one the phrase pins ("the company that ...", "the company's") or
// one the lead told of before does not.
func TestFirmPointedAt(t *testing.T) {
	for s, want := range map[string]string{
		"a brellin fund has sued the company over its stake.":            "company",
		"a brellin fund has sued the firm.":                              "firm",
		"a brellin fund has sued the company that built the ferry.":      "",
		"a brellin fund has sued the company's founder.":                 "",
		"a battery company in brellin said the company would appeal.":    "",
		"the company said it would appeal the ruling of the court.":      "",
		"a brellin fund has sued the council over its stake in a ferry.": "",
	} {
		if got := firmPointedAt(s); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}
