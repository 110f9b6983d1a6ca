package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestIntroduceStudyOpenings: an opening study or its makers that no
// sentence above tells of are introduced; one told above, a possessive,
// a report, or a study a later sentence introduces are left.
func TestIntroduceStudyOpenings(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []string
		want []string
	}{
		{"body study", []string{
			"Ferries in Brellin run late most winter mornings.",
			"The study timed 4,000 crossings over two years.",
		}, []string{
			"Ferries in Brellin run late most winter mornings.",
			"A study timed 4,000 crossings over two years.",
		}},
		{"in the study", []string{
			"Commuters lose an hour a week.",
			"In the new study, riders kept diaries.",
		}, []string{
			"Commuters lose an hour a week.",
			"In a new study, riders kept diaries.",
		}},
		{"an analysis", []string{
			"Harbour fees rose again.",
			"The analysis found fees doubled since 2010.",
		}, []string{
			"Harbour fees rose again.",
			"An analysis found fees doubled since 2010.",
		}},
		{"lead with a clause", []string{
			"The study, by a Velmora college, counted 300 gulls.",
		}, []string{
			"A study, by a Velmora college, counted 300 gulls.",
		}},
		{"researchers", []string{
			"Gulls nest later than they did.",
			"The researchers counted 300 nests.",
		}, []string{
			"Gulls nest later than they did.",
			"Researchers counted 300 nests.",
		}},
		{"authors of the study", []string{
			"Gulls nest later than they did.",
			"The authors of the study counted 300 nests.",
		}, []string{
			"Gulls nest later than they did.",
			"The authors of a study counted 300 nests.",
		}},
		{"told above", []string{
			"Scientists at a Velmora college counted gulls.",
			"The study found 300 nests.",
			"The researchers said more would come.",
		}, nil},
		{"tests above", []string{
			"Tests of wells in Brellin found salt.",
			"The survey was printed on Monday.",
		}, nil},
		{"pinned makers", []string{
			"Gulls nest later than they did.",
			"The scientists who counted the nests left on Monday.",
		}, nil},
		{"investigators above", []string{
			"Investigators found gulls nest later.",
			"The study counted 300 nests.",
		}, nil},
		{"possessive", []string{
			"Gulls nest later than they did.",
			"The study's authors counted 300 nests.",
			"The researchers' count was 300.",
		}, nil},
		{"report left", []string{
			"Gulls nest later than they did.",
			"The report counted 300 nests.",
		}, nil},
		{"later introduction", []string{
			"Gulls nest later than they did.",
			"The study counted 300 nests.",
			"A new study published in May finds gulls move north.",
		}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sum := chorus.Summary{}
			for _, s := range tt.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
				sum.Words += countWords(s)
			}
			introduceStudyOpenings(&sum)
			want := tt.want
			if want == nil {
				want = tt.in
			}
			words := 0
			for i, s := range sum.Sentences {
				if s.Text != want[i] {
					t.Errorf("sentence %d = %q, want %q", i, s.Text, want[i])
				}
				words += countWords(s.Text)
			}
			if sum.Words != words {
				t.Errorf("Words = %d, want %d", sum.Words, words)
			}
		})
	}
}
