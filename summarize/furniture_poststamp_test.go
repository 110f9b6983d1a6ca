package summarize

import "testing"

func TestCutPostedStamp(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"posted month first", "Posted march 3, 2016 the tarnwick ferry line will close its winter route.", "The tarnwick ferry line will close its winter route."},
		{"published day first", "Published 12 May 2014 researchers show how gulls find the tarnwick pier.", "Researchers show how gulls find the tarnwick pier."},
		{"published on", "Published on Aug 4, 2016 the velmora singer talks about her first tour.", "The velmora singer talks about her first tour."},
		{"date and clock", "Posted 9 March 2015, 11:40 aest a tarnwick fisherman refuses to leave his boat.", "A tarnwick fisherman refuses to leave his boat."},
		{"colon", "Originally published on April 3, 2019: we are closing the tarnwick office.", "We are closing the tarnwick office."},
		{"clock alone", "Last updated at 3 p.m. a velmora lawyer has filed a new suit.", "A velmora lawyer has filed a new suit."},
		{"journal", "Published in the journal Gull Studies, the study tracked 400 birds.", "Published in the journal Gull Studies, the study tracked 400 birds."},
		{"weekday", "Published on Tuesday, the report was written by the harbour board.", "Published on Tuesday, the report was written by the harbour board."},
		{"date of the story", "Published march 3, 2016 in the tarnwick gazette, the letter drew replies.", "Published march 3, 2016 in the tarnwick gazette, the letter drew replies."},
		{"comma after date", "Published march 3, 2016, the report found the pier unsafe.", "Published march 3, 2016, the report found the pier unsafe."},
		{"short rest", "Posted march 3, 2016 the pier.", "Posted march 3, 2016 the pier."},
		{"clock before date", "Last updated at 22: 45 19 july 2031 a velmora lawyer has filed a new suit over the pier.", "A velmora lawyer has filed a new suit over the pier."},
		{"clock, on and ordinal day", "Last updated at 4: 17 pm on 12th june 2031 the tarnwick ferry line will close its winter route.", "The tarnwick ferry line will close its winter route."},
		{"fronted as phrase", "Last updated at 22: 45 19 july 2031 as the star of the harbour film, petra marlow took the ferry.", "As the star of the harbour film, petra marlow took the ferry."},
		{"as part of", "Published march 3, 2016 as part of a series on the ferries of the tarnwick coast.", "Published march 3, 2016 as part of a series on the ferries of the tarnwick coast."},
		{"as and a relative clause", "Published march 3, 2016 as part of a series, which ran for a year in the gazette.", "Published march 3, 2016 as part of a series, which ran for a year in the gazette."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := cutPostedStamp(tt.in)
			if got != tt.want {
				t.Errorf("cutPostedStamp(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutBylineStamp(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"headline and byline", "Ferry captain quits after winter storm by odile farrant last updated at 4: 17 pm on 12th june 2031 the tarnwick ferry captain has quit after the storm.",
			"The tarnwick ferry captain has quit after the storm."},
		{"byline alone", "By ilse tadlock last updated at 22: 45 19 july 2031 as the star of the harbour film, petra marlow took the ferry.",
			"As the star of the harbour film, petra marlow took the ferry."},
		{"no byline", "The pier notice was last updated at 4: 17 pm on 12th june 2031 the council said in a statement on monday.", ""},
		{"by far from it", "Ferry captain quits by the end of a long winter of storms in the harbour last updated at 4: 17 pm on 12th june 2031 the captain has quit.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got, _ := cutBylineStamp(tt.in); got != want {
				t.Errorf("cutBylineStamp(%q)\n got %q\nwant %q", tt.in, got, want)
			}
		})
	}
}

