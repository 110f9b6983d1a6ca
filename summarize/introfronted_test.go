package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestIntroduceFrontedThings: an opening "In the video," (an interview, a
// deal) that no sentence above tells of takes "a" or "an"; one told above
// in other words, one a later sentence names, a pinning modifier, a noun
// no "a" goes with and a noun off the list are left.
func TestIntroduceFrontedThings(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []string
		want []string
	}{
		{"body video", []string{
			"A Brellin ferry captain was fired on Monday.",
			"In the video, the captain shouts at a passenger.",
		}, []string{
			"A Brellin ferry captain was fired on Monday.",
			"In a video, the captain shouts at a passenger.",
		}},
		{"lead interview", []string{
			"During the hour-long interview, Odile Farrant spoke of the harbour.",
		}, []string{
			"During an hour-long interview, Odile Farrant spoke of the harbour.",
		}},
		{"initialism", []string{
			"Tolls rose again.",
			"In the NBC interview, the mayor defended them.",
		}, []string{
			"Tolls rose again.",
			"In an NBC interview, the mayor defended them.",
		}},
		{"deal", []string{
			"The Velmora mill will close.",
			"Under the agreement, workers keep a year's pay.",
		}, []string{
			"The Velmora mill will close.",
			"Under an agreement, workers keep a year's pay.",
		}},
		{"kin above", []string{
			"Passengers filmed the captain on the ferry.",
			"In the video, the captain shouts at a passenger.",
		}, nil},
		{"told above", []string{
			"Farrant told a local paper the harbour is failing.",
			"In the interview, she blamed the tolls.",
		}, nil},
		{"later names", []string{
			"In the video, the captain shouts at a passenger.",
			"The video was posted on Sunday.",
		}, nil},
		{"pinned", []string{
			"Tolls rose again.",
			"In the same interview, the mayor defended them.",
		}, nil},
		{"mass noun", []string{
			"Tolls rose again.",
			"Under the legislation, tolls would fall.",
		}, nil},
		{"idiom", []string{
			"Tolls rose again.",
			"In the meantime, drivers pay more.",
		}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sum := chorus.Summary{}
			for _, s := range tt.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			introduceFrontedThings(&sum)
			want := tt.want
			if want == nil {
				want = tt.in
			}
			var got []string
			for _, s := range sum.Sentences {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}
