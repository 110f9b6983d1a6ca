package dispute

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// judged is one dispute of a blind packet with its readers' verdict.
type judged struct {
	id      string
	dataset string // from the key: "val", "train", "test", "duc2003", ...
	d       chorus.Dispute
	ok      bool // both readers: real and correctly paired
}

var claimLine = regexp.MustCompile(`^- claim \(sources \[([0-9, ]*)\](?:, speaker: ([^)]*))?\): (.*)$`)

// readPacket reads packet NAME from dir: NAME-packet.md, NAME-key.tsv when
// there is one (the topics), NAME-judge-1.tsv and -2.tsv.
func readPacket(dir, name string) ([]judged, error) {
	f, err := os.Open(filepath.Join(dir, name+"-packet.md"))
	if err != nil {
		return nil, fmt.Errorf("cannot open packet: %w", err)
	}
	defer f.Close()
	var out []judged
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if id, ok := strings.CutPrefix(line, "### Dispute "); ok {
			out = append(out, judged{id: strings.TrimSpace(id)})
			continue
		}
		m := claimLine.FindStringSubmatch(line)
		if m == nil || len(out) == 0 {
			continue
		}
		var srcs []int
		for _, s := range strings.Split(m[1], ",") {
			if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
				srcs = append(srcs, n)
			}
		}
		d := &out[len(out)-1].d
		d.Claims = append(d.Claims, chorus.Claim{Text: m[3], Sources: srcs, Speaker: m[2]})
	}
	byID := map[string]int{}
	for i, j := range out {
		byID[j.id] = i
	}
	// A packet without a key (the first) names no topics: a dispute whose
	// last claim holds a verb of denial is taken for a denial.
	for i := range out {
		if cs := out[i].d.Claims; len(cs) > 0 && hasAny(words(cs[len(cs)-1].Text), denyVerbs) {
			out[i].d.Topic = "Denied"
		}
	}
	if b, err := os.ReadFile(filepath.Join(dir, name+"-key.tsv")); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			p := strings.Split(l, "\t")
			if i, ok := byID[p[0]]; ok && len(p) >= 5 {
				out[i].d.Topic = p[4]
				out[i].dataset = p[2]
			}
		}
	}
	yes := map[string]int{}
	for _, r := range []string{"-judge-1.tsv", "-judge-2.tsv"} {
		b, err := os.ReadFile(filepath.Join(dir, name+r))
		if err != nil {
			return nil, fmt.Errorf("cannot read judgements: %w", err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			p := strings.Split(l, "\t")
			if len(p) >= 3 && p[1] == "yes" && p[2] == "yes" {
				yes[p[0]]++
			}
		}
	}
	for i := range out {
		out[i].ok = yes[out[i].id] == 2
	}
	return out, sc.Err()
}

// fit returns the weights of an L2-regularised logistic regression (the
// bias unpenalised) by gradient descent.
func fit(xs [][nFeatures]float64, ys []bool, lambda float64) [nFeatures]float64 {
	var w [nFeatures]float64
	n := float64(len(xs))
	for it := 0; it < 4000; it++ {
		var g [nFeatures]float64
		for i, x := range xs {
			p := confidence(x, w)
			y := 0.0
			if ys[i] {
				y = 1
			}
			for k := range x {
				g[k] += (p - y) * x[k] / n
			}
		}
		for k := 1; k < nFeatures; k++ {
			g[k] += lambda * w[k] / n
		}
		for k := range w {
			w[k] -= 0.5 * g[k]
		}
	}
	return w
}

// precisionAt returns how many of the scores at or above t are positive,
// and how many there are.
func precisionAt(ps []float64, ys []bool, t float64) (pos, shown int) {
	for i, p := range ps {
		if p >= t {
			shown++
			if ys[i] {
				pos++
			}
		}
	}
	return pos, shown
}

// packets are the blind packets, in the order they were judged.
var packets = []string{"disputes", "disputes2", "disputes3", "disputes4", "disputes5", "disputes6", "disputes7"}

// testSets are the datasets of the packets' items that are test sets:
// their judgements are reported once and never fitted on (packet 6 holds
// Multi-News test and DUC 2004 clusters).
var testSets = map[string]bool{"test": true, "duc2004": true}

