package summarize

import "testing"

func TestCutGalleryWidget(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"pager", "Ferry fares rise again click photo to enlarge « 1 2 3 » the harbour board voted on Tuesday to raise fares by a fifth.", "The harbour board voted on Tuesday to raise fares by a fifth.", true},
		{"expired", "Sorry, this video has expired video: the mayor opens the bridge (Varnia news) the new bridge over the Tarn opened on Monday after six years of work.", "The new bridge over the Tarn opened on Monday after six years of work.", true},
		{"short rest", "Ferry fares rise click photo to enlarge « 1 2 » more soon.", "Ferry fares rise click photo to enlarge « 1 2 » more soon.", false},
		{"not pages", "Ferry fares rise click photo to enlarge « next » the harbour board voted on Tuesday to raise fares by a fifth.", "Ferry fares rise click photo to enlarge « next » the harbour board voted on Tuesday to raise fares by a fifth.", false},
		{"pager buttons after credits", "Twitter/Ana Roe Facebook wtrn/Jon Brask previous next a harbour pilot who saw the collision said the ferry never slowed.", "A harbour pilot who saw the collision said the ferry never slowed.", true},
		{"pager buttons before a name", "Previous next Tarnwick Tarnwick is the largest port on the northern coast of Varnia.", "Previous next Tarnwick Tarnwick is the largest port on the northern coast of Varnia.", false},
		{"plain", "The harbour board voted on Tuesday to raise fares.", "The harbour board voted on Tuesday to raise fares.", false},
		{"page counter", "Page 1 of 1 the harbour board voted on Tuesday to raise ferry fares by a fifth.", "The harbour board voted on Tuesday to raise ferry fares by a fifth.", true},
		{"previous page", "« previous page 3 of 3 \"We had to build the pier in sixteen weeks,\" the mayor said.", "\"We had to build the pier in sixteen weeks,\" the mayor said.", true},
		{"page dash", "Page 2 of 2 -- so the ferry toggles between the two piers, never keeping its timetable.", "So the ferry toggles between the two piers, never keeping its timetable.", true},
		{"view photos", "View 12 photos the Tarnwick lifeboat was launched for the last time on Sunday afternoon.", "The Tarnwick lifeboat was launched for the last time on Sunday afternoon.", true},
		{"photos zoom", "Photos view photos zoom the harbour board voted on Tuesday to raise ferry fares.", "The harbour board voted on Tuesday to raise ferry fares.", true},
		{"gallery link", "Gulls steal pies at Tarnwick pier 10 gallery: Gulls steal pies at Tarnwick pier \"They have grown bolder every summer,\" the warden said.", "\"They have grown bolder every summer,\" the warden said.", true},
		{"gallery link other headline", "Gulls steal pies 10 gallery: ferry fares rise the harbour board voted on Tuesday to raise fares by a fifth.", "Gulls steal pies 10 gallery: ferry fares rise the harbour board voted on Tuesday to raise fares by a fifth.", false},
		{"headed page", "Ferry fares rise again (page 2 of 3) the harbour board voted on Tuesday to raise fares by a fifth.", "The harbour board voted on Tuesday to raise fares by a fifth.", true},
		{"page note in prose", "The board's report (page 2 of the appendix) lists every ferry that was late in the winter.", "The board's report (page 2 of the appendix) lists every ferry that was late in the winter.", false},
		{"page in prose", "Page 3 of the report lists every ferry that was late in the winter.", "Page 3 of the report lists every ferry that was late in the winter.", false},
		{"view in prose", "View from the pier was blocked for hours by the stranded ferry on Monday.", "View from the pier was blocked for hours by the stranded ferry on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutGalleryWidget(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("cutGalleryWidget(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestGalleryCounterOnly(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"counter and date", "1/47 20 March 2018 the tarnwick lifeboat is launched for the last time.", true},
		{"counter and headline", "1/25 gulls steal more pies at tarnwick the gulls of the pier have grown bolder, wardens say.", true},
		{"date update", "1/15 update: the tarnwick pier has reopened after the storm.", false},
		{"date label", "10/30 update: the velmora ferry was found adrift.", false},
		{"round the clock", "24/7 Harbour News reviewed the tide tables of every port.", false},
		{"a date", "9/11 ceremonies recall the crew of the tarnwick lifeboat.", false},
		{"a thread", "1/2 I think the pier should stay open all winter.", false},
		{"a fraction", "1/20 of the tarnwick budget goes to the pier.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := galleryCounterOnly(tt.in); got != tt.want {
				t.Errorf("galleryCounterOnly(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