func TestCutTitleStamp(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"headline", "Harbour ferry plan approved march 3, 2016 the tarnwick council voted on monday to keep the winter route.", "The tarnwick council voted on monday to keep the winter route."},
		{"film", "Gull island october 19, 2031 petra marlow's \"gull island\" follows two captains through a long winter.", "Petra marlow's \"gull island\" follows two captains through a long winter."},
		{"dash and dateline", "Ferry sinks off tarnwick – Jan 27, 2031 tarnwick — a ferry sank off the pier on tuesday, the coast guard said.", "Tarnwick — a ferry sank off the pier on tuesday, the coast guard said."},
		{"speaker and comma", "Ilse tadlock, remarks at the pier, march 3, 2031 the mayor spoke for an hour about the winter route.", "The mayor spoke for an hour about the winter route."},
		{"byline on", "Why the pier matters by odile farrant on february 6, 2031 the tarnwick pier is older than the town and the ferry that serves it.", "The tarnwick pier is older than the town and the ferry that serves it."},
		{"share bar after", "Ferry plan approved by odile farrant on sep 14 2031 tweet the tarnwick council voted on monday to keep the winter route.", "Ferry plan approved by odile farrant on sep 14 2031 tweet the tarnwick council voted on monday to keep the winter route."},
		{"on opens", "On march 3, 2016 the tarnwick council voted on monday to keep the winter route open.", "On march 3, 2016 the tarnwick council voted on monday to keep the winter route open."},
		{"born on", "Born on june 6, 1990 petra marlow grew up in tarnwick and learned to sail at five.", "Born on june 6, 1990 petra marlow grew up in tarnwick and learned to sail at five."},
		{"story's past", "The council voted march 3, 2016 the plan to keep the winter route open for ten more years.", "The council voted march 3, 2016 the plan to keep the winter route open for ten more years."},
		{"attributive date", "The image appeared after the march 3, 2016 tarnwick ferry sinking and was shared widely online.", "The image appeared after the march 3, 2016 tarnwick ferry sinking and was shared widely online."},
		{"comma after year", "Tarnwick pier, march 3, 2016, the day the ferry sank, was the coldest of the winter.", "Tarnwick pier, march 3, 2016, the day the ferry sank, was the coldest of the winter."},
		{"preposition after", "Harbour ferry plan march 3, 2016 in tarnwick the council voted on monday to keep the route.", "Harbour ferry plan march 3, 2016 in tarnwick the council voted on monday to keep the route."},
		{"verb after", "Gull island october 19, 2031 was the day the tarnwick ferry made its last winter crossing.", "Gull island october 19, 2031 was the day the tarnwick ferry made its last winter crossing."},
		{"weekday stamp", "Friday, march 3, 2016 a tarnwick ferry captain has pleaded guilty to sailing without a licence.", "A tarnwick ferry captain has pleaded guilty to sailing without a licence."},
		{"weekday of the story", "Thursday march 3, 2016 she was taken to the tarnwick hospital, and on friday she had surgery.", "Thursday march 3, 2016 she was taken to the tarnwick hospital, and on friday she had surgery."},
		{"caption's object", "Odile farrant, the captain's sister, recounts in tarnwick march 3, 2016 the details of the crossing and the storm after the ferry's departure.", "Odile farrant, the captain's sister, recounts in tarnwick march 3, 2016 the details of the crossing and the storm after the ferry's departure."},
		{"quotation keeps speaker", "Ilse tadlock, tweet, march 4, 2031 \"reports about the tarnwick ferry are very troubling to me and the council.\"", "Ilse tadlock, tweet, march 4, 2031 \"reports about the tarnwick ferry are very troubling to me and the council.\""},
		{"label after", "Ferry plan for immediate release – march 3, 2031 contacts: odile farrant, this address is protected from spambots.", "Ferry plan for immediate release – march 3, 2031 contacts: odile farrant, this address is protected from spambots."},
		{"short rest", "Harbour ferry plan approved march 3, 2016 the council voted.", "Harbour ferry plan approved march 3, 2016 the council voted."},
		{"date range", "Ilse tadlock obituary june 14, 1952 - june 28, 2031 june 14, 1952 she sailed the tarnwick ferry for forty years.", "Ilse tadlock obituary june 14, 1952 - june 28, 2031 june 14, 1952 she sailed the tarnwick ferry for forty years."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := cutTitleStamp(tt.in)
			if got != tt.want {
				t.Errorf("cutTitleStamp(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
