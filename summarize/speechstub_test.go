package summarize

import (
	"strings"
	"testing"

	chorus "github.com/chorusnews/chorus"
)

func TestSpeechStub(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"opener and tweet", "On Saturday, the Tarnwick ferry company said in a tweet.", true},
		{"opener and statement", "In her new role, the ferry company said late on Friday in a statement.", true},
		{"subordinate opener", "While closing the gate, harbour master Ilse Varga said.", true},
		{"name and day", "Hana Osei said on Sunday.", true},
		{"a hedge on the claim before", "At least, that's what a ferry clerk says.", false},
		{"told an outlet", "Hana Osei told the Tarnwick Gazette.", true},
		{"told after an abbreviation", "Ilse Varga told the f.b.i.", true},
		{"apposition", "On Monday, her brother, Piet Varga, told reporters.", true},
		{"pronoun speaker", "He said in a statement.", true},
		{"announced a day", "Mayor Hana Osei announced Wednesday.", true},
		{"clause said", "No one was hurt, police said.", false},
		{"clause before opener", "The ferry sank, police said on Monday.", false},
		{"opener with a verb", "At least 70 people saw the crash, Osei said.", false},
		{"opener then clause", "After the storm, the pier collapsed, officials said.", false},
		{"passive", "No injuries were reported.", false},
		{"passive day", "The closure was announced on Friday.", false},
		{"something said", "Osei said the ferry would run again.", false},
		{"object", "The council confirmed the news in a statement.", false},
		{"told someone to", "Ilse Varga told her sister to call the police.", false},
		{"told what", "A clerk told Reuters a sale remained possible.", false},
		{"told him", "The clerk told him the news.", false},
		{"nobody", "No one told the mayor.", false},
		{"colon", "The ferry company said in a statement: the pier is closed.", false},
		{"quoted", `"We are closed," Osei said in a statement.`, false},
		{"wrote a letter", "So he wrote a letter.", false},
		{"verb in speaker", "The captain who sailed said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speechStub(tt.s); got != tt.want {
				t.Errorf("speechStub(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestMarkSpeechStubs: a stub leans on the sentence it was cut from
// (flagRefers); one that ends at an abbreviation, the head of the next
// sentence, is left alone.
func TestMarkSpeechStubs(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "The Tarnwick ferry stopped running after a storm damaged the pier at 10:30 p.m. On Saturday, the ferry company said in a tweet. Repairs will take a month."},
		{ID: "2", Text: "A storm hit the Tarnwick harbour on Friday night. Harbour master Ilse Varga told the F.B.I. That the pier had been unsafe for years."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	c.markSpeechStubs()
	seen := 0
	for i := range c.cands {
		cd := &c.cands[i]
		want := strings.HasPrefix(cd.text, "On Saturday, the ferry company said")
		if want || strings.HasPrefix(cd.text, "Harbour master Ilse Varga told") {
			seen++
		}
		if got := cd.flags&flagRefers != 0; got != want {
			t.Errorf("%q: flagRefers %v, want %v", cd.text, got, want)
		}
	}
	if seen != 2 {
		t.Errorf("%d of the 2 stubs are candidates", seen)
	}
}
