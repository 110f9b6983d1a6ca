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
	id string
	d  chorus.Dispute
	ok bool // both readers: real and correctly paired
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
	if b, err := os.ReadFile(filepath.Join(dir, name+"-key.tsv")); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			p := strings.Split(l, "\t")
			if i, ok := byID[p[0]]; ok && len(p) >= 5 {
				out[i].d.Topic = p[4]
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

// TestFitScore fits the confidence model on blind packets 1 and 2 and
// chooses its threshold by leave-one-out cross-validation; with
// CHORUS_DISPUTE_HELDOUT=1 it also scores packet 3 with the embedded
// weights. It runs only with CHORUS_DISPUTE_PACKETS naming the folder of
// the packets and their judgements (which are not in the repository).
func TestFitScore(t *testing.T) {
	dir := os.Getenv("CHORUS_DISPUTE_PACKETS")
	if dir == "" {
		t.Skip("CHORUS_DISPUTE_PACKETS not set")
	}
	var dev []judged
	for _, name := range []string{"disputes", "disputes2"} {
		js, err := readPacket(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		dev = append(dev, js...)
	}
	xs := make([][nFeatures]float64, len(dev))
	ys := make([]bool, len(dev))
	npos, nden := 0, 0
	for i, j := range dev {
		xs[i], ys[i] = features(j.d), j.ok
		if j.ok {
			npos++
		}
		if xs[i][fDenial] == 1 {
			nden++
		}
	}
	t.Logf("development: %d disputes, %d positive (%.0f%%), %d denials", len(dev), npos, 100*float64(npos)/float64(len(dev)), nden)
	for _, lambda := range []float64{1, 3} {
		cv := make([]float64, len(dev))
		for i := range dev {
			txs := slices.Delete(slices.Clone(xs), i, i+1)
			tys := slices.Delete(slices.Clone(ys), i, i+1)
			cv[i] = confidence(xs[i], fit(txs, tys, lambda))
		}
		for _, th := range []float64{0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85} {
			pos, shown := precisionAt(cv, ys, th)
			t.Logf("lambda %.1f LOO threshold %.2f: %d of %d shown positive (%.1f%%)", lambda, th, pos, shown, 100*float64(pos)/math.Max(1, float64(shown)))
		}
	}
	w := fit(xs, ys, scoreLambda)
	var b strings.Builder
	for k, v := range w {
		fmt.Fprintf(&b, "\t%.2f, // %s\n", v, featureNames[k])
	}
	t.Logf("weights (lambda %.1f):\n%s", scoreLambda, b.String())
	if os.Getenv("CHORUS_DISPUTE_HELDOUT") != "1" {
		return
	}
	held, err := readPacket(dir, "disputes3")
	if err != nil {
		t.Fatal(err)
	}
	var ps []float64
	var hy []bool
	for _, j := range held {
		ps = append(ps, Confidence(j.d))
		hy = append(hy, j.ok)
	}
	pos, shown := precisionAt(ps, hy, MinConfidence)
	all, _ := precisionAt(ps, hy, -1)
	t.Logf("held-out packet 3: %d of %d disputes positive before; %d of %d shown at %.2f positive (%.1f%%)", all, len(held), pos, shown, MinConfidence, 100*float64(pos)/math.Max(1, float64(shown)))
}
