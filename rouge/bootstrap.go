package rouge

import (
	"slices"
	"sort"
)

// Interval is a bootstrap confidence interval for a metric's R, P and F means.
// Mean is the mean of the resampled means, which is the average ROUGE-1.5.5
// prints; Low and High bound the confidence interval.
type Interval struct{ Mean, Low, High Score }

// Bootstrap returns, per metric, ROUGE-1.5.5-style bootstrap confidence
// intervals of the mean over clusters: resamples times it draws len(perCluster)
// clusters with replacement, averages them, and reads the interval off the
// sorted averages (confidence in percent, e.g. 95). Resample i draws its
// random numbers from Perl's drand48 seeded with seed+i, so seed 0 reproduces
// ROUGE-1.5.5 exactly when perCluster is in ROUGE's order (sorted by
// "clusterID.systemID" as strings). With resamples <= 0 it returns the plain
// means. R, P and F are resampled separately, F is not recomputed from R and P.
func Bootstrap(perCluster []Scores, resamples int, confidence float64, seed int64) map[string]Interval {
	names := map[string]bool{}
	for _, s := range perCluster {
		for name := range s {
			names[name] = true
		}
	}
	out := make(map[string]Interval, len(names))
	vals := make([][3]float64, len(perCluster))
	for name := range names {
		for i, s := range perCluster {
			v := s[name]
			vals[i] = [3]float64{v.R, v.P, v.F}
		}
		out[name] = bootstrapMetric(vals, resamples, confidence, seed)
	}
	return out
}

func bootstrapMetric(vals [][3]float64, resamples int, confidence float64, seed int64) Interval {
	n := len(vals)
	if resamples <= 0 || n == 0 {
		var sum [3]float64
		for _, v := range vals {
			for c := range sum {
				sum[c] += v[c]
			}
		}
		var m [3]float64
		if n > 0 {
			for c := range m {
				m[c] = round5(sum[c] / float64(n))
			}
		}
		s := Score{m[0], m[1], m[2]}
		return Interval{Mean: s, Low: s, High: s}
	}
	samples := [3][]float64{make([]float64, resamples), make([]float64, resamples), make([]float64, resamples)}
	var rng drand48
	for i := 0; i < resamples; i++ {
		rng.seed(uint32(seed + int64(i)))
		var sum [3]float64
		for j := 0; j < n; j++ {
			v := vals[int(float64(n)*rng.next())]
			if j == 0 {
				sum = v
				continue
			}
			for c := range sum {
				sum[c] += v[c]
			}
		}
		for c := range sum {
			samples[c][i] = sum[c] / float64(n)
		}
	}
	delta := float64(resamples) * ((100 - confidence) / 2.0) / 100.0
	ciUa := int(float64(resamples) - delta - 1)
	ciLa := int(delta)
	ciR := float64(resamples) - delta - 1 - float64(ciUa)
	var mean, low, high [3]float64
	for c := range samples {
		a := samples[c]
		sort.Float64s(a)
		sum := 0.0
		for _, x := range a {
			sum += x
		}
		mean[c] = round5(sum / float64(resamples))
		low[c] = round5(at(a, ciLa) + (at(a, ciLa+1)-at(a, ciLa))*ciR)
		high[c] = round5(at(a, ciUa) + (at(a, ciUa+1)-at(a, ciUa))*ciR)
	}
	return Interval{
		Mean: Score{mean[0], mean[1], mean[2]},
		Low:  Score{low[0], low[1], low[2]},
		High: Score{high[0], high[1], high[2]},
	}
}

// at is a[i], or 0 out of range as Perl reads a missing array element.
func at(a []float64, i int) float64 {
	if i < 0 || i >= len(a) {
		return 0
	}
	return a[i]
}

// drand48 is Perl's random number generator (since 5.20, and the C library's
// on Linux before): a 48-bit linear congruential generator.
type drand48 uint64

func (d *drand48) seed(s uint32) { *d = drand48(0x330E + uint64(s)<<16) }

func (d *drand48) next() float64 {
	*d = (*d*0x5DEECE66D + 0xB) & (1<<48 - 1)
	return float64(*d) / (1 << 48)
}

// SortedMetrics returns the metric names of m in ROUGE's print order:
// ROUGE-N by n, then ROUGE-L, then the rest by name.
func SortedMetrics[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	slices.SortFunc(names, compareMetrics)
	return names
}
