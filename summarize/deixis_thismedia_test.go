package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestIntroduceMediaDemonstratives: a "this" or "these" before a picture,
// a video or a post nothing above tells of reads as a first mention; one
// told before, in a quotation, pinned down, one of a set or a page's
// button stays.
func TestIntroduceMediaDemonstratives(t *testing.T) {
	for _, tt := range []struct {
		name     string
		in, want []string
	}{
		{"sketch after a verb",
			[]string{"The harbour police released this artist's sketch of a man seen near the Tarnwick pier."},
			[]string{"The harbour police released an artist's sketch of a man seen near the Tarnwick pier."}},
		{"opening photo",
			[]string{"This photo shows the flooded square in Velmora on Sunday."},
			[]string{"A photo shows the flooded square in Velmora on Sunday."}},
		{"plural goes bare",
			[]string{"The ferry line tried the new name in these doctored photos of its boats."},
			[]string{"The ferry line tried the new name in doctored photos of its boats."}},
		{"opening plural is capitalised",
			[]string{"These grainy clips show the otter crossing the road."},
			[]string{"Grainy clips show the otter crossing the road."}},
		{"mass noun goes bare",
			[]string{"The Tarnwick police released this footage and are hunting a cyclist."},
			[]string{"The Tarnwick police released footage and are hunting a cyclist."}},
		{"statement before a colon",
			[]string{"Ilse Varga and Tomas Rell issued this joint statement: we part as friends."},
			[]string{"Ilse Varga and Tomas Rell issued a joint statement: we part as friends."}},
		{"a picture told above",
			[]string{"A Velmora couple filmed the otter.", "This video shows it crossing the road."},
			[]string{"A Velmora couple filmed the otter.", "This video shows it crossing the road."}},
		{"its kind ahead in the sentence",
			[]string{"Footage of the otter spread after this clip of it aired."},
			[]string{"Footage of the otter spread after this clip of it aired."}},
		{"inside a quotation",
			[]string{`"I love this photo of my dad," Varga said.`},
			[]string{`"I love this photo of my dad," Varga said.`}},
		{"pinned down",
			[]string{"Varga shared this latest video of the otter."},
			[]string{"Varga shared this latest video of the otter."}},
		{"one of a set",
			[]string{"In one of these photos the otter sleeps."},
			[]string{"In one of these photos the otter sleeps."}},
		{"a time before the noun",
			[]string{"Rell says this week's clip was filmed in Velmora."},
			[]string{"Rell says this week's clip was filmed in Velmora."}},
		{"number does not agree",
			[]string{"Varga said these photo albums are lost."},
			[]string{"Varga said these photo albums are lost."}},
		{"page button",
			[]string{"Buy this photo Tarnwick ferries will sail again on Monday."},
			[]string{"Buy this photo Tarnwick ferries will sail again on Monday."}},
		{"the writer's own post",
			[]string{"The tide tables in this post come from the harbour board."},
			[]string{"The tide tables in this post come from the harbour board."}},
		{"a judgement on the thing",
			[]string{"In a race this close, this image should be seen as a smear."},
			[]string{"In a race this close, this image should be seen as a smear."}},
		{"a letter's own voice",
			[]string{"On behalf of the rangers we lead, this letter asks for more boats."},
			[]string{"On behalf of the rangers we lead, this letter asks for more boats."}},
		{"a message told before in other words",
			[]string{"The minister reinforced this message on Friday."},
			[]string{"The minister reinforced this message on Friday."}},
		{"a modifier noun",
			[]string{"Varga said this email address was hacked."},
			[]string{"Varga said this email address was hacked."}},
		{"a bare noun closing the sentence",
			[]string{"The new phone has nothing the old one lacked, except for this commercial."},
			[]string{"The new phone has nothing the old one lacked, except for this commercial."}},
		{"no media noun",
			[]string{"The mayor said this tragedy must not happen again."},
			[]string{"The mayor said this tragedy must not happen again."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sum := chorus.Summary{}
			for _, s := range tt.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			introduceMediaDemonstratives(&sum)
			for i, s := range sum.Sentences {
				if s.Text != tt.want[i] {
					t.Errorf("sentence %d:\n got %q\nwant %q", i, s.Text, tt.want[i])
				}
			}
		})
	}
}
