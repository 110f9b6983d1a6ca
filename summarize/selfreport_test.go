package summarize

import (
	"regexp"
	"testing"
)

func TestCreditOutletReport(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The harbor pilot and the singer have split after four years, the Ledger can confirm.",
			"The harbor pilot and the singer have split after four years, the Ledger reported."},
		{"The ferry captain was fired on Monday, tarnwickdaily.com has exclusively learned.",
			"The ferry captain was fired on Monday, tarnwickdaily.com reported."},
		{"Harbor News can exclusively reveal that the mayor will resign in May.",
			"Harbor News reported that the mayor will resign in May."},
		{"Tarnwick Online can exclusively reveal new claims from a former aide.",
			"Tarnwick Online reported new claims from a former aide."},
		{"Channel 9 News is learning that two pilots were suspended.",
			"Channel 9 News reported that two pilots were suspended."},
		{"The singer is in tears, and the Ledger has exclusively learned that she will appeal.",
			"The singer is in tears, and the Ledger reported that she will appeal."},
		{"The site has exclusively obtained the recording.", "The site has obtained the recording."},
		{"\"I wanted a quiet life,\" the pilot tells the Ledger exclusively.", "\"I wanted a quiet life,\" the pilot tells the Ledger."},
		{"The mayor spoke in an exclusive interview with Harbor News.", "The mayor spoke in an interview with Harbor News."},
		{"She said so in an exclusive statement to the Ledger.", "She said so in a statement to the Ledger."},
		// Unchanged: someone's own words, a speaker, a learner who is no outlet.
		{"\"We can confirm that the pier is closed,\" the council said.", "\"We can confirm that the pier is closed,\" the council said."},
		{"A spokesman said, \"the port can confirm that two ships collided.\"", "A spokesman said, \"the port can confirm that two ships collided.\""},
		{"Members of the council can reveal secret votes without penalty.", "Members of the council can reveal secret votes without penalty."},
		{"A moving firm is learning that the hard way.", "A moving firm is learning that the hard way."},
		{"The pilots have learned that the hard way, police have confirmed.", "The pilots have learned that the hard way, police have confirmed."},
	} {
		if got := creditOutletReport(tc.in); got != tc.want {
			t.Errorf("creditOutletReport(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestCreditOutletReportConfirmed(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The pilot died on Sunday aged 88, her son has confirmed.", "The pilot died on Sunday aged 88, her son has confirmed."},
		{"The vote was delayed until May, Harbor News has confirmed.", "The vote was delayed until May, Harbor News reported."},
		{"The vote was delayed until May, the Tarnwick Reporter has learned.", "The vote was delayed until May, the Tarnwick Reporter said."},
	} {
		if got := creditOutletReport(tc.in); got != tc.want {
			t.Errorf("creditOutletReport(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestSelfReportPieces holds the pieces of text creditOutletReport looks
// for before each expression to the expression: wherever one matches,
// in any case and with Unicode's other "s" ("\u017f"), its pieces are
// there.
func TestSelfReportPieces(t *testing.T) {
	texts := []string{
		"The pier closed, the Ledger can confirm.",
		"The pier closed, THE LEDGER CAN NOW EXCLUSIVELY REVEAL!",
		"The pier closed, the Ledger can reveal excluſively.",
		"The pier closed, Harbor News haſ exclusively learnt.",
		"The pier closed, Harbor News Is Exclusively Reporting.",
		"Harbor News Can Exclusively Confirm that the pier closed.",
		"But the Ledger haſ excluſively learned the pier closed.",
		"Channel 9 News IS LEARNING THAT the pier closed.",
		"The mayor EXCLUSIVELY TOLD the Ledger so.",
		"The mayor tells the Ledger excluſively about it.",
		"She spoke in AN EXCLUſIVE INTERVIEW.",
		"The pier closed, officials said.",
	}
	matched := 0
	for _, s := range texts {
		for _, re := range []*regexp.Regexp{selfReportTrail, selfReportLead, selfLearning, exclusivelyVerb, exclusiveNoun} {
			if re.MatchString(s) {
				matched++
			}
		}
		if selfReportTrail.MatchString(s) && !selfReportTrailMay(s) {
			t.Errorf("selfReportTrail matches %q, selfReportTrailMay does not", s)
		}
		if selfReportLead.MatchString(s) && !(selfReportVerbs.In(s) && selfReportLeadVerbs.In(s)) {
			t.Errorf("selfReportLead matches %q, its pieces are not found", s)
		}
		if selfLearning.MatchString(s) && !learningText.In(s) {
			t.Errorf("selfLearning matches %q, learningText does not", s)
		}
		if (exclusivelyVerb.MatchString(s) || exclusiveNoun.MatchString(s)) && !exclusiveText.In(s) {
			t.Errorf("an exclusive expression matches %q, exclusiveText does not", s)
		}
	}
	if matched < 10 {
		t.Errorf("the expressions match %d times: the texts test too little", matched)
	}
	if selfReportTrailMay("The pier closed, officials said.") || selfReportLeadVerbs.In("The pier closed, officials reported.") {
		t.Error("a plain sentence holds the pieces")
	}
}
