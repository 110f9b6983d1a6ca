package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestCaseUnseenNameWords(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the activist chen quvanli left his village.",
		"chen quvanli said he would go on.",
		"park vonu-saeb met kim dravelka in the port.",
		"kim dravelka and park vonu-saeb spoke twice.",
		"park plonkers cleared the trail; park plonkers said so.",
		"emma zarnish sailed; the zarnish crew and a zarnish boat sank.",
		"laura brindled once; laura brindled twice.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	tc := truecase.Default()
	for _, tt := range []struct{ name, in, want string }{
		{"family name first", "The activist Chen quvanli left.", "The activist Chen Quvanli left."},
		{"possessive", "Chen quvanli's village is quiet.", "Chen Quvanli's village is quiet."},
		{"hyphened given name", "Park vonu-saeb met them.", "Park Vonu-saeb met them."},
		{"rare surname", "She met Kim dravelka there.", "She met Kim Dravelka there."},
		{"a plural", "Park plonkers cleared it.", "Park plonkers cleared it."},
		{"used apart too", "Emma zarnish sailed.", "Emma zarnish sailed."},
		{"a verb's ending", "Laura brindled once.", "Laura brindled once."},
		{"an article before", "They saw the Kim dravelka show.", "They saw the Kim dravelka show."},
		{"no listed first word", "Tarnwick quvanli left.", "Tarnwick quvanli left."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.unseenNameWordsIn(tt.in, tc); got != tt.want {
				t.Errorf("unseenNameWordsIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCaseUnseenNameWordsArticle(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{"ali al-quvanli spoke.", "ali al-quvanli left.", "ali zorvash/quelt rose.", "ali zorvash/quelt fell."} {
		c.cands = append(c.cands, candidate{text: s})
	}
	tc := truecase.Default()
	for _, tt := range []struct{ in, want string }{
		{"Ali al-quvanli spoke.", "Ali al-Quvanli spoke."},
		{"Ali zorvash/quelt rose.", "Ali zorvash/quelt rose."}, // no word of letters
	} {
		if got := c.unseenNameWordsIn(tt.in, tc); got != tt.want {
			t.Errorf("unseenNameWordsIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
