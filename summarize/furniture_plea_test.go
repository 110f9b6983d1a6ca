package summarize

import "testing"

// TestPleaLine checks that a page's plea to its reader is found, and the
// verb "please", a quoted plea or a plea told of at length are not.
func TestPleaLine(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"fundraiser", "Over $4,000 raised so far - please keep sharing the page for the Orlov twins.", true},
		{"note", "Please note that the tide table is updated every hour.", true},
		{"note inside", "Harbour times for the spring term please note: the office shuts at noon.", true},
		{"appeal", "If you saw the blue van that night, please call the Tarnwick desk on the usual line.", true},
		{"charity", "Please give to the shelter's winter fund today.", true},
		{"help us", "Help us keep the shelter open through the winter with a gift today.", true},
		{"join us", "Join us at the pier on Saturday as we march for the old ferry.", true},
		{"helped", "Help came too late for the crew of the trawler.", false},
		{"verb", "The new timetable will please commuters who lost the late ferry.", false},
		{"infinitive", "She asked the council to please open the pier again.", false},
		{"drumroll", "The winner is (drumroll, please) the smallest boat in the race.", false},
		{"doubled", "Please, please, please: check the forecast before you sail.", false},
		{"quoted", "\"Please come home,\" her mother said on Tuesday.", false},
		{"single quoted", "He wrote, 'please tell me what happened to the boat' in a letter.", false},
		{"told of", "The paper added a note to its story that read: for more on the regatta and its winners, please visit our friends at the Courier.", false},
		{"pardon", "Please forgive the blunt question in a holiday week, when we put hard things aside.", false},
		{"aside after news", "The ferry firm says its new boat has a café on board — please note that this is no joke.", false},
		{"post", "Please do not call us about the #ferrydelay - it is not a police matter.", false},
		{"displease", "The ruling may displease growers in the valley.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pleaLine(tc.s); got != tc.want {
				t.Errorf("pleaLine(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
