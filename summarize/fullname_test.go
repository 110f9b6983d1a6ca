package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestFullNames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"Prosecutors said Marit Osei, 41, lied to the grand jury.",
		"Board chairman Tomas Hall said the ferry was safe.",
		"The town hall was closed on Friday.",
		"Former mayor Ivo B. Brandt opened the bridge.",
		"Marit Osei pleaded guilty on Monday.",
		"Rep. Anna Osei voted against the bill.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got := c.fullNames()
	want := map[string]string{"Hall": "Tomas Hall", "Brandt": "Ivo B. Brandt"}
	for sur, full := range want {
		if got[sur] != full {
			t.Errorf("fullNames()[%q] = %q, want %q", sur, got[sur], full)
		}
	}
	// "Marit Osei" and "Anna Osei": a bare "Osei" may be either.
	for _, not := range []string{"Osei", "Friday", "Monday", "Prosecutors"} {
		if f, ok := got[not]; ok {
			t.Errorf("fullNames() holds %q -> %q, want none", not, f)
		}
	}
}

func TestNameFirstMention(t *testing.T) {
	index := map[string]string{"Osei": "Marit Osei", "Hall": "Tomas Hall", "Brandt": "Ivo Brandt"}
	tests := []struct {
		name, s, before, want string
		changed               bool
	}{
		{"opening surname", "Osei pleaded guilty to perjury.", "", "Marit Osei pleaded guilty to perjury.", true},
		{"speaker at the end", "The ferry was safe, Hall said.", "", "The ferry was safe, Tomas Hall said.", true},
		{"honorific", "Mr. Brandt released a statement.", "", "Ivo Brandt released a statement.", true},
		{"named before", "Osei pleaded guilty.", "Marit Osei lied to the jury.", "Osei pleaded guilty.", false},
		{"already full", "Marit Osei pleaded guilty.", "", "Marit Osei pleaded guilty.", false},
		{"title before", "Rep. Osei said the bill would fail.", "", "Rep. Osei said the bill would fail.", false},
		{"no person context", "The Hall report was read aloud.", "", "The Hall report was read aloud.", false},
		{"unknown surname", "Varga said the ferry was late.", "", "Varga said the ferry was late.", false},
		{"possessive speaker", "Osei's lawyer said she would appeal.", "", "Osei's lawyer said she would appeal.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := nameFirstMention(tt.s, index, tt.before)
			if got != tt.want || changed != tt.changed {
				t.Errorf("nameFirstMention(%q) = %q, %v; want %q, %v", tt.s, got, changed, tt.want, tt.changed)
			}
		})
	}
}

func TestNameInFullWords(t *testing.T) {
	c := &cluster{cands: []candidate{{text: "Marit Osei, a ferry pilot, said the harbour was closed."}}}
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: "The harbour closed on Monday."}, {Text: "Osei said the pier was unsafe."}}, Words: 10}
	c.nameInFull(&sum)
	if got := sum.Sentences[1].Text; got != "Marit Osei said the pier was unsafe." {
		t.Errorf("second sentence = %q", got)
	}
	if sum.Words != 11 {
		t.Errorf("Words = %d, want 11", sum.Words)
	}
}

func TestLowerFullNames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the ferry's owner, said marit osei, would appeal.",
		"mr. osei did not answer questions.",
		"mr. brandt left the port; ivo brandt and anna brandt own the quay.",
		"since holm thanked the crew, ms. holm has said nothing.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got := c.lowerFullNames()
	if got["osei"] != "Marit Osei" {
		t.Errorf("lowerFullNames()[osei] = %q, want %q", got["osei"], "Marit Osei")
	}
	for _, not := range []string{"brandt", "holm"} {
		if f, ok := got[not]; ok {
			t.Errorf("lowerFullNames() holds %q -> %q, want none (two given names, or a link word)", not, f)
		}
	}
}

func TestNameHonorific(t *testing.T) {
	index := map[string]string{"osei": "Marit Osei"}
	tests := []struct {
		name, s, before, want string
		changed               bool
	}{
		{"opening", "Mr. Osei did not answer.", "", "Marit Osei did not answer.", true},
		{"possessive", "the court read ms. osei's letter.", "", "the court read Marit Osei's letter.", true},
		{"named before", "Mr. Osei did not answer.", "marit osei owns the ferry.", "Mr. Osei did not answer.", false},
		{"named earlier in the sentence", "marit osei left, and mr. osei's son stayed.", "", "marit osei left, and mr. osei's son stayed.", false},
		{"unknown", "Mr. Varga did not answer.", "", "Mr. Varga did not answer.", false},
		{"no honorific", "Osei did not answer.", "", "Osei did not answer.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := nameHonorific(tt.s, index, tt.before)
			if got != tt.want || changed != tt.changed {
				t.Errorf("nameHonorific(%q) = %q, %v; want %q, %v", tt.s, got, changed, tt.want, tt.changed)
			}
		})
	}
}

func TestTwoPeople(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"Mrs Lind fell from the ridge, the inquest heard.",
		"Mr Lind called the rescue team at 9 p.m.",
		"Mr. Osei said the ferry was safe.",
		"mrs. varga and mr. varga ran the bakery .",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got := c.twoPeople()
	if !got["lind"] || !got["varga"] || got["osei"] || len(got) != 2 {
		t.Errorf("twoPeople() = %v, want lind and varga", got)
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: "Mrs Lind fell from the ridge, the inquest heard."}}}
	c.cands = append(c.cands, candidate{text: "Tomas Lind, her husband, raised the alarm."})
	c.nameInFull(&sum)
	if got := sum.Sentences[0].Text; got != "Mrs Lind fell from the ridge, the inquest heard." {
		t.Errorf("nameInFull wrote %q: a couple's surname must stay", got)
	}
}
