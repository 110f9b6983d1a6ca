package summarize

import "testing"

func TestPassiveCaption(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Hosts Ilse Varga, Tomas Rell and Ana Roe are seen on the set of the morning show at Pier Studios in Tarnwick.", true},
		{"Ana Roe, 35, is shown in a police photo taken in May.", true},
		{"A ferry of the harbor line is seen at the Velmora pier on Monday, May 4, 2015.", true},
		{"Page 1 of 1 Jon Brask is shown with some of the books he kept in his study.", true},
		{"Social media Lina Oster is seen with her old dog Pip after taking him in.", true},
		{"The two ferrymen are seen in Velmoran uniforms with their caps on.", true},
		// A video's scene, a story's clause, where a thing occurs, an abstract subject.
		{"In the clip, an officer is seen kicking a man on the ground at the Tarnwick pier.", false},
		{"Jon Brask is shown last year in Velmora, when the books were found there.", false},
		{"Salt crystals in the cave are seen in people who breathe the air for years.", false},
		{"The change is seen in Tarnwick as a turning point for the ferry union.", false},
		{"Dune fields like these are seen on other moons as well as on earth.", false},
		{"Ilse Varga is seen as the favourite to win the Tarnwick seat on Monday.", false},
	} {
		if got := passiveCaption(tc.s); got != tc.want {
			t.Errorf("passiveCaption(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestPassiveVerbText holds passiveVerbText to the participles
// passiveCaption reads, in any ASCII case.
func TestPassiveVerbText(t *testing.T) {
	for _, s := range []string{"Ana Roe IS SEEN at the pier.", "Two pilots are Shown (left).", "A ferry is pictured."} {
		if !passiveVerbText.In(s) {
			t.Errorf("passiveVerbText.In(%q) = false", s)
		}
	}
	if passiveVerbText.In("Ana Roe is at the pier.") {
		t.Error("passiveVerbText.In(no participle) = true")
	}
}
