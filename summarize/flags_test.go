package summarize

import "testing"

// TestSentenceFlagsFurniture checks the flags that keep an aside, a
// label's line and the source's own voice out of a summary.
func TestSentenceFlagsFurniture(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want flags // every bit of want must be set
		not  flags // no bit of not may be set
	}{
		{"aside", "( i called the harbour office twice on monday. )", flagFragment, 0},
		{"aside credit", "( westvale daily ) the ferry ran aground on monday.", flagFragment, 0},
		{"as we reported", "As we reported, the ferry ran aground near the pier on monday.", flagBoilerplate, 0},
		{"paper voice", "Here we show that gulls nest earlier on warm coasts.", flagBoilerplate, 0},
		{"our study", "In our study, gulls nested earlier on warm coasts than on cold ones.", flagBoilerplate, 0},
		{"quoted we", "\"We found the boat at dawn,\" the captain said.", 0, flagBoilerplate},
		{"other we", "Wee Ling Tan found the boat at dawn, the coast guard said.", 0, flagBoilerplate},
		{"headline label", "Mayor: ' we will rebuild ' the mayor of westvale said on monday.", flagBoilerplate, 0},
		{"agency caption", "In this may 2, 2015, file photo, the westvale ferry leaves the pier at dawn.", flagBoilerplate, 0},
		{"premiere caption", "Actress jane roe attends the premiere of the harbour at the westvale cinema on may 5.", flagBoilerplate, 0},
		{"plain", "The ferry ran aground near the pier on monday, the coast guard said.", 0, flagBoilerplate | flagFragment},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceFlags(tt.s)
			if got&tt.want != tt.want || got&tt.not != 0 {
				t.Errorf("sentenceFlags(%q) = %b, want bits %b set and %b clear", tt.s, got, tt.want, tt.not)
			}
		})
	}
}

func TestRunsIntoLower(t *testing.T) {
	tests := []struct {
		name, s, next string
		want          bool
	}{
		{"caption before a cut credit", "Crews work near the wrecked ferry.", "the ferry that ran aground was towed away.", true},
		{"story sentence", "The ferry ran aground on monday.", "It was towed away on tuesday.", false},
		{"quote before its speaker", "\" we won. \"", "she said on monday.", false},
		{"question", "Can the pier be saved?", "the council voted to rebuild it.", false},
		{"cased text", "Crews from Westvale work near the ferry.", "the ferry was towed away.", false},
		{"digit before the stop", "The ferry was built in 2031.", "the council paid for it.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runsIntoLower(tt.s, tt.next); got != tt.want {
				t.Errorf("runsIntoLower(%q, %q) = %v, want %v", tt.s, tt.next, got, tt.want)
			}
		})
	}
}

