package summarize

import (
	"errors"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/input"
)

// TestBudgetHeld checks the contract of an explicit budget on the invented
// quake of examples/quake: at every word budget from 5 to 160 and every
// sentence budget from 1 to 6, the reader's summary holds at most that many
// words (counted as the reader gets them) or sentences, or the budget is
// refused with chorus.ErrBudgetTooSmall; never more.
func TestBudgetHeld(t *testing.T) {
	t.Parallel()
	arts, _, err := input.ReadPath("../examples/quake", input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	check := func(opts chorus.Options) {
		sum, err := Summarize(arts, opts)
		if errors.Is(err, chorus.ErrBudgetTooSmall) {
			return
		}
		if err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
		n := 0
		for _, s := range sum.Sentences {
			n += countWords(s.Text)
		}
		if n != sum.Words {
			t.Errorf("%+v: Words = %d, the sentences hold %d", opts, sum.Words, n)
		}
		if opts.Words > 0 && n > opts.Words {
			t.Errorf("%+v: %d words", opts, n)
		}
		if opts.Sentences > 0 && len(sum.Sentences) > opts.Sentences {
			t.Errorf("%+v: %d sentences", opts, len(sum.Sentences))
		}
	}
	for w := 5; w <= 160; w++ {
		check(chorus.Options{Words: w})
	}
	for s := 1; s <= 6; s++ {
		check(chorus.Options{Sentences: s})
	}
}

// TestBudgetHeldValidation checks the same contract on the first 1,000
// clusters of Multi-News validation at 40 words and at 2 sentences, where
// without keepWithinBudget the writing rules took 129 of the 2,000
// summaries over their budget. It skips without the data.
func TestBudgetHeldValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1,000 clusters")
	}
	dir, err := dataset.Dir()
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	over := 0
	err = dataset.Read(dir, "multinews-val", 1000, func(ex dataset.Example) error {
		for _, opts := range []chorus.Options{{Words: 40}, {Sentences: 2}} {
			sum, err := Summarize(ex.Cluster.Articles, opts)
			if err != nil {
				continue // no usable text, or the budget refused
			}
			if opts.Words > 0 && sum.Words > opts.Words || opts.Sentences > 0 && len(sum.Sentences) > opts.Sentences {
				over++
			}
		}
		return nil
	})
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	if over > 0 {
		t.Errorf("%d summaries over their budget", over)
	}
}
