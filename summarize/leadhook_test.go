package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestLeadHook checks which openings read as advice, an order or a phrase
// leaning back (leadHook), on invented sentences.
func TestLeadHook(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"advice", "Be prepared to pay more than the sticker price for a Tarnwick lantern this winter.", true},
		{"an order", "Add up their face value, and the Tarnwick coins come to under $600.", true},
		{"don't", "Don't feed the harbour seals, the Tarnwick council warned on Monday.", true},
		{"don ' t, tokenized", "don ' t expect the ferry to run on time this week.", true},
		{"let's", "Let's face it: a new ferry costs a lot of money.", true},
		{"in the process", "In the process, the harbour board learned a lot about its own rules.", true},
		{"as a result", "As a result, the ferry to Ostrel will not run until Friday.", true},
		{"at that point", "At that point, the pilot turned the ship back to Tarnwick.", true},
		{"a name, lower-cased", "don osei, a spokesman for the Tarnwick police, said two men were held.", false},
		{"a name", "Don Osei, a spokesman for the Tarnwick police, said two men were held.", false},
		{"a compound", "Go-ahead Tarnwick wants to ban whips from its racecourse.", false},
		{"a capitalised name", "Grab Holdings said on Monday it bought the Tarnwick ferry line.", false},
		{"news", "Anna Varga sold a rare Tarnwick coin for $1.8 million at auction on Thursday.", false},
		{"in a place", "In Tarnwick, the ferry ran aground on Monday.", false},
		{"as a verb", "As the storm hit Tarnwick, the ferry ran aground.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := leadHook(tt.s); got != tt.want {
				t.Errorf("leadHook(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestReplyOrHook checks which feature openings give their fact's lead to
// another source's plain wording (replyOrHook).
func TestReplyOrHook(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"a reply", "Yes, indeed it has, for Anna Varga will marry today in Tarnwick.", true},
		{"a hook", "Be prepared to wait for a Tarnwick lantern until January.", true},
		{"a feature's when", "When Anna Varga sailed into Tarnwick, she was fulfilling a dream.", false},
		{"the writer's we", "A study shows that when a robot asks for help, we oblige.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := replyOrHook(tt.s); got != tt.want {
				t.Errorf("replyOrHook(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestHookOpeningSummary checks a reader's summary end to end: a lede of
// advice gives the opening to another source's lede of the event, and a
// reply's fact leads in another source's plain wording of it.
func TestHookOpeningSummary(t *testing.T) {
	t.Run("advice", func(t *testing.T) {
		arts := []chorus.Article{
			{ID: "a", Text: "Be prepared to pay more than the sticker price for a Tarnwick lantern, and watch out for fakes.\n\nThe lanterns sold out within hours at the harbour market.\n\nCollectors queued through the night."},
			{ID: "b", Text: "A Tarnwick lantern maker sold out his whole stock of 400 lanterns within hours at the harbour market on Saturday.\n\nThe lanterns sold for 40 pounds each.\n\nThe maker, Odo Wren, said he would make more by January."},
			{ID: "c", Text: "Odo Wren, a Tarnwick lantern maker, sold out his stock of 400 lanterns at the harbour market on Saturday.\n\nBuyers came from as far as Ostrel.\n\nWren has made lanterns for 30 years."},
		}
		sum, err := Summarize(arts, chorus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if first := sum.Sentences[0].Text; leadHook(first) {
			t.Errorf("summary opens on advice: %q", first)
		}
	})
	t.Run("a reply", func(t *testing.T) {
		arts := []chorus.Article{
			{ID: "a", Text: "Can it really have been three years?\n\nYes, indeed it has, for Anna Varga and Odo Wren will today celebrate their third wedding anniversary in Tarnwick.\n\nThe couple will spend the day privately at the harbour."},
			{ID: "b", Text: "Anna Varga and Odo Wren celebrate their third wedding anniversary in Tarnwick today, and for the first time with their son.\n\nThe couple will spend the day privately after a long tour.\n\nThe son gained weight on the trip."},
		}
		sum, err := Summarize(arts, chorus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if first := sum.Sentences[0].Text; replyOrHook(first) {
			t.Errorf("summary opens on a reply: %q", first)
		}
	})
}