func TestNarrator(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"I asked the harbour master about the ferry on monday.", true},
		{"As i wrote in june, the pier is sinking.", true},
		{"The pier, i ' m told, will close in june.", true},
		{"My colleague at the tribune counted the boats.", true},
		{"We're told the mayor will not run again.", true},
		{"We reached out to the harbour board for comment.", true},
		{"The mayor said: i wanted a larger majority.", false},
		{"The coach told him, my door is always open.", false},
		{"The discovery was made aboard the my westvale, a research ship.", false},
		{"The ferry left westvale at dawn, i.e. at six.", false},
		{"Part I. The harbour.", false},
		{"Traffic on I-94 slowed near the pier.", false},
		{"The council met on monday to discuss the pier.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := narrator(tt.in); got != tt.want {
			t.Errorf("narrator(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestAddressesReader(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"If you know your harbour lore, you know the pier is older than the town.", true},
		{"Just when you thought the ferry fares could not rise, think again.", true},
		{"Your help is needed to rebuild the Tarnwick pier!", true},
		{"You ' ll want to see the new harbour lights.", true},
		{"You’re not alone if the ferry timetable baffles you.", true},
		{"Ask yourself why the ferry is late again.", true},
		{"The crew sent a thank you note to the harbour master.", false},
		{"The harbour master told them, you must leave the pier by dawn.", false},
		{"The youth club and the yoga studio reopened.", false},
		{"Two students in Tarnwick have made a harbour map app that you can load on your phone before boarding.", false},
		{"From the readers of the Courier like you!", true},
		{"Meet the harbour's new ferry captain, a former fisherman.", true},
		{"Say goodbye to the old ferry timetable.", true},
		{"Take the ferry from Tarnwick and multiply it by ten.", true},
		{"Get-togethers at the pier were cancelled.", false},
		{"Takeaway shops on the pier closed early.", false},
		{"\"Get off the pier!\" the harbour master shouted.", false},
		{"The council met on monday to discuss the pier.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := addressesReader(tt.in); got != tt.want {
			t.Errorf("addressesReader(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestWeVoice(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Since we were founded in 1936, we have backed the harbour workers.", true},
		{"Just when we thought the ferry strike was over.", true},
		{"Back to our meeting with the harbour master this morning.", true},
		{"We ' ll ship the maps to you by ferry.", true},
		{"The harbour master said: we will reopen the pier on monday.", false},
		{"The ferry left for the us port of Norda on monday.", false},
		{"The survey of the harbour found that more than half of the boats were older than our grandparents.", false},
		{"Weather closed the pier; ours was the last boat out.", true},
		{"Wednesday's ferry was cancelled.", false},
	}
	for _, tt := range tests {
		if got := weVoice(tt.in); got != tt.want {
			t.Errorf("weVoice(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTeaser(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Here are eight more ferries that sank in the westvale storm.", true},
		{"Here's the timeline of events after the pier collapsed on monday.", true},
		{"Watch a preview of the westvale regatta.", true},
		{"See the full poll here.", true},
		{"Below are the results of the race.", true},
		{"Here's what the mayor said: the pier will reopen in june after the repairs are finished.", false},
		{"Here are the new rules: ferries must carry two life rafts.", true},
		{"Watchdog groups say the ferry was overloaded.", false},
		{"Be sure to follow the Westvale Gazette on Twitter for regatta news.", true},
		{"Be sure to vote for the ferry names you like best!", true},
		{"Be sure to wear a life jacket on the Tarnwick ferry, the captain said.", false},
		{"Hear the harbour master's full interview on westvale radio at 9 tonight.", true},
		{"Join us on social media for the latest on the ferry strike.", true},
		{"Hearings on the ferry strike open on monday.", false},
		{"Joining the strike, ferry crews walked off the pier.", false},
		{"The mayor said here is where the pier will stand.", false},
		{"Read our interview with the harbour master here.", true},
		{"Read more on the westvale ferry.", true},
		{"See how the new pier was built.", true},
		{"See you next year at the regatta!", false},
		{"See what they have to say about the ferry.", true},
		{"Read my lips: no new ferry tax.", false},
		{`See, the ferry "is always late," he said.`, false},
		{"View full image westvale ferry at dawn.", true},
		{"View all westvale newsletters.", true},
		{"Viewers saw the ferry sink on live television.", false},
		{"Related stories: ferry sinks off the cape.", true},
		{"Related content westvale ferry sinks.", true},
		{"Relatedly, the council voted to close the pier.", false},
		{"Enlarge image close jane roe the pier closed on monday.", true},
		{"Readers wrote in to complain about the ferry.", false},
		{"Seeing the pier close was hard for the town.", false},
		{"Audio of the harbour meeting is available here.", true},
		{"For more details, be sure to read her post here.", true},
		{"The mayor spoke during a rally here.", false},
		{"Her baby girl is here!", false},
		{`"The full story is here," she said.`, false},
		{"", false},
	}
	for _, tt := range tests {
		if got := teaser(tt.in); got != tt.want {
			t.Errorf("teaser(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPageLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"@jroe back hosting the westvale regatta.", true},
		{"@jroe wrote: \"the ferry is late again.\"", false},
		{"Video by jane roe.", true},
		{"Picture taken february 11, 2031.", true},
		{"Video updated november 15, 2031.", true},
		{"Photos spread on social media, sparking outrage.", false},
		{"Video shows the ferry leaving the pier at dawn on monday before the storm hit westvale.", false},
		{"@", false},
	}
	for _, tt := range tests {
		if got := pageLine(tt.in); got != tt.want {
			t.Errorf("pageLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCutQuotation(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`A card in the shop reads " mr. Mayor.`, true},
		{`The harbour master said the ferry was "never late.`, true},
		{`The crew members were told, " stay put.`, true},
		{`The harbour master said " the ferry will sail again next week.`, false},
		{`The pier will reopen in june, " the mayor said.`, false},
		{`We will rebuild the pier," she added.`, false},
		{`The mayor called the pier "a disgrace".`, false},
		{`The mayor called the pier "a disgrace."`, false},
		{`The mayor called the pier a “disgrace.`, false},
		{`The ferry sailed at dawn.`, false},
		{`The answer is to build a safe pier ".`, true},
		{`It was a safe pier".`, true},
		{`" the pier is safe.`, false},
	}
	for _, tt := range tests {
		if got := cutQuotation(tt.in); got != tt.want {
			t.Errorf("cutQuotation(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPageBar(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Ferry sinks off the cape | westvale news | page 1 of 1 the ferry sank on monday.", true},
		{"Jane roe | gazette the mayor said the pier would close.", true},
		{"The ferry sank on monday, the mayor said.", false},
		{"The vote was 5|4 in favour of the pier.", false},
	}
	for _, tt := range tests {
		if got := pageBar(tt.in); got != tt.want {
			t.Errorf("pageBar(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
