package summarize

import "testing"

func TestCutIfHeading(t *testing.T) {
	tests := []cutCase{
		{"heading and a condition", "A safer harbour pass if you've ever waited at the tarnwick pier, you may have seen the new gates.",
			"If you've ever waited at the tarnwick pier, you may have seen the new gates."},
		{"one-word heading", "Tips when you board the velmora ferry at dawn, you should bring a coat and a flask.",
			"When you board the velmora ferry at dawn, you should bring a coat and a flask."},
		{"then and no comma", "Harbour passes if you are one of those people who sail at night then you need this new pass.",
			"If you are one of those people who sail at night then you need this new pass."},
		{"a participle after an article", "A secured harbour pass if you've ever waited at the pier, you may have seen the new gates.",
			"If you've ever waited at the pier, you may have seen the new gates."},
		{"a past verb before it", "Pilots walked out when we asked about pay, they said on monday at the tarnwick pier.", ""},
		{"a verb before it", "The pier is closed if you arrive after nine, you will have to wait for the ferry.", ""},
		{"an imperative", "Raise your hand if you've ever missed the last ferry, you are not alone in tarnwick.", ""},
		{"a name called", "Tarnwick, if you're listening, we want our old ferry pier back this summer.", ""},
		{"just when", "Harbour news just when you thought the ferry strike was over, the pilots walked out again.", ""},
		{"no main clause", "Ferry fares rise when you least expect them to at the tarnwick harbour office.", ""},
		{"a third person", "Pilots warn when the tide turns early, the ferry cannot leave the harbour.", ""},
		{"a heading ending in a dash", "Harbour passes— if you've ever waited at the tarnwick pier, you may have seen the new gates.", ""},
		{"too far in", "The old harbour ferry pass for the town if you sail daily, you save money.", ""},
	}
	checkCuts(t, "cutIfHeading", cutIfHeading, tests)
}
