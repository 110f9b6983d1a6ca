package summarize

import "testing"

// TestCutMediaAside: an aside placing its subject in the page's picture
// is cut; one that may close inside a place's name, one inside a
// quotation and an "and" that may join the aside's own words stay.
func TestCutMediaAside(t *testing.T) {
	for _, tt := range []struct {
		name, s, want string
	}{
		{"embedded above and",
			"The ferry's new advert, embedded above and aired on Sunday, is a hit with riders.",
			"The ferry's new advert, aired on Sunday, is a hit with riders."},
		{"aside before the verb",
			"Ilse Varga and Tomas Rell, shown here posing on the pier in 2016, were charged on Friday.",
			"Ilse Varga and Tomas Rell were charged on Friday."},
		{"bare pointer",
			"The harbour board's map, seen above, marks the new berths.",
			"The harbour board's map marks the new berths."},
		{"closing relative",
			"Things went badly for Tomas Rell, who is seen here boarding a ferry on Sunday.",
			"Things went badly for Tomas Rell."},
		{"example in the picture",
			"Two otters, similar to the one pictured here, escaped from the Velmora zoo.",
			"Two otters escaped from the Velmora zoo."},
		{"capital after the comma",
			"Anna Varga, pictured here at the base in Tarnwick, Norland in 2012, was promoted.",
			"Anna Varga, pictured here at the base in Tarnwick, Norland in 2012, was promoted."},
		{"and inside the aside",
			"Tomas Rell, seen here with his wife and son, was freed on Monday.",
			"Tomas Rell, seen here with his wife and son, was freed on Monday."},
		{"lower-cased place after the comma",
			"anna varga, pictured here at the base in tarnwick, norland in 2012, was promoted.",
			"anna varga, pictured here at the base in tarnwick, norland in 2012, was promoted."},
		{"companion in the picture",
			"Clive, seen here with the Varga family's son, was found near the boy's school.",
			"Clive, seen here with the Varga family's son, was found near the boy's school."},
		{"comma after an age stays",
			"Tomas Rell, 19, seen at left in a police photo, was arrested on Friday.",
			"Tomas Rell, 19, was arrested on Friday."},
		{"inside a quotation",
			`"The boat, seen here, was ours," Varga said.`,
			`"The boat, seen here, was ours," Varga said.`},
		{"no pointer",
			"The ferry, seen by many as a relic, was sold on Monday.",
			"The ferry, seen by many as a relic, was sold on Monday."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := cutMediaAside(tt.s)
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
