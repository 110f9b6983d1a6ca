package summarize

import (
	"slices"
	"testing"
)

// frameCluster builds a reader's cluster whose facts are the sentences of
// texts, one a fact, each the opening of its own article.
func frameCluster(texts ...string) *cluster {
	c := &cluster{lead: 0, reader: true}
	for i, s := range texts {
		c.cands = append(c.cands, candidate{text: s, doc: i, prevInDoc: -1, fact: i, words: countWords(s)})
		c.facts = append(c.facts, fact{rep: i})
	}
	return c
}

// TestOpenWithNews: a summary opening with background set in the past
// opens with the first later source's lede instead; the rest keeps its
// order.
func TestOpenWithNews(t *testing.T) {
	for _, opening := range []string{
		"In 1998, the Tarnwick ferry board bought two boats from a shipyard in Brellin.",
		"A decade ago, Ilse Varga was a deckhand on the Tarnwick ferry to Brellin.",
		"Earlier this year, the Tarnwick ferry board raised fares by a third.",
		"For years, the crossing from Tarnwick to Brellin was the slowest on the coast.",
	} {
		c := frameCluster(
			opening,
			"Ferry crews in Tarnwick went on strike on Monday, halting 40 crossings a day to Brellin.",
			"The board met the unions in 2003 and in 2011.",
		)
		picked := []int{0, 1, 2}
		c.openWithNews(picked)
		if want := []int{1, 0, 2}; !slices.Equal(picked, want) {
			t.Errorf("%q: order %v, want %v", opening, picked, want)
		}
	}
}

// TestOpenWithNewsKeeps: the order stands when the opening is news (a
// year no later than any the sources write, a day of the news), when no
// later sentence reads as a lede (it points back, states no event, opens
// its article's second sentence), and for a Fill summary.
func TestOpenWithNewsKeeps(t *testing.T) {
	news := "Ferry crews in Tarnwick went on strike on Monday, halting 40 crossings a day to Brellin."
	for _, tc := range []struct {
		name  string
		texts []string
		fill  bool
		pos   int
	}{
		{"latest year", []string{"In 2011, ferry crews in Tarnwick went on strike for a week.", news}, false, 0},
		{"news day", []string{"A decade ago, Ilse Varga took the helm, and on Monday she led the crews out.", news}, false, 0},
		{"news opening", []string{news, "In 1998, the Tarnwick ferry board bought two boats from a shipyard."}, false, 0},
		{"points back", []string{"A decade ago, Ilse Varga was a deckhand on the ferry.", "Crews in Tarnwick have since struck on Monday over 40 jobs."}, false, 0},
		{"pronoun", []string{"A decade ago, Ilse Varga was a deckhand on the ferry.", "On Monday in Tarnwick, she led 40 crews out on strike."}, false, 0},
		{"no event", []string{"A decade ago, Ilse Varga was a deckhand on the ferry.", "Ferries are a way of life for people who live on the coast."}, false, 0},
		{"second sentence", []string{"A decade ago, Ilse Varga was a deckhand on the ferry.", news}, false, 1},
		{"fill", []string{"A decade ago, Ilse Varga was a deckhand on the ferry.", news}, true, 0},
	} {
		c := frameCluster(tc.texts...)
		c.reader = !tc.fill
		c.cands[1].pos = tc.pos
		picked := []int{0, 1}
		c.openWithNews(picked)
		if want := []int{0, 1}; !slices.Equal(picked, want) {
			t.Errorf("%s: order %v, want %v", tc.name, picked, want)
		}
	}
}

// TestPastFrame: the openings read as set in the past, with the year
// they name.
func TestPastFrame(t *testing.T) {
	for _, tc := range []struct {
		s    string
		year int
		ok   bool
	}{
		{"Two years ago, the ferry sank.", 0, true},
		{"A few years ago the ferry sank off Tarnwick.", 0, true},
		{"About 800 years ago, a monk built the pier.", 0, true},
		{"Last year, the ferry board raised fares.", 0, true},
		{"Earlier this month, the board met twice.", 0, true},
		{"Like millions of commuters, Ilse Varga takes the ferry.", 0, true},
		{"In 1998, the board bought two boats.", 1998, true},
		{"Since the 1970s, the crossing has been slow.", 1970, true},
		{"Prior to the strike, crews worked twelve hours.", 0, true},
		{"Two days ago, the ferry sank.", 0, false},
		{"Last week, the ferry sank off Tarnwick.", 0, false},
		{"In Tarnwick, the ferry sank on Monday.", 0, false},
		{"Ilse Varga, 41, was named captain in 1998.", 0, false},
	} {
		y, ok := pastFrame(frameWords(tc.s))
		if y != tc.year || ok != tc.ok {
			t.Errorf("pastFrame(%q) = %d, %v, want %d, %v", tc.s, y, ok, tc.year, tc.ok)
		}
	}
}
