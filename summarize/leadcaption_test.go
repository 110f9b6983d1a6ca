package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// captionArticles are invented: each page opens with its photo's caption,
// a scene told in the present, before the story.
var captionArticles = []chorus.Article{
	{ID: "a", Text: "Mayor Ilse Varga meets with harbour workers at the Velmora pier on Friday. " +
		"The Velmora council voted on Thursday to close the old ferry pier for a year after divers found deep cracks in its pilings. " +
		"The ferry to Ostrel will sail from the fishing harbour until the pier is rebuilt, the council said."},
	{ID: "b", Text: "Mayor Ilse Varga meets with harbour workers at the Velmora pier on Friday. " +
		"Velmora will close its old ferry pier for a year after divers found cracks in the pilings, the town council decided on Thursday. " +
		"Repairs will cost about 4 million euros, paid from the regional fund, officials said."},
}

// TestCaptionLead checks that a reader's summary does not open with a
// caption its sources lead with, and that the caption reads as one.
func TestCaptionLead(t *testing.T) {
	caption := "Mayor Ilse Varga meets with harbour workers at the Velmora pier on Friday."
	if !presentScene(caption) {
		t.Fatalf("presentScene(%q) = false, want true", caption)
	}
	sum, err := Summarize(captionArticles, chorus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Sentences) == 0 {
		t.Fatal("no summary")
	}
	for _, s := range sum.Sentences {
		if s.Text == caption {
			t.Errorf("the summary holds the caption: %v", sum.Sentences)
		}
	}
}

func TestPronounOpening(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"On Monday morning he closed the old ferry pier in Tarnwick.", true},
		{"After the vote, she left the council hall by the back door.", true},
		{"They closed the pier on Monday.", true},
		{"Mayor Ilse Varga said he would close the pier.", false},
		{"On Monday the Velmora council said it would close the pier.", false},
	} {
		if got := pronounOpening(c.s); got != c.want {
			t.Errorf("pronounOpening(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
