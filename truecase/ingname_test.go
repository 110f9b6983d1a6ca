package truecase

import "testing"

func TestIngName(t *testing.T) {
	m := spanModel(t)
	checkSourceCases(t, m, []sourceCase{
		{"a surname ending in -ing after a given name",
			"Then tolvan harping spoke. Later tolvan harping left. At noon tolvan harping ate.",
			"Then Tolvan harping spoke.", "Then Tolvan Harping spoke."},
		{"a verb in -le",
			"Then tolvan rambling spoke. Later tolvan rambling left. At noon tolvan rambling ate.",
			"Then Tolvan rambling spoke.", "Then Tolvan rambling spoke."},
		{"after a people's word",
			"Then spanish harping spoke. Later spanish harping left. At noon spanish harping ate.",
			"Then Spanish harping spoke.", "Then Spanish harping spoke."},
		{"a hyphened word",
			"Then tolvan fish-farming spoke. Later tolvan fish-farming left. At noon tolvan fish-farming ate.",
			"Then Tolvan fish-farming spoke.", "Then Tolvan fish-farming spoke."},
	})
}
