package summarize

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// learnParaphrases learns from n invented clusters whose two sources open
// on one event with "arrested" and "detained", and whose second sentences
// tell a charge with "charged" and "accused" while a third source says
// "charged and accused" in one sentence.
func learnParaphrases(n int) []ParaphrasePair {
	var l ParaphraseLearner
	towns := []string{"Tarnwick", "Greyhaven", "Ostrel", "Marrowby", "Fenhollow", "Caddick", "Wexmoor", "Pellbury"}
	add := func() {
		for i := range n {
			town := towns[i%len(towns)]
			a := fmt.Sprintf("Police in %s arrested Anna Varga near the ferry terminal after a fire destroyed several boats. Prosecutors charged Anna Varga with arson after the fire destroyed several boats.", town)
			b := fmt.Sprintf("Police in %s detained Anna Varga near the ferry terminal after a fire destroyed several boats. Prosecutors accused Anna Varga of arson after the fire destroyed several boats.", town)
			c := fmt.Sprintf("The mayor of %s wrote that Anna Varga stands charged and accused in a letter to ferry owners.", town)
			l.Add([]chorus.Article{{ID: "a", Text: a}, {ID: "b", Text: b}, {ID: "c", Text: c}}, nil)
		}
	}
	add()
	l.Freeze(3)
	add()
	return l.Pairs(3, 0, 0.2)
}

func TestParaphraseLearn(t *testing.T) {
	t.Parallel()
	has := func(pairs []ParaphrasePair, a, b string) bool {
		for _, p := range pairs {
			if p.A == a && p.B == b {
				return true
			}
		}
		return false
	}
	pairs := learnParaphrases(6)
	if !has(pairs, "arrest", "detain") {
		t.Errorf("pairs %v lack arrest/detain, which aligned ledes exchange", pairs)
	}
	if has(pairs, "accus", "charg") {
		t.Errorf("pairs %v hold accus/charg, which a third source's sentence holds together", pairs)
	}
	if few := learnParaphrases(2); len(few) != 0 {
		t.Errorf("learned %v from 2 clusters with a minimum of 3", few)
	}
	var buf bytes.Buffer
	if err := WriteParaphrases(&buf, "test", pairs); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "arrest detain 6\n") {
		t.Errorf("written table %q lacks the line \"arrest detain 6\"", buf.String())
	}
}

func TestEmbeddedParaphrases(t *testing.T) {
	t.Parallel()
	table := eventParaphrases()
	for _, p := range [][2]string{{"arrest", "detain"}, {"die", "kill"}, {"discov", "found"}} {
		found := false
		for _, q := range table[p[0]] {
			found = found || q == p[1]
		}
		if !found {
			t.Errorf("embedded table does not pair %s with %s", p[0], p[1])
		}
	}
	if len(table["made"]) != 0 || len(table["give"]) != 0 {
		t.Errorf("embedded table reads light pairs: made %v, give %v", table["made"], table["give"])
	}
}

func TestTellsInOtherWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, picked, text string
		want               bool
	}{
		{"an arrest in another verb",
			"Police in Tarnwick arrested Anna Varga, a former pilot accused of sinking two trawlers, at the ferry terminal on Sunday night, the mayor's office said.",
			"Anna Varga was detained by Tarnwick police at the ferry terminal.", true},
		{"a discovery in another verb",
			"Divers searching for the trawler Merrow Bell, missing with six crew since March, found its wreck off Greyhaven on Tuesday, the coastguard said.",
			"The wreck of the Merrow Bell was discovered by divers off Greyhaven.", true},
		{"a number of its own",
			"Police in Tarnwick arrested ten deckhands at the ferry terminal on Sunday night.",
			"While 90 deckhands were detained by Tarnwick police at the ferry terminal, all but ten were freed.", false},
		{"a second one",
			"Police in Tarnwick arrested a deckhand accused of sinking two trawlers at the ferry terminal on Sunday night, the mayor's office said.",
			"Another deckhand was detained by Tarnwick police at the ferry terminal.", false},
		{"a negation",
			"Prosecutors in Tarnwick accused Anna Varga of arson at the ferry terminal.",
			"Anna Varga has never been charged over the ferry terminal fire in Tarnwick.", false},
		{"a clause of why",
			"Anna Varga was killed at the Tarnwick ferry terminal on Sunday night.",
			"Anna Varga died at the Tarnwick ferry terminal at the hands of a man who owed her money.", false},
		{"an event of its own",
			"The Tarnwick harbour seal was shot dead by police on Sunday night.",
			"Police killed the Tarnwick harbour seal after it attacked a dog and bit a diver.", false},
		{"no learned pair",
			"Police in Tarnwick arrested Anna Varga, a former pilot accused of sinking two trawlers, at the ferry terminal on Sunday night, the mayor's office said.",
			"Anna Varga was questioned by Tarnwick police at the ferry terminal.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, p, f := twoFacts(t, tt.picked, tt.text)
			c.figs = c.figures()
			if got := c.tellsInOtherWords(f, p); got != tt.want {
				t.Errorf("tellsInOtherWords = %v, want %v", got, tt.want)
			}
		})
	}
}
