package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestPlacesAfterOf(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the ferry left the town of quarnebo at dawn.",
		"fishermen in quarnebo said the catch was poor.",
		"a storm hit the island of velmarra, officials said.",
		"the village of tusk orvalla held a vote.",
		"a hut built of the plimsek and clay.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	tc := truecase.Default()
	for _, tt := range []struct{ name, in, want string }{
		{"town", "The ferry left the small town of quarnebo at dawn.", "The ferry left the small town of Quarnebo at dawn."},
		{"comma ends the name", "A storm hit the island of velmarra, officials said.", "A storm hit the island of Velmarra, officials said."},
		{"two words", "They met in the village of tusk orvalla.", "They met in the village of Tusk Orvalla."},
		{"a place ending as a genus", "They met in the village of plamus orvalla.", "They met in the village of Plamus Orvalla."},
		{"hyphened parts", "It reached the port of quel-au-vanne.", "It reached the port of Quel-au-Vanne."},
		{"a word the model knows", "It is the city of light and the state of emergency.", "It is the city of light and the state of emergency."},
		{"after an article in the cluster", "The town of plimsek and clay.", "The town of plimsek and clay."},
		{"no place noun", "A crate of quarnebo fish.", "A crate of quarnebo fish."},
		{"run together", "The capital of wartorn Yemen.", "The capital of wartorn Yemen."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.placesAfterOfIn(tt.in, tc); got != tt.want {
				t.Errorf("placesAfterOfIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNamedUnseen(t *testing.T) {
	c := &cluster{cands: []candidate{{text: "a parrot named zubrik can count to ten."}}}
	tc := truecase.Default()
	for _, tt := range []struct{ name, in, want string }{
		{"a pet", "A parrot named zubrik can count.", "A parrot named Zubrik can count."},
		{"given and surname", "A clerk named vorna kelzetti left.", "A clerk named Vorna Kelzetti left."},
		{"a genus", "The reptile, now named plonkosaurus ventrali, was small.", "The reptile, now named Plonkosaurus ventrali, was small."},
		{"a post", "She was named zubrik of the year.", "She was named zubrik of the year."},
		{"a known word", "A dog named rocket ran.", "A dog named rocket ran."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.namedUnseenIn(tt.in, tc); got != tt.want {
				t.Errorf("namedUnseenIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLowerAfterOf(t *testing.T) {
	for in, want := range map[string]bool{
		"the town of quarnebo": true,
		"the town of Quarnebo": false,
		"out of":               false,
		"of 12 of them":        true,
	} {
		if got := lowerAfterOf(in); got != want {
			t.Errorf("lowerAfterOf(%q) = %v, want %v", in, got, want)
		}
	}
}
