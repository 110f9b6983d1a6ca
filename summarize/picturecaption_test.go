package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestPictureCaption(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"dated file photo at the end", "Dockworkers unload a ferry at the pier in Tarnwick in this March 8, 2013 file photo.", true},
		{"dated photo inside", "The mayor of Velmora waves in this 2012 photo taken by a resident.", true},
		{"kind of picture", "In this handout image released by the council, the old bridge is shown.", true},
		{"is pictured", "The old lighthouse is pictured in Velmora.", true},
		{"are photographed", "Two lifeguards are photographed on the beach at Tarnwick.", true},
		{"seen in this", "Ilse Varga is seen in this undated family picture.", true},
		{"pictured here", "The coin pictured here was found near the harbour.", true},
		{"undated picture with an article", "Tomas Rell in an undated picture released by the Velmora prison service.", true},
		{"dated file photo with an article", "In an oct. 5, 2009 file photo people walk past the Tarnwick ferry office.", true},
		{"booking photo with an article", "Ilse Varga, 31, in a police booking photo.", true},
		{"a viral photo is news", "The clerk was caught napping in a viral photo on Monday.", false},
		{"a decent photo is no date", "She said she never got a decent photo of the ferry.", false},
		{"position aside", "Ilse Varga, second from left, and Tomas Rell greet the crew at the pier.", true},
		{"left to right", "The crew members are (left to right) Ana Roe, Tomas Rell and Ilse Varga.", true},
		{"file photo of", "A file photo of the harbour master at the pier in Velmora.", true},
		{"agency file tag", "The council raised the fare... file - in this May 9, 2015, file photo, the ferry leaves Tarnwick.", true},
		{"at left is", "At left is the harbour master of Tarnwick, Ilse Varga.", true},
		{"after a parenthesis", "Ana Roe, director of the ferry union (Tarnwick branch) is photographed at the pier.", true},
		{"photographed after a relative", "She tells the magazine, in which she is photographed on a beach, that the year was hard.", false},
		{"in this case", "In this case, the image the council chose was the harbour.", false},
		{"was pictured: past news", "The driver was pictured making rude gestures on the road to Tarnwick.", false},
		{"news", "The ferry from Tarnwick to Velmora will run again in March, the council said.", false},
		{"from left to right: motion", "The storm moved from left to right across the square, a witness said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pictureCaption(tt.s); got != tt.want {
				t.Errorf("pictureCaption(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestRunInCaption(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"caption alone", "Dockworkers unload a ferry at the pier in Tarnwick in this March 8, 2013 file photo.", false},
		{"abbreviations", "Gov. ana roe of Velmora speaks in Tarnwick, n.c., in this 2012 photo.", false},
		{"news before", "The ferry line will close in May. Its old boat is pictured at the pier.", true},
		{"teaser before", "The council voted on the fare... file - in this May 9, 2015, file photo, the ferry leaves Tarnwick.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runInCaption(tt.s); got != tt.want {
				t.Errorf("runInCaption(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestToldEvent(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Ana Roe has been charged with the theft of three boats: (left to right) the Tarn, the Velma and the Rell.", true},
		{"Two boys were struck by a ferry at Tarnwick in this year-old picture.", true},
		{"Dockworkers unload a ferry at the pier in Tarnwick in this March 8, 2013 file photo.", false},
		{"The old lighthouse, which is lit at night, is pictured in Velmora.", false},
	}
	for _, tt := range tests {
		if got := toldEvent(tt.s); got != tt.want {
			t.Errorf("toldEvent(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestCaptionWords checks that captionWords, with the "at " opening, holds
// every sentence captionWording matches, and that pictureCaption decides
// as the two expressions alone do.
func TestCaptionWords(t *testing.T) {
	for _, s := range []string{
		"in this may 9, 2015, file photo, the ferry leaves tarnwick.",
		"ilse varga is seen in this undated family picture.",
		"the coin pictured here was found near the harbour.",
		"ilse varga, second from left, and tomas rell greet the crew.",
		"the crew are ( l-r ) ana roe and tomas rell.",
		"the crew are (left to right) ana roe and tomas rell.",
		"a file photo of the harbour master in velmora.",
		"the pier at tarnwick in 2014 file photo.",
		"file - the ferry leaves tarnwick.",
		"the fare went up... file - the ferry leaves.",
		"at left is the harbour master of tarnwick.",
		"at right, are the two boats.",
		"the two boats are photographed at the pier.",
		"the ferry will run again in march, the council said.",
	} {
		want := captionWording.MatchString(s)
		if got := captionWords.In(s) || strings.HasPrefix(s, "at "); want && !got {
			t.Errorf("captionWords misses %q", s)
		}
		m := pictured.FindStringSubmatch(s)
		want = want || m != nil && !captionRelatives[m[1]] && !captionRelatives[m[2]]
		if got := pictureCaption(s); got != want {
			t.Errorf("pictureCaption(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDropWrittenCaptions checks that a caption is read on the words the
// reader gets: behind a credit a text rule cut, it leaves; the same words
// with the credit still before them stay for dropPictureCaptions.
func TestDropWrittenCaptions(t *testing.T) {
	c := &cluster{
		cands: []candidate{
			{text: "The Velmora council voted on Tuesday to close the old ferry pier for a year."},
			{text: "Posted and updated by wren halloway/ap Ilse Varga waves to the crowd in Tarnwick, Friday, Feb."},
			{text: "The pier will be rebuilt with money from the regional fund."},
		},
		facts: []fact{{rep: 0}, {rep: 1}, {rep: 2}},
	}
	picked := []int{0, 1, 2}
	if got := c.dropPictureCaptions(picked); len(got) != 3 {
		t.Errorf("dropPictureCaptions kept %v, want all three (the credit hides the caption)", got)
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: c.cands[0].text}, {Text: "Ilse Varga waves to the crowd in Tarnwick, Friday, Feb."}, {Text: c.cands[2].text},
	}}
	if got := c.dropWrittenCaptions(picked, &sum); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("dropWrittenCaptions kept %v, want [0 2]", got)
	}
	sum.Sentences = sum.Sentences[:2]
	if got := c.dropWrittenCaptions(picked, &sum); len(got) != 3 {
		t.Errorf("dropWrittenCaptions with sentences not one for each fact kept %v, want all three", got)
	}
}
