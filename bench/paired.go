package bench

import (
	"github.com/chorusnews/chorus/rouge"
)

// Paired is one row of a table against its first row (Row.Paired) over
// the same evaluations: both systems summarized the same clusters and were
// scored against the same references, each left out in turn when
// jackknifed. Two systems' intervals can overlap widely while one of them
// scores higher on most clusters: the interval of their difference, drawn
// from the same resamples of evaluations, is the narrower test (on 40
// update sets with one or two hand-written references each, each system's
// 95% interval is about 2.3 points of ROUGE-2 wide, the paired one about
// 1.5).
type Paired struct {
	// Against is the first row's system.
	Against string `json:"against"`
	// R maps each reported measure to this row's recall minus the first
	// row's, ×100, with its 95% bootstrap interval.
	R map[string]Difference `json:"R"`
	// Higher and Lower count the clusters on which this row's mean recall
	// of the first reported measure (ROUGE-2 on DUC) is above or below the
	// first row's; the rest are equal.
	Higher int `json:"higher"`
	Lower  int `json:"lower"`
}

// Difference is a recall difference ×100 with its bootstrap interval.
type Difference struct {
	Delta float64 `json:"delta"`
	Low   float64 `json:"low"`
	High  float64 `json:"high"`
}

// paired compares row with first over their common evaluations, resampled
// as the rows' own intervals are (opts.Resamples, opts.Seed). It returns
// nil when the two did not score the same clusters the same number of
// times (they always do within one Run).
func paired(row, first *Row, metrics []string, opts Options) *Paired {
	if len(row.evals) == 0 || len(row.evals) != len(first.evals) || len(metrics) == 0 {
		return nil
	}
	p := &Paired{Against: first.System, R: map[string]Difference{}}
	var diffs []rouge.Scores
	for i, evals := range row.evals {
		base := first.evals[i]
		if len(evals) != len(base) || row.clusters[i] != first.clusters[i] {
			return nil
		}
		sum := 0.0
		for j, e := range evals {
			d := rouge.Scores{}
			for _, m := range metrics {
				d[m] = rouge.Score{R: e[m].R - base[j][m].R}
			}
			diffs = append(diffs, d)
			sum += d[metrics[0]].R
		}
		switch {
		case sum > 1e-9:
			p.Higher++
		case sum < -1e-9:
			p.Lower++
		}
	}
	ivs := rouge.Bootstrap(diffs, opts.Resamples, 95, opts.Seed)
	for _, m := range metrics {
		iv := ivs[m]
		p.R[m] = Difference{Delta: pct(iv.Mean.R), Low: pct(iv.Low.R), High: pct(iv.High.R)}
	}
	return p
}
