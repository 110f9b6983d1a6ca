package summarize

import "testing"

func TestCutTeaserQuestion(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"answer a sentence", "The upshot? the harbour board will close the old pier to ferries from june.", "The harbour board will close the old pier to ferries from june."},
		{"well after it", "Curious? well, a new ferry firm says it will sail to the outer isles from may.", "A new ferry firm says it will sail to the outer isles from may."},
		{"two questions", "Late again? ferry down? the tarnwick crossing was cancelled for a third day on friday.", "The tarnwick crossing was cancelled for a third day on friday."},
		{"three questions", "Fog? Tides? Fares? Rumours about the closure have spread along the whole harbour front this week.", "Fog? Tides? Fares? Rumours about the closure have spread along the whole harbour front this week."},
		{"answer a phrase", "The culprit? a loose mooring line.", "The culprit? a loose mooring line."},
		{"pronoun", "Any chance? it sank in the bay in front of the harbour master and his crew.", "Any chance? it sank in the bay in front of the harbour master and his crew."},
		{"demonstrative", "New ferry? this vessel, the town's first in forty years, sails on monday.", "New ferry? this vessel, the town's first in forty years, sails on monday."},
		{"possessive head", "Roe's answer? fares will rise by a third on every crossing next year.", "Roe's answer? fares will rise by a third on every crossing next year."},
		{"quoted", `Harbour fees? too high," a skipper told the board on monday evening.`, `Harbour fees? too high," a skipper told the board on monday evening.`},
		{"speech after", "Why now? asked the mayor, who wants the pier closed before the storms.", "Why now? asked the mayor, who wants the pier closed before the storms."},
		{"relative clause", "The reason? an old rule that forbids ferries from docking after dark in winter.", "The reason? an old rule that forbids ferries from docking after dark in winter."},
		{"figure plural", "How long? more than three times the length of the old ferry hull.", "How long? more than three times the length of the old ferry hull."},
		{"narrator", "Shall i explain? two years ago, i wrote about the ferry and its owner.", "Shall i explain? two years ago, i wrote about the ferry and its owner."},
		{"long question", "Will the harbour board close the pier? the vote is on friday at the town hall.", "Will the harbour board close the pier? the vote is on friday at the town hall."},
	} {
		if got := cutTeaserQuestion(tc.s); got != tc.want {
			t.Errorf("%s: cutTeaserQuestion(%q) = %q, want %q", tc.name, tc.s, got, tc.want)
		}
	}
}

func TestTeaserQuestion(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"phrase answer", "The culprit? a loose mooring line.", true},
		{"aside", "Dull, right? but wait, the ferry firm found the best excuse yet: nobody saw!", true},
		{"prompt", "Fond of boats? don't forget the harbour's other tours, cabins and campsites.", true},
		{"figure", "Her offence? carrying 40 crates of stolen fish.", false},
		{"long phrase", "The cause? the harbour board's failure to mend the pier for a decade.", false},
		{"topic name", "Tarnwick? it came third, behind two ports in the south.", false},
		{"sentence answer", "The upshot? the harbour board will close the old pier to ferries from june.", false},
		{"no question", "The ferry sank in the bay.", false},
	} {
		if got := teaserQuestion(tc.s); got != tc.want {
			t.Errorf("%s: teaserQuestion(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}
