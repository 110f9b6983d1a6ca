package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestDefiniteHeads(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"one noun", "The grave is near the old quarry road.", []string{"grave"}},
		{"plural folded", "The sanctions are aimed at three shipping firms.", []string{"sanction"}},
		{"two words", "The harbour crane collapsed on Tuesday.", []string{"harbour", "crane"}},
		{"adjective dropped", "The new ferry sailed at noon.", []string{"ferry"}},
		{"three letters", "The ban, issued on Monday, was lifted a day later.", []string{"ban"}},
		{"three-letter adjective dropped", "The big ferry sailed at noon.", []string{"ferry"}},
		{"no the", "A grave was found near the quarry.", nil},
		{"of pins it", "The grave of the poet was opened.", nil},
		{"who pins it", "The man who found the grave called police.", nil},
		{"reduced relative", "The sign made from stones was seen by a pilot.", nil},
		{"participle by", "The bridge designed by Ilse Varga opened.", nil},
		{"long description", "The velmoran transport minister resigned.", nil},
		{"known office", "The president said the talks would resume.", nil},
		{"known court", "The supreme court ruled on Tuesday.", nil},
		{"verb stops the phrase", "The council voted to close the bridge.", []string{"council"}},
		{"too short", "The end.", nil},
		{"a capitalised name", "The Harlow Playhouse cancelled the season.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := definiteHeads(tt.s); !slices.Equal(got, tt.want) {
				t.Errorf("definiteHeads(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

// TestFrontedHeads: "the X" ending a short opening phrase is read as an
// opening "the X"; a phrase that says which, or a time, is not.
func TestFrontedHeads(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"after the merger", "After the merger, the ferry board cut its timetable.", []string{"merger"}},
		{"during the regatta", "During the regatta, a clerk read the results aloud.", []string{"regatta"}},
		{"no comma", "At the gala the mayor of Velmora spoke first.", []string{"gala"}},
		{"opening the", "The service was cut short.", nil},
		{"not an opener", "Unlike a service, the inquiry sits in private.", nil},
		{"a phrase that says which", "Before the voyage to her new island home, the goat escaped.", nil},
		{"an apposition says which", "For the survey, published on Monday, clerks asked 300 riders.", nil},
		{"a time", "With the harvest season over, the mill closed.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := frontedHeads(tt.s); !slices.Equal(got, tt.want) {
				t.Errorf("frontedHeads(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestIntroducesHead(t *testing.T) {
	tests := []struct {
		name  string
		prev  string
		heads []string
		want  bool
	}{
		{"indefinite", "Divers found a grave near the quarry at Velmora.", []string{"grave"}, true},
		{"plural", "The city will impose new sanctions on Friday.", []string{"sanction"}, true},
		{"after the", "Crowds gathered at the grave on Sunday.", []string{"grave"}, false},
		{"after a possessive", "Its crane was the tallest in the port.", []string{"crane"}, false},
		{"absent", "Divers searched the quarry at Velmora.", []string{"grave"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := introducesHead(tt.prev, tt.heads); got != tt.want {
				t.Errorf("introducesHead(%q, %q) = %v, want %v", tt.prev, tt.heads, got, tt.want)
			}
		})
	}
}

// TestMarkIntroducedBefore: a lead candidate whose "the X" the article
// introduced just before, or that stands in for a name told before ("The
// magazine"), may not lead; an article's own opening "the X" and a noun
// the text before does not introduce may.
func TestMarkIntroducedBefore(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "Divers found a grave near the quarry at Velmora on Monday. The grave is close to the old ferry road, police said."},
		{ID: "2", Text: "The Velmora Courier spoke to the quarry owner on Monday. The magazine concluded that the quarry had been closed for years."},
		{ID: "3", Text: "The harbour board met on Monday to discuss the quarry. The vote was delayed until the spring, the board said."},
		{ID: "4", Text: "If convicted, he faces two years in prison for sinking the ferry to Velmora."},
		{ID: "5", Text: "During the interview, a clerk in Velmora read out the charges against the ferry captain."},
		{ID: "6", Text: "After the thaw, the quarry at Velmora reopened to walkers and climbers."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	c.markIntroducedBefore()
	c.markFrontedSubjects()
	want := map[string]bool{
		"The grave is close":     true,
		"The magazine conclude":  true,
		"The harbour board met":  false,
		"The vote was delayed":   false,
		"If convicted, he faces": true, // markFrontedSubjects
		"During the interview":   true, // an event noun, whatever comes before
		"After the thaw":         false,
	}
	checkLeansBack(t, c, want)
}

// TestFrontedSubject: a subject after an opening phrase that points back
// as an opening "He ..." or "The actress ..." would keeps the sentence
// from leading; a subject the opening or a name gives does not.
func TestFrontedSubject(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"condition, he", "If convicted, he faces up to two years in prison.", true},
		{"day, she", "On Tuesday, she told the harbour board the ferry would run.", true},
		{"own pronoun, he", "While in his hospital bed, he wrote to the harbour board.", true},
		{"time count, the actress", "A week after the festival, the actress announced her retirement.", true},
		{"noun, they", "When divers reached a wreck off Brellin, they found a bell.", false},
		{"given name and own pronoun", "When anna and ben osei found out that they had won, they sailed home.", false},
		{"name, he", "When Osei landed in Brellin, he was met by the mayor.", false},
		{"apposition", "Hana Osei, the actress, said the ferry would run.", false},
		{"possessor", "As a transfusion was readied, the baby's grandmother called a doctor.", false},
		{"owner before", "Following the Courier's report, the company closed the quarry.", false},
		{"time's", "In a memo sent to this year's interns, the firm banned late nights.", true},
		{"long opening", "After a week of storms that closed every harbour on the coast, the couple sailed home.", true},
		{"pinned noun", "On Tuesday, the actress who founded the festival resigned.", false},
		{"named subject", "On Tuesday, ferries to Brellin were full.", false},
		{"no opening phrase", "The harbour board met on Tuesday, and she spoke.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			subject, ok := frontedSubject(tt.s)
			got := ok && (frontedPronoun(tt.s, subject) || presupposes(subject) && !possessive(subject) && !ownerBefore(tt.s))
			if got != tt.want {
				t.Errorf("%q: points back %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestSaysTold(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Osei said she wrote the note in question herself.", true},
		{"The harbour ferry in question sailed on Monday.", true},
		{"The aforementioned memo was leaked.", true},
		{"The vote called the plan into question.", false},
		{"In question time, the mayor spoke.", false},
		{`Osei said "the note in question" was hers.`, false},
	}
	for _, tt := range tests {
		if got := saysTold(tt.s); got != tt.want {
			t.Errorf("saysTold(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestCountsBack: "the" and a count or a place in a series, with nothing
// after the noun to say which, picks its subject out of things told
// before; a phrase pinned by "of", a participle or an apposition says
// which one, and a count joined to its noun counts the noun's units.
func TestCountsBack(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The two veteran harbour clerks are among four the mayor of Velmora hired.", true},
		{"The three were charged on Monday with sinking the ferry.", true},
		{"The same ferry was seen near Brellin a year ago.", true},
		{"The rest were taken to the harbour clinic.", true},
		{"The four clerks of the Velmora harbour board resigned on Monday.", false},
		{"The six clerks accused in the ferry fraud appeared in court.", false},
		{"The two songs -- a ballad and a march -- will be sold at auction.", false},
		{"The two-day festival opened in Velmora on Friday.", false},
		{"The harbour board met on Monday.", false},
		{"Two clerks were charged on Monday.", false},
	}
	for _, tt := range tests {
		if got := countsBack(tt.s); got != tt.want {
			t.Errorf("countsBack(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMarkFrontedCount: a lead candidate opening with a count that points
// back ("The two clerks are ...") may not lead, after an opening phrase
// too; one the article pins down may.
func TestMarkFrontedCount(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "The mayor of Velmora hired four clerks for the harbour on Monday. The two veteran clerks are among the four, the mayor said."},
		{ID: "2", Text: "On Monday, the three were charged with sinking the ferry to Brellin."},
		{ID: "3", Text: "The four clerks of the harbour board resigned on Monday over the ferry."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	c.markFrontedSubjects()
	want := map[string]bool{
		"The two veteran clerks":  true,
		"On Monday, the three":    true,
		"The four clerks of the":  false,
		"The mayor of Velmora hi": false,
	}
	checkLeansBack(t, c, want)
}

// TestStandInPerson: "the" and a noun for a person's part ("The
// assailant", "The anchor") after text in its article stands in for
// someone told before and does not lead; opening its article, it may.
func TestStandInPerson(t *testing.T) {
	arts := []chorus.Article{
		{ID: "1", Text: "A man boarded the Velmora ferry with a knife on Monday. The assailant attacked a deckhand before the crew restrained him."},
		{ID: "2", Text: "The anchor of the Velmora evening news retired on Friday after thirty years."},
	}
	c := &cluster{p: func() *Tuning { x := DefaultTuning(); return &x }(), lead: -1}
	if !c.prepare(arts) {
		t.Fatal("cannot prepare the articles")
	}
	c.markIntroducedBefore()
	want := map[string]bool{"The assailant attacked": true, "The anchor of the": false}
	checkLeansBack(t, c, want)
}

// checkLeansBack checks flagLeansBack on every candidate of c whose text
// opens with a key of want, and that each key opens one candidate.
func checkLeansBack(t *testing.T, c *cluster, want map[string]bool) {
	t.Helper()
	seen := 0
	for _, cd := range c.cands {
		for p, w := range want {
			if strings.HasPrefix(cd.text, p) {
				seen++
				if got := cd.flags&flagLeansBack != 0; got != w {
					t.Errorf("%q: leans back %v, want %v", cd.text, got, w)
				}
			}
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d sentences", seen, len(want))
	}
}
