package summarize

import "testing"

func TestTitledReviewLabel(t *testing.T) {
	tests := []cutCase{
		{"a tokenised title", "' harbour lights ': festival review the two sisters of a ferry pilot sail into a storm of their own making.",
			"The two sisters of a ferry pilot sail into a storm of their own making."},
		{"a joined title", `"The last crossing": film review a long night on the tarnwick ferry turns into a quiet, careful drama.`,
			"A long night on the tarnwick ferry turns into a quiet, careful drama."},
		{"a lone colon", "' pier 9 ' : tv review in its second season the harbour drama finally finds its feet and its voice.",
			"In its second season the harbour drama finally finds its feet and its voice."},
		// Left whole.
		{"a name after the label", "' harbour lights ': film review ana roe and tomas reyle sail into a storm of their own making.", ""},
		{"no review label", "' harbour lights ': the two sisters of a ferry pilot sail into a storm of their own making.", ""},
		{"a quote, no title", `"We will close the pier": the council review the harbour board ordered will report in may of next year.`, ""},
		{"too short", "' harbour lights ': film review it sinks.", ""},
		{"no quotation mark first", "Harbour lights: film review the two sisters of a ferry pilot sail into a storm of their own.", ""},
		{"a second title", "' harbour lights ': film review the 'quiet pier' director returns with a story of two sisters at sea.", ""},
	}
	checkCuts(t, "titledReviewLabel", titledReviewLabel, tests)
}
