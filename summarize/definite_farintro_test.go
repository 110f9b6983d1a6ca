package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestFarDefRewrite(t *testing.T) {
	lead := "Storms closed the port of velmora on monday."
	tests := []struct {
		name       string
		before     []string // the article's sentences before body, in order
		body, want string
	}{
		{"two sentences back", []string{"Divers found a heavy iron anchor off the pier.", "The harbour master called the museum."},
			"Curators said the anchor was two centuries old.", "Curators said a heavy iron anchor was two centuries old."},
		{"three sentences back", []string{"Walkers saw a suspicious parcel by the gate.", "They called the police.", "Officers closed the road."},
			"Experts later said the parcel held old books.", "Experts later said a suspicious parcel held old books."},
		{"four sentences back", []string{"Walkers saw a suspicious parcel by the gate.", "They called the police.", "Officers closed the road.", "Buses were sent round."},
			"Experts later said the parcel held old books.", "Experts later said the parcel held old books."},
		{"bare a", []string{"Walkers saw a parcel by the gate.", "They called the police."},
			"Experts later said the parcel held old books.", "Experts later said the parcel held old books."},
		{"written twice", []string{"Walkers saw a suspicious parcel by the gate.", "The parcel was wet."},
			"Experts later said the parcel held old books.", "Experts later said the parcel held old books."},
		{"modifier in the sentence", []string{"Crews rebuilt a tarnwick county depot last year.", "It reopened in june."},
			"The depot in tarnwick county was closed again.", "The depot in tarnwick county was closed again."},
		{"a kind's word above", []string{"Ana Varga filed a federal discrimination lawsuit in march.", "Her employer denied it."},
			"Lawyers said the lawsuit would go to trial.", "Lawyers said the lawsuit would go to trial."},
		{"people told of together", []string{"Crew removed a rowdy couple from the ferry.", "The ferry was late."},
			"Police said the couple had been drinking.", "Police said the couple had been drinking."},
		{"a clause says which", []string{"Walkers saw a suspicious parcel by the gate.", "They called the police."},
			"The parcel that held books was taken away.", "The parcel that held books was taken away."},
		{"a modifier that compares", []string{"Rebels staged a similar raid near the border.", "Troops withdrew."},
			"Officials condemned the raid on friday.", "Officials condemned the raid on friday."},
		{"a clause word as modifier", []string{"Jurors heard a fisherman whose boat sank.", "He wept."},
			"Lawyers argued the boat was unsafe.", "Lawyers argued the boat was unsafe."},
		{"an organisation's stand-in", []string{"Police named a small militant group on sunday.", "Arrests followed."},
			"Analysts said the group recruits online.", "Analysts said the group recruits online."},
		{"a phrase's opener", []string{"Rescuers held a briefing following the storm.", "Roads stayed shut."},
			"Divers found the wreck the following morning.", "Divers found the wreck the following morning."},
		{"a name written small", []string{"Rents rose, according to a harbourline investigation.", "( harbourline says the data came from tenants. )"},
			"Owners disputed the investigation in court.", "Owners disputed the investigation in court."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Join(append(slices.Clone(tt.before), tt.body), " ")
			c := &cluster{docs: []document{{}, {article: &chorus.Article{Text: text}}},
				cands: []candidate{{doc: 0, pos: 0, prevInDoc: -1, text: lead}}}
			for i, s := range tt.before {
				c.cands = append(c.cands, candidate{doc: 1, pos: i, prevInDoc: len(c.cands) - 1, text: s})
			}
			c.cands[1].prevInDoc = -1
			c.cands = append(c.cands, candidate{doc: 1, pos: len(tt.before), prevInDoc: len(c.cands) - 1, text: tt.body})
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: lead}, {Text: tt.body}}}
			sum.Words = countWords(lead) + countWords(tt.body)
			c.introduceBodyDefinites(&sum)
			if got := sum.Sentences[1].Text; got != tt.want {
				t.Errorf("introduceBodyDefinites = %q, want %q", got, tt.want)
			}
			if want := countWords(lead) + countWords(tt.want); sum.Words != want {
				t.Errorf("Words = %d, want %d", sum.Words, want)
			}
		})
	}
}

// TestFarDefRewriteToldBelow checks that "the X" keeps its article when
// a later summary sentence writes the introduction's modifier.
func TestFarDefRewriteToldBelow(t *testing.T) {
	lead := "Storms closed the port of velmora on monday."
	before := []string{"Walkers saw a suspicious parcel by the gate.", "They called the police."}
	body := "Experts later said the parcel held old books."
	c := &cluster{docs: []document{{}, {article: &chorus.Article{Text: strings.Join(append(slices.Clone(before), body), " ")}}},
		cands: []candidate{{doc: 0, pos: 0, prevInDoc: -1, text: lead},
			{doc: 1, pos: 0, prevInDoc: -1, text: before[0]}, {doc: 1, pos: 1, prevInDoc: 1, text: before[1]},
			{doc: 1, pos: 2, prevInDoc: 2, text: body}}}
	for _, later := range []string{"", "The suspicious parcel was burnt at the pier."} {
		sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: lead}, {Text: body}}}
		want := "Experts later said a suspicious parcel held old books."
		if later != "" {
			sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: later})
			want = body
		}
		c.introduceBodyDefinites(&sum)
		if got := sum.Sentences[1].Text; got != want {
			t.Errorf("with %q below: introduceBodyDefinites = %q, want %q", later, got, want)
		}
	}
}
