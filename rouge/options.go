package rouge

import (
	"strconv"
	"strings"
)

// Options mirror ROUGE-1.5.5 flags. The zero value means ROUGE-1, ROUGE-2 and
// ROUGE-L, no skip-bigrams, no stemming, stopwords kept, no length limit,
// alpha 0.5 and averaging over references (-f A).
type Options struct {
	MaxN            int     // -n: compute ROUGE-1..ROUGE-MaxN (0 means 2)
	SkipGap         int     // -2: max skip distance for skip-bigrams (0 = no ROUGE-S, negative = unlimited)
	SkipUnigrams    bool    // -U: also compute ROUGE-SU (skip-bigrams plus unigrams); needs SkipGap
	NoLCS           bool    // -x: skip ROUGE-L
	Stem            bool    // -m: original Porter stemmer on tokens longer than 3 bytes
	RemoveStopwords bool    // -s: drop ROUGE's SMART stopwords
	WordLimit       int     // -l: keep only the first WordLimit words of each summary
	ByteLimit       int     // -b: keep only the first ByteLimit bytes of each summary (ignored with WordLimit)
	Alpha           float64 // -p: F weight of precision (0 means 0.5)
	Best            bool    // -f B: score against the best-matching reference instead of -f A
}

func (o Options) maxN() int {
	if o.MaxN <= 0 {
		return 2
	}
	return o.MaxN
}

func (o Options) alpha() float64 {
	if o.Alpha <= 0 || o.Alpha > 1 {
		return 0.5
	}
	return o.Alpha
}

// byteLimit is the effective byte limit: ROUGE refuses both limits, we let
// the word limit win.
func (o Options) byteLimit() int {
	if o.WordLimit > 0 {
		return 0
	}
	return o.ByteLimit
}

// Metrics lists the names of the metrics opts computes, in ROUGE's order.
func (o Options) Metrics() []string {
	var names []string
	for n := 1; n <= o.maxN(); n++ {
		names = append(names, NGramName(n))
	}
	if !o.NoLCS {
		names = append(names, "ROUGE-L")
	}
	if o.SkipGap != 0 {
		names = append(names, skipName("S", o.SkipGap))
		if o.SkipUnigrams {
			names = append(names, skipName("SU", o.SkipGap))
		}
	}
	return names
}

// NGramName is the metric name of ROUGE-N, e.g. "ROUGE-2".
func NGramName(n int) string { return "ROUGE-" + strconv.Itoa(n) }

func skipName(kind string, gap int) string {
	if gap < 0 {
		return "ROUGE-" + kind + "*"
	}
	return "ROUGE-" + kind + strconv.Itoa(gap)
}

// Score is one metric's recall, precision and F-measure, fractions in [0,1]
// rounded to 5 decimals as ROUGE-1.5.5 prints them.
type Score struct{ R, P, F float64 }

// Scores maps a metric name ("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-S4",
// "ROUGE-SU4", ...) to its score.
type Scores map[string]Score

// round5 rounds like Perl's sprintf("%7.5f"): correctly rounded decimal.
func round5(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	return v
}

// newScore turns hit and total counts into a rounded Score the way
// ROUGE-1.5.5 does: F comes from the already rounded R and P.
func newScore(hit, modelTotal, peerTotal, alpha float64) Score {
	var s Score
	if modelTotal != 0 {
		s.R = round5(hit / modelTotal)
	}
	if peerTotal != 0 {
		s.P = round5(hit / peerTotal)
	}
	den := float64((1-alpha)*s.P) + float64(alpha*s.R)
	if den > 0 {
		s.F = round5(float64(s.P*s.R) / den)
	}
	return s
}

// metricRank orders metric names as ROUGE prints them.
func metricRank(name string) (int, int) {
	rest, ok := strings.CutPrefix(name, "ROUGE-")
	if !ok {
		return 3, 0
	}
	if n, err := strconv.Atoi(rest); err == nil {
		return 0, n
	}
	if rest == "L" {
		return 1, 0
	}
	return 2, 0
}

func compareMetrics(a, b string) int {
	ga, na := metricRank(a)
	gb, nb := metricRank(b)
	if ga != gb {
		return ga - gb
	}
	if na != nb {
		return na - nb
	}
	return strings.Compare(a, b)
}
