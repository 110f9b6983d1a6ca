package clean

import (
	"strings"
	"testing"
)

func TestIsFurnitureHashtagRun(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Danced by: Jane Roe #springdance #pop #officialvideo.", true},
		{"Day one at the fair #westvale #tour", true},
		{"The #savethepier campaign grew to 4,000 members.", false},
		{"Fans used the tag #savethepier.", false}, // one hashtag
		{"The score was 3 # 2 after the break.", false},
	}
	for _, tt := range tests {
		if got := IsFurniture(tt.s); got != tt.want {
			t.Errorf("IsFurniture(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestStripSpeakersPlace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane roe, co-host ( westvale ): and now to our guest.", "And now to our guest."},
		{"Jane roe, co-host (Westvale): and now to our guest.", "And now to our guest."},
		{"The host (a baker) said: come in.", "The host (a baker) said: come in."},
	}
	for _, tt := range tests {
		if got := stripSpeakers(tt.in); got != tt.want {
			t.Errorf("stripSpeakers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsFurnitureScrollDown(t *testing.T) {
	for _, s := range []string{"Scroll down for video Hands on: the mayor greets the crowd at the pier on friday.", "Scroll down for video."} {
		if !IsFurniture(s) {
			t.Errorf("IsFurniture(%q) = false", s)
		}
	}
	if s := "Scroll down the page for the full list of winners."; IsFurniture(s) {
		t.Errorf("IsFurniture(%q) = true", s)
	}
}

func TestStripDatelineStations(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Eastvale, wv ( wabc/wxyz ) - a ferry ran aground on monday.", "A ferry ran aground on monday."},
		{"Eastvale, wv ( wabc ) - a ferry ran aground on monday.", "A ferry ran aground on monday."},
		{"Eastvale, wv ( 24/7 coverage ) - a ferry ran aground.", "Eastvale, wv ( 24/7 coverage ) - a ferry ran aground."},
		{"Port tamsin / / a ferry ran aground on monday.", "A ferry ran aground on monday."},
		{"PORT TAMSIN // A ferry ran aground on monday.", "A ferry ran aground on monday."},
		{"Port tamsin (CNN business) a ferry line said it lost money.", "A ferry line said it lost money."},
		{"The 24/7 ferry ran aground on monday.", "The 24/7 ferry ran aground on monday."},
		{"Port tamsin --- a ferry ran aground on monday.", "A ferry ran aground on monday."},
		{"F --- you, the skipper added.", "F --- you, the skipper added."},
		{"Santa fe – a ferry ran aground.", "A ferry ran aground."},
		{"Tamsin aug 29 - a ferry ran aground.", "A ferry ran aground."},
		{"Shut the f -- up, he said.", "Shut the f -- up, he said."},
	}
	for _, tt := range tests {
		if got := stripDateline(tt.in); got != tt.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripRunIn(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Getty images the ferry ran aground near the pier on monday.", "The ferry ran aground near the pier on monday."},
		{"Afp - getty images crowds gather at the harbour for the regatta.", "Crowds gather at the harbour for the regatta."},
		{"Getty images, the picture agency, sold the archive last year.", "Getty images, the picture agency, sold the archive last year."},
		{"Abstract we examined how gulls choose nesting sites on the coast.", "We examined how gulls choose nesting sites on the coast."},
		{"Abstract importance: gull colonies are declining on the coast.", "Gull colonies are declining on the coast."},
		{"Abstract art sold well at the westvale auction this spring.", "Abstract art sold well at the westvale auction this spring."},
		{"Slide show westvale, ohio — the mayor opened the new pier on friday.", "The mayor opened the new pier on friday."},
		{"Slide show of the regatta drew many visitors to the site.", "Slide show of the regatta drew many visitors to the site."},
	}
	for _, tt := range tests {
		if got := stripRunIn(tt.in); got != tt.want {
			t.Errorf("stripRunIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
		// Run into a paragraph after another sentence.
		p := "The council met on tuesday. " + tt.in
		if got, want := stripLead(p), "The council met on tuesday. "+tt.want; got != want {
			t.Errorf("stripLead(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestStripLeadStationDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The fair opened on friday. Eastvale, wv ( wabc/wxyz ) - a ferry ran aground on monday.", "The fair opened on friday. A ferry ran aground on monday."},
		{"The fair opened on friday. Eastvale ( kxyz ) — a ferry ran aground on monday.", "The fair opened on friday. A ferry ran aground on monday."},
		{"The fair opened on friday. Jane roe ( d-ohio ) -- who chairs the panel, objected.", "The fair opened on friday. Jane roe ( d-ohio ) -- who chairs the panel, objected."},
		{"The fair opened on friday. St. Vale ( kxyz ) — a ferry ran aground on monday.", "The fair opened on friday. A ferry ran aground on monday."},
		{"A vigil was held. ( photo by jane roe ) westvale ( wxyz ) – the family asked for help.", "A vigil was held. ( photo by jane roe ) westvale ( wxyz ) – the family asked for help."},
		{"Watch this video st. Vale ( kxyz ) — a ferry ran aground on monday.", "Watch this video st. Vale ( kxyz ) — a ferry ran aground on monday."},
	}
	for _, tt := range tests {
		if got := stripLead(tt.in); got != tt.want {
			t.Errorf("stripLead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHasSpeakerRole checks hasSpeakerRole against strings.Contains of
// each role.
func TestHasSpeakerRole(t *testing.T) {
	for _, p := range []string{"", "host:", "Jane Roe, co-host (Leeds): hello", "the host said: no", "HOST (x", "a reporter: yes", "ratio 3:1 (approx)", "byline", "x:(", "anchor(", "Anchor: y"} {
		want := false
		for _, r := range speakerRoles {
			want = want || strings.Contains(p, r)
		}
		if got := hasSpeakerRole(p); got != want {
			t.Errorf("hasSpeakerRole(%q) = %v, want %v", p, got, want)
		}
	}
}
