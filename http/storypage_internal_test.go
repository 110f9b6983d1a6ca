package http

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// TestStoryPageVoices renders a story whose summary has voices and a
// dispute: both sections show, with their citations linked, text escaped.
func TestStoryPageVoices(t *testing.T) {
	d := &chorus.StoryDetail{
		Story:   chorus.Story{ID: 1, Title: "Ferry capsizes"},
		Sources: []chorus.Source{{ID: 1, Article: "a", Title: "Ferry capsizes"}, {ID: 2, Article: "b", Title: "Toll rises", Published: time.Date(2031, 4, 8, 9, 30, 0, 0, time.UTC)}},
		Voices: []chorus.Voice{{Name: "Anika Perl", Role: "the harbour master", Statements: []chorus.Statement{
			{Text: "The sea was too rough <b>here</b>.", Sources: []int{1, 2}, Quote: true},
		}}},
		Disputes: []chorus.Dispute{{Topic: "Number of dead", Claims: []chorus.Claim{
			{Text: "At least 12 people were killed.", Sources: []int{1}},
			{Text: "The toll rose to 19.", Sources: []int{2}, Speaker: "Hospital officials"},
		}}},
	}
	p := buildStoryPage(d, time.Time{})
	var b bytes.Buffer
	if err := mustParsePages().byName["story"].ExecuteTemplate(&b, "layout", p); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{
		`<h2 id="voices-h">Voices</h2>`,
		`<span class="speaker">Anika Perl</span>, <span class="role">the harbour master</span>`,
		`“The sea was too rough &lt;b&gt;here&lt;/b&gt;.”`,
		`<a class="cite" href="#source-2" title="Toll rises">[2]</a>`,
		`<h2 id="disputes-h">Disputed</h2>`,
		`<span class="topic">Number of dead</span>`,
		`<span class="speaker">Hospital officials</span>: The toll rose to 19. <time class="meta" datetime="2031-04-08T09:30:00Z">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "<b>here") {
		t.Error("statement text not escaped")
	}
}

// TestStoryPageSourcePublisherOnce lists a source whose page title ends
// with its publisher's name: the publisher is shown once, beside the title.
func TestStoryPageSourcePublisherOnce(t *testing.T) {
	d := &chorus.StoryDetail{
		Story: chorus.Story{ID: 1, Title: "Bridge reopens"},
		Sources: []chorus.Source{
			{ID: 1, Article: "a", Title: "Bridge reopens | Orla Herald", Source: "Orla Herald"},
			{ID: 2, Article: "b", Title: "Orla Herald", Source: "Orla Herald"},
		},
	}
	p := buildStoryPage(d, time.Time{})
	if got := p.Sources[0].Title; got != "Bridge reopens" {
		t.Errorf("source 1 title %q, want the title without the publisher", got)
	}
	if got := p.Sources[1].Title; got != "Orla Herald" {
		t.Errorf("source 2 title %q, want the page's own title kept", got)
	}
	if d.Sources[0].Title != "Bridge reopens | Orla Herald" {
		t.Errorf("the story's own source was changed: %q", d.Sources[0].Title)
	}
}