// TestFitScore fits the confidence model on the judged disputes of all
// blind packets that the rules do not veto, and reports, for each packet
// held out in turn, the precision at each threshold of a model fitted on
// the others (cross-validation by round), and for each packet after the
// second, that of a model fitted on the packets before it only (as the
// rounds were run). It runs only with CHORUS_DISPUTE_PACKETS naming the
// folder of the packets and their judgements (which are not in the
// repository).
func TestFitScore(t *testing.T) {
	dir := os.Getenv("CHORUS_DISPUTE_PACKETS")
	if dir == "" {
		t.Skip("CHORUS_DISPUTE_PACKETS not set")
	}
	var xs [][nFeatures]float64
	var ys []bool
	var round []int
	var ids []string
	for r, name := range packets {
		js, err := readPacket(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		npos, kept, kpos := 0, 0, 0
		js = slices.DeleteFunc(js, func(j judged) bool { return testSets[j.dataset] })
		for _, j := range js {
			if j.ok {
				npos++
			}
			if vetoed(j.d) {
				if os.Getenv("CHORUS_DISPUTE_VERBOSE") != "" {
					t.Logf("vetoed: %s %s positive=%v", name, j.id, j.ok)
				}
				continue
			}
			kept++
			if j.ok {
				kpos++
			}
			xs = append(xs, features(j.d))
			ys = append(ys, j.ok)
			round = append(round, r)
			ids = append(ids, name+" "+j.id)
		}
		t.Logf("packet %s: %d disputes, %d positive (%.0f%%); not vetoed %d, %d positive (%.0f%%); embedded model at %.2f: %s",
			name, len(js), npos, pct(npos, len(js)), kept, kpos, pct(kpos, kept), MinConfidence, shownAt(xs, ys, round, r, scoreWeights, MinConfidence))
	}
	thresholds := []float64{0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}
	for _, lambda := range []float64{1, 3} {
		// Cross-validation by round: each packet scored by a model fitted
		// on the other four.
		cv := make([]float64, len(xs))
		for r := range packets {
			w := fitWithout(xs, ys, round, func(q int) bool { return q == r }, lambda)
			for i := range xs {
				if round[i] == r {
					cv[i] = confidence(xs[i], w)
				}
			}
		}
		if os.Getenv("CHORUS_DISPUTE_VERBOSE") != "" {
			for i := range xs {
				if cv[i] >= 0.7 && !ys[i] {
					t.Logf("lambda %.0f: %s scored %.2f held out, negative", lambda, ids[i], cv[i])
				}
			}
		}
		for _, th := range thresholds {
			var b strings.Builder
			for r := range packets {
				pos, shown := 0, 0
				for i := range xs {
					if round[i] == r && cv[i] >= th {
						shown++
						if ys[i] {
							pos++
						}
					}
				}
				fmt.Fprintf(&b, " %d/%d", pos, shown)
			}
			pos, shown := precisionAt(cv, ys, th)
			t.Logf("lambda %.0f, round held out, threshold %.2f: %d of %d shown positive (%.1f%%); by packet%s", lambda, th, pos, shown, pct(pos, shown), b.String())
		}
		// As the rounds were run: packet r scored by a model fitted on the
		// packets before it.
		for _, th := range thresholds {
			var b strings.Builder
			tp, ts := 0, 0
			for r := 2; r < len(packets); r++ {
				w := fitWithout(xs, ys, round, func(q int) bool { return q >= r }, lambda)
				pos, shown := 0, 0
				for i := range xs {
					if round[i] == r && confidence(xs[i], w) >= th {
						shown++
						if ys[i] {
							pos++
						}
					}
				}
				tp, ts = tp+pos, ts+shown
				fmt.Fprintf(&b, " %d/%d", pos, shown)
			}
			t.Logf("lambda %.0f, forward (packets 3-7), threshold %.2f: %d of %d shown positive (%.1f%%); by packet%s", lambda, th, tp, ts, pct(tp, ts), b.String())
		}
	}
	w := fit(xs, ys, scoreLambda)
	var b strings.Builder
	for k, v := range w {
		fmt.Fprintf(&b, "\t%.2f, // %s\n", v, featureNames[k])
	}
	t.Logf("weights on all %d disputes not vetoed (lambda %.1f):\n%s", len(xs), scoreLambda, b.String())
}

// fitWithout fits the model on the disputes whose round out rejects.
func fitWithout(xs [][nFeatures]float64, ys []bool, round []int, out func(int) bool, lambda float64) [nFeatures]float64 {
	var txs [][nFeatures]float64
	var tys []bool
	for i := range xs {
		if !out(round[i]) {
			txs = append(txs, xs[i])
			tys = append(tys, ys[i])
		}
	}
	return fit(txs, tys, lambda)
}

// shownAt reports how many of round r's disputes weights w show at
// threshold th, and how many of those are positive.
func shownAt(xs [][nFeatures]float64, ys []bool, round []int, r int, w [nFeatures]float64, th float64) string {
	pos, shown := 0, 0
	for i := range xs {
		if round[i] == r && confidence(xs[i], w) >= th {
			shown++
			if ys[i] {
				pos++
			}
		}
	}
	return fmt.Sprintf("%d of %d shown positive (%.0f%%)", pos, shown, pct(pos, shown))
}

func pct(a, b int) float64 { return 100 * float64(a) / math.Max(1, float64(b)) }
