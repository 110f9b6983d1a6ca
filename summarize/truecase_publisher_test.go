package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestRaisePublishers(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		in      string
		want    string
	}{
		{"told", []string{"the mayor told harbourwire that the pier would reopen."}, "The mayor spoke to harbourwire on Monday.", "The mayor spoke to Harbourwire on Monday."},
		{"according to, then punctuation", []string{"according to harbourwire, the ferry sank."}, "The ferry sank, harbourwire said.", "The ferry sank, Harbourwire said."},
		{"station before reports", []string{"local station kvtn reports that anna varga won."}, "Anna Varga won, kvtn said.", "Anna Varga won, KVTN said."},
		{"possessive", []string{"she told harbourwire that she left."}, "She left, harbourwire's reporter wrote.", "She left, Harbourwire's reporter wrote."},
		{"according to a modifier", []string{"according to brinology research in tarnwick, eels thrive."}, "Eels thrive, brinology research shows.", "Eels thrive, brinology research shows."},
		{"after an article", []string{"she told harbourwire that she left.", "the harbourwire crew filmed it."}, "The harbourwire crew filmed it.", "The harbourwire crew filmed it."},
		{"plural", []string{"anna varga told dispatchers she was lost."}, "She called, and tarnwick dispatchers came.", "She called, and tarnwick dispatchers came."},
		{"known common word", []string{"anna varga told police she was lost."}, "She told police she was lost.", "She told police she was lost."},
		{"function word before reported", []string{"both brineworts reported pain."}, "Both brineworts reported pain.", "Both brineworts reported pain."},
		{"address", []string{"she told harbourwire that she left."}, "See harbourwire.com for more.", "See harbourwire.com for more."},
		{"opening", []string{"she told harbourwire that she left."}, "Harbourwire reported it.", "Harbourwire reported it."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{}
			for _, s := range tt.sources {
				c.cands = append(c.cands, candidate{text: s})
			}
			sum := &chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
			c.raisePublishers(sum)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("raisePublishers(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
