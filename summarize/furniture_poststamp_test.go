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
