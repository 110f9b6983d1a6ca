package summarize

import (
	"strings"
	"testing"
)

func TestDatedCaption(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		// Scenes in the present, closed by the picture's date.
		{"A ferry hand checks tickets at the Tarnwick pier in July 2015.", true},
		{"An unmanned cargo rocket explodes shortly after takeoff at the Velmora range, Va., on Oct. 28, 2014.", true},
		{"A partial eclipse shines in the skies over Tarnwick bay in January 2009.", true},
		{"Governor Ilse Varga appears on a screen during a concert at the Velmora arena in May 2016.", true},
		{"A harbour guard points a flare at the boats as a colleague holds a fisherman in Oldbridge on Dec. 10, 2014.", true},
		// No verb: a subject, then where or what.
		{"Tomas Rell at the harbour gala in Oldbridge in 2011.", true},
		{"Rescue workers near the Tarnwick lighthouse in 2003.", true},
		{"Firefighters at the Velmora mill after its roof fell in on Sept. 12, 2003.", true},
		{"Harbour pilot Ilse Varga during the regatta in early 2012.", true},
		// News told of a dated event, or a report.
		{"Tomas Rell died in a car crash in Tarnwick in 2012.", false},
		{"The hotel in Velmora opened in 1909.", false},
		{"Ilse Varga married the painter Tomas Rell in 1980.", false},
		{"The ruins were discovered by farmers in 1976.", false},
		{"A new survey shows that sales fell sharply in 2013.", false},
		{"The sudden illness of the two sailors follows the loss of their boat in 2012.", false},
		{"Painter Tomas Rell denies groping a guest at a gala in 2006.", false},
		{"You pay the penalty when you file your returns, which typically happens in 2015.", false},
		{"The constitution dates back to when the island gained independence in 1944.", false},
		{"Excessive drinking cost the region $24 billion in 2010.", false},
		{"Tomas Rell holds the record he set in 2011.", false},
		{"Tomas Rell at the gala on Tuesday.", false}, // no year: the weekday rules' case
		{"Tomas Rell said he saw the boat at the pier in 2011.", false},
	} {
		if got := datedCaption(c.s); got != c.want {
			t.Errorf("datedCaption(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestClosingDate(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"at the pier in 2014.", 2},
		{"at the pier on Oct. 28, 2014.", 4},
		{"at the pier in July 2015.", 3},
		{"at the pier in early 2012.", 3},
		{"at the pier in Oldbridge, 2014.", 0},
		{"in the year 2014.", 0},
		{"at the pier on 28, 2014.", 0},
	} {
		if got := closingDate(strings.Fields(c.s)); got != c.want {
			t.Errorf("closingDate(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

func TestDatedCaptionLowerCased(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Painter tomas rell denies groping a guest at a gala in 2006.", false},
		{"Ilse varga is taking on a new role in 2018.", false},
		{"At issue is spending by the fund, which ended in March 2015.", false},
		{"Flood victims waiting for aid near the velmora bridge in 2013.", true},
	} {
		if got := datedCaption(c.s); got != c.want {
			t.Errorf("datedCaption(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
