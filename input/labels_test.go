package input

import (
	"strings"
	"testing"
)

func TestIsRelatedLabel(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"You may also like", true},
		{"  MORE ON THIS STORY ", true},
		{"Related stories:", true},
		{"More from Sport »", true},
		{"Read more", true},
		{"More ferries for the bay", false},
		{"Related to the pier, the board also voted on fees", false},
		{"", false},
		{"Recommended reading for skippers who moor in the south basin", false},
	}
	for _, tt := range tests {
		if got := isRelatedLabel(tt.text); got != tt.want {
			t.Errorf("isRelatedLabel(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsMoreLabel(t *testing.T) {
	for text, want := range map[string]bool{
		"MORE HARBOUR NEWS": true, "More on the pier:": true, "More Gulls": true,
		"More": false, "More ferries for the bay this summer": false, "Ferries and more": false,
	} {
		if got := isMoreLabel(text); got != want {
			t.Errorf("isMoreLabel(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestPruneLabelled(t *testing.T) {
	tests := []struct {
		name    string
		extra   string
		notWant []string // text of the label and its links
		want    []string // text that must stay
	}{
		{"heading over a list of links", `<h4>You may also like</h4><ul><li><a href="/a">Gulls return to the cliffs</a></li><li><a href="/b">Lighthouse keeper retires</a></li></ul>`,
			[]string{"You may also like", "Gulls return"}, []string{"Skippers who moved"}},
		{"label in its own wrapper over teaser cards", `<div class="box"><div class="hd"><strong>MORE ON THIS STORY</strong></div><div class="item"><a href="/s1"><img src="1.jpg"><span>Fees rise at the south basin</span></a></div><div class="item"><a href="/s2"><span>What the loan means for you</span></a></div></div>`,
			[]string{"MORE ON THIS STORY", "Fees rise at the south basin"}, []string{"Skippers who moved"}},
		{"label over teaser cards with a standfirst", `<h3>More on this story</h3><div class="cards"><div class="card"><h4><a href="/fees">Fees rise at the south basin</a></h4><p>Skippers face a bigger bill from the spring onwards.</p></div><div class="card"><h4><a href="/loan">Council weighs the loan</a></h4><p>The vote is due in a fortnight.</p></div></div>`,
			[]string{"More on this story", "Fees rise at the south basin", "bigger bill"}, []string{"Skippers who moved"}},
		{"label standing alone", `<p><strong>Related stories</strong></p>`,
			[]string{"Related stories"}, []string{"Skippers who moved"}},
		{"prose under a label stays", `<h3>Recommended</h3><p>The harbour master said the pier would take boats of up to twelve metres and that the old crane would be kept as a landmark for visitors.</p>`,
			nil, []string{"old crane would be kept"}},
		{"inline label opening a link line", `<p><em>Read more</em>: <a href="/harbour-vote">Harbour vote: what comes next</a></p>`,
			[]string{"Read more", "Harbour vote"}, []string{"Skippers who moved"}},
		{"inline label in a sentence stays", `<p>The ferry will stop twice a day. <strong>Read more</strong> about the timetable on the harbour board's notice at the quay, which the council updates every week.</p>`,
			nil, []string{"about the timetable"}},
		{"weak label over a list of links", `<ul><li>MORE HARBOUR NEWS</li><li><a href="/a">Gulls return to the cliffs</a></li><li><a href="/b">Lighthouse keeper retires</a></li></ul>`,
			[]string{"MORE HARBOUR NEWS", "Gulls return"}, []string{"Skippers who moved"}},
		{"weak label over links in paragraphs", `<p><strong>More on the pier:</strong></p><p><a href="/a">Gulls return to the cliffs</a></p><p><a href="/b">Lighthouse keeper retires</a></p>`,
			[]string{"More on the pier", "Gulls return"}, []string{"Skippers who moved"}},
		{"subheading like a weak label stays", `<h3>More trouble ahead</h3><p>The harbour master said the pier would take boats of up to twelve metres and that the old crane would be kept as a landmark for visitors.</p>`,
			nil, []string{"More trouble ahead", "old crane would be kept"}},
		{"weak label standing alone stays", `<p><strong>More boats</strong></p>`,
			nil, []string{"More boats"}},
		{"links without a label are left alone", `<ul><li><a href="/a">Gulls return to the cliffs</a></li><li><a href="/b">Lighthouse keeper retires</a></li></ul>`,
			nil, []string{"Skippers who moved"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTMLText(page(tt.extra))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.notWant {
				if strings.Contains(got, s) {
					t.Errorf("text keeps %q:\n%s", s, got)
				}
			}
			for _, s := range tt.want {
				if !strings.Contains(got, s) {
					t.Errorf("text lacks %q:\n%s", s, got)
				}
			}
		})
	}
}
