package summarize

import (
	"testing"
)

// Invented pages for the phrase test of a pair (pairNoPhrase): a news
// report of a ferry strike, an encyclopedia-style page on a weavers'
// guild that uses a few of its words, and a second report of the strike.
const (
	phraseStrike = "Ferry crews in Calderwick walked off the job on Tuesday, stranding hundreds of island commuters, the union said. " +
		"The strike halts the morning crossings to Morrow Isle until the operator agrees to restore the night shift, organiser Dana Pilcher told reporters. " +
		"Shops on the island ran out of bread and milk by the afternoon as delivery vans waited at the pier. " +
		"The operator, Grey Sound Lines, called the walkout unlawful and said it would seek a court order. " +
		"Talks between the two sides broke down last month over pay for weekend crossings. " +
		"Island schools will close on Wednesday if the boats do not run."
	phraseGuild = "The weavers' guild of Harnfold was founded in the thirteenth century to regulate the trade in woollen cloth. " +
		"Its members controlled the dyeing of fabric, the training of apprentices and the prices charged at the market. " +
		"The guildhall, a timber building near the river, still holds the original charter and a collection of looms. " +
		"By the eighteenth century the rise of mills in the north had reduced the guild to a ceremonial body with no pay for its officers. " +
		"A guild court settled disputes between masters, and a charity school taught orphans to spin. " +
		"The hall is now a museum, open to visitors during the summer months, with a shop selling cloth woven on the old looms."
	phraseStrikeToo = "A strike by ferry crews in Calderwick left island commuters stranded on Tuesday, the union said. " +
		"No boats crossed to Morrow Isle, and organiser Dana Pilcher said the crews want the night shift restored. " +
		"Grey Sound Lines said the walkout was unlawful and that it would ask a court to end it. " +
		"Shops on the island were short of bread by the afternoon. " +
		"Schools on Morrow Isle may close on Wednesday, the island council said."
)

// TestPairNoPhrase checks that two pages of one event share a phrase and
// that a page of another story sharing a few words shares none.
func TestPairNoPhrase(t *testing.T) {
	for _, tt := range []struct {
		name  string
		texts []string
		want  bool
	}{
		{"other story", []string{phraseStrike, phraseGuild}, true},
		{"one event", []string{phraseStrike, phraseStrikeToo}, false},
		{"short page", []string{phraseStrike, "The weavers' guild of Harnfold was founded in the thirteenth century."}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := preparedPair(t, tt.texts...)
			if got := c.pairNoPhrase(0, 1, make(map[uint64]bool)); got != tt.want {
				t.Errorf("pairNoPhrase = %v, want %v", got, tt.want)
			}
		})
	}
}

// preparedPair returns the cluster of texts with its statistics counted.
func preparedPair(t *testing.T, texts ...string) *cluster {
	t.Helper()
	p := DefaultTuning()
	c := &cluster{p: &p, lead: -1}
	if !c.prepare(articlesOf(texts...)) {
		t.Fatal("no text")
	}
	c.st = c.collectStats()
	return c
}

// TestOffStoryPairNoPhrase checks that of two pages that share no phrase
// and few words, where the lead's page reports news and the other does
// not, the other page is off the story; and that the lead on the page
// that does not report leaves both in.
func TestOffStoryPairNoPhrase(t *testing.T) {
	c := preparedPair(t, phraseStrike, phraseGuild)
	seen := make(map[uint64]bool)
	for d := range c.docs {
		distinct, shared := c.sharedTerms(&c.docs[d], seen)
		share := float64(shared) / float64(distinct)
		t.Logf("page %d: %d of %d words shared (%.3f), reports %.2f", d, shared, distinct, share, c.reportsNews(d))
		if share < offPairShare || share >= offPairLoose {
			t.Fatalf("page %d shares %.3f of its words: the fixture no longer tests the phrase branch", d, share)
		}
	}
	lead := c.cands[c.docs[0].cands[0]].fact
	if got := c.offStoryPair(lead); len(got) != 1 || !got[1] {
		t.Errorf("lead on the report: off %v, want the guild's page", got)
	}
	lead = c.cands[c.docs[1].cands[0]].fact
	if got := c.offStoryPair(lead); got != nil {
		t.Errorf("lead on the guild's page: off %v, want none", got)
	}
}
