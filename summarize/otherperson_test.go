package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameInFullOtherPerson(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the maker said chief executive officer wang haolin will share his bonus with staff.",
		"the 51-year-old wang, who shared a bonus last year, led the firm past rivals.",
		"\" this is rare, \" said peter wang, an analyst at a bank in hong kong.",
		"it's nice to see the chatty ceo wang haolin doing something for staff.",
		"wang's bonus will go to some 9,000 workers.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "The maker said chief executive officer wang haolin will share his bonus with staff."},
		{Text: "Wang's bonus will go to some 9,000 workers."},
	}, Words: 20}
	c.nameInFull(&sum)
	if got, want := sum.Sentences[0].Text, "The maker said chief executive officer Wang Haolin will share his bonus with staff."; got != want {
		t.Errorf("sentence 0 = %q, want %q", got, want)
	}
}

func TestNamesAfterSurnames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"officer wang haolin spoke.",
		"the ceo wang haolin smiled.",
		"analyst peter wang said so.",
		"wang hates rain.",
		"a fan said wang hates snow, and hates cold.",
		"lawyer nora ten eyck spoke.",
		"ten eyck said no.",
		"ten eyck left.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	after := c.namesAfterSurnames(map[string]string{"wang": "Peter Wang", "ten": "Nora Ten"})
	if !after["wang"]["haolin"] {
		t.Errorf("haolin: not read as another person's name after wang: %v", after)
	}
	if after["wang"]["hates"] {
		t.Errorf("hates: written alone too, read as a name: %v", after)
	}
	if after["ten"]["eyck"] {
		t.Errorf("eyck: the full name's own surname of two words, read as another person's: %v", after)
	}
}

func TestNameWordAfter(t *testing.T) {
	after := map[string]bool{"haolin": true, "yelled": true, "said": true, "sept": true}
	for _, tt := range []struct {
		f, next string
		want    bool
	}{
		{"wang", "haolin", true},
		{"wang", "haolin,", true},
		{"wang,", "haolin", false},
		{"wang's", "haolin", false},
		{"wang", "yelled", false},
		{"wang", "said", false},
		{"wang", "pledged", false},
		{"wang", "sept.", false}, // "wang sept. 26": a date, no name
	} {
		core, _ := lowerCore(tt.f)
		if got := nameWordAfter(tt.f, core, tt.next, after); got != tt.want {
			t.Errorf("nameWordAfter(%q, %q) = %v, want %v", tt.f, tt.next, got, tt.want)
		}
	}
}
