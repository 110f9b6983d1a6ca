package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestSourceFullName(t *testing.T) {
	tests := []struct {
		name string
		s    string
		k    int // the surname's field
		want string
	}{
		{"after a role", "Moderator martha veldt asked the first question.", 2, "martha"},
		{"first in the sentence", "Martha veldt asked the first question.", 1, "martha"},
		{"after punctuation", "The debate, martha veldt said, was calm.", 3, "martha"},
		{"middle name", "Anthony michael sanders was charged.", 2, ""},
		{"after a stopword", "We hope cox will stay.", 2, ""},
		{"no given name", "Interpreter waymon cox said so.", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := sourceFullName(strings.Fields(tt.s), tt.k)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("sourceFullName(%q, %d) = %q, %v; want %q", tt.s, tt.k, got, ok, tt.want)
			}
		})
	}
}

func TestSharedName(t *testing.T) {
	tests := []struct {
		name string
		s    string
		k    int
		want bool
	}{
		{"a couple", "Jason and melissa orrin left home.", 3, true},
		{"a family", "The orrin family left home.", 1, true},
		{"kin before", "Her husband, jason orrin, said so.", 3, true},
		{"one person", "Moderator jason orrin said so.", 2, false},
		{"kin in the sentence before", "They lost their son. Orrin said so.", 4, false},
		{"kin after", "Orrin's father said so.", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sharedName(strings.Fields(tt.s), tt.k); got != tt.want {
				t.Errorf("sharedName(%q, %d) = %v, want %v", tt.s, tt.k, got, tt.want)
			}
		})
	}
}

// TestSourceNames: a bare speaker no attribution credits gets the full name
// the articles write; a possessive first mention and a surname a couple
// shares do not.
func TestSourceNames(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "The harbour debate ran late on monday. Moderator martha veldt asked about the ferry fares. " +
			"Jason and melissa orrin run the kiosk by the pier. The orrin kiosk stayed open."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	sum := &chorus.Summary{Sentences: []chorus.Sentence{
		{Text: `"We will keep the fares down," veldt said.`},
		{Text: "Orrin said the kiosk stayed open."},
	}}
	names := map[string]string{}
	c.sourceNames(sum, map[string]bool{"veldt": true, "orrin": true}, names)
	if names["veldt"] != "Martha Veldt" {
		t.Errorf("veldt: got %q, want %q", names["veldt"], "Martha Veldt")
	}
	if names["orrin"] != "" {
		t.Errorf("orrin: got %q, want none (a couple)", names["orrin"])
	}
	sum.Sentences[0].Text = "Veldt's fares plan was read out."
	names = map[string]string{}
	c.sourceNames(sum, map[string]bool{"veldt": true}, names)
	if names["veldt"] != "" {
		t.Errorf("possessive veldt: got %q, want none", names["veldt"])
	}
}
