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
		full string
	}{
		{"after a role", "Moderator martha veldt asked the first question.", 2, "martha", "Martha Veldt"},
		{"first in the sentence", "Martha veldt asked the first question.", 1, "martha", "Martha Veldt"},
		{"after punctuation", "The debate, martha veldt said, was calm.", 3, "martha", "Martha Veldt"},
		{"middle name", "Anthony michael sanders was charged.", 2, "anthony", "Anthony Michael Sanders"},
		{"middle name after a role", "Clerk anthony michael sanders was charged.", 3, "anthony", "Anthony Michael Sanders"},
		{"middle name after a verb", "We met anthony michael sanders.", 4, "anthony", "Anthony Michael Sanders"},
		{"middle name after a given name", "Told by john anthony michael sanders.", 5, "", ""},
		{"after a stopword", "We hope cox will stay.", 2, "", ""},
		{"no given name", "Interpreter waymon cox said so.", 2, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, full, ok := sourceFullName(strings.Fields(tt.s), tt.k)
			if got != tt.want || full != tt.full || ok != (tt.want != "") {
				t.Errorf("sourceFullName(%q, %d) = %q, %q, %v; want %q, %q", tt.s, tt.k, got, full, ok, tt.want, tt.full)
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
		{"a full name and another", "Hugo pratt and melissa orrin left home.", 4, false},
		{"kin with no possessor", "Identified by relatives as jason orrin, 40.", 5, false},
		{"a possessive's kin", "The victim's husband, jason orrin, said so.", 4, true},
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
	// A given name the lists leave out, written nowhere else, names the
	// person; one written elsewhere too does not.
	arts2 := []chorus.Article{
		{ID: "1", Text: "The ferry strike ended on friday. Harbour captain elvin tarrow signed the deal at noon. " +
			"Union chief grand pellow said the pay rise was fair. The grand hall was full. " +
			"A skipper told kestrel crews the port would open; the crews cheered."},
	}
	c2 := &cluster{p: c.p, lead: -1}
	if !c2.prepare(arts2) {
		t.Fatal("cannot prepare the articles")
	}
	sum2 := &chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "Tarrow signed the deal at noon."},
		{Text: "Pellow said the pay rise was fair."},
	}}
	names = map[string]string{}
	c2.sourceNames(sum2, map[string]bool{"tarrow": true, "pellow": true}, names)
	if names["tarrow"] != "Elvin Tarrow" {
		t.Errorf("tarrow: got %q, want %q", names["tarrow"], "Elvin Tarrow")
	}
	if names["pellow"] != "" {
		t.Errorf("pellow: got %q, want none (grand is a word of the text)", names["pellow"])
	}
	sum2.Sentences[1].Text = "Crews said the port would open." // a common noun
	names = map[string]string{}
	c2.sourceNames(sum2, map[string]bool{"crews": true}, names)
	if names["crews"] != "" {
		t.Errorf("crews: got %q, want none (a common noun after a determiner)", names["crews"])
	}
	for _, w := range []string{"protesters", "authorities"} {
		if !pluralNoun(w) {
			t.Errorf("pluralNoun(%q) = false, want true", w)
		}
	}
	if pluralNoun("tarrow") {
		t.Error(`pluralNoun("tarrow") = true, want false`)
	}
	sum.Sentences[0].Text = "Veldt's fares plan was read out."
	names = map[string]string{}
	c.sourceNames(sum, map[string]bool{"veldt": true}, names)
	if names["veldt"] != "" {
		t.Errorf("possessive veldt: got %q, want none", names["veldt"])
	}
}
