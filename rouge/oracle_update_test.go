package rouge

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nistUpdate is NIST's DUC 2007 update-task evaluation: the peers' summaries,
// the models, and the jackknifed ROUGE-1.5.5 output.
type nistUpdate struct {
	peers  map[string]map[string][]string // system → cluster ("D0703-A") → sentences
	models map[string]map[string][]string // cluster → annotator → sentences
	letter map[string]string              // cluster → NIST's topic letter ("D0703-A" → "A")
	// evals maps system → "EVALID.SYSTEM" → metric → R, P, F.
	evals map[string]map[string]map[string][3]float64
	// averages maps system → metric → R, P, F → mean, low, high.
	averages map[string]map[string]map[string][3]float64
}

// nistCluster turns a dataset set id ("D0703A-B": topic D0703, NIST's topic
// letter A, set B) into NIST's cluster name ("D0703-B").
func nistCluster(id string) string {
	topic, set, ok := strings.Cut(id, "-")
	if !ok || len(topic) < 2 {
		return id
	}
	return topic[:len(topic)-1] + "-" + set
}

func loadNISTUpdate(t testing.TB) *nistUpdate {
	t.Helper()
	dir := filepath.Join(dataDir(t), "duc2007")
	d := &nistUpdate{
		peers:    map[string]map[string][]string{},
		models:   map[string]map[string][]string{},
		letter:   map[string]string{},
		evals:    map[string]map[string]map[string][3]float64{},
		averages: map[string]map[string]map[string][3]float64{},
	}
	readJSONL(t, filepath.Join(dir, "duc2007_update_peers.jsonl.gz"), func(line []byte) error {
		var v struct {
			System, Cluster string
			Sentences       []string
		}
		if err := json.Unmarshal(line, &v); err != nil {
			return err
		}
		if d.peers[v.System] == nil {
			d.peers[v.System] = map[string][]string{}
		}
		d.peers[v.System][v.Cluster] = v.Sentences
		return nil
	})
	readJSONL(t, filepath.Join(dir, "duc2007_update.jsonl.gz"), func(line []byte) error {
		var v struct {
			ID         string   `json:"id"`
			References []string `json:"references"`
			Annotators []string `json:"reference_annotators"`
		}
		if err := json.Unmarshal(line, &v); err != nil {
			return err
		}
		if len(v.References) != len(v.Annotators) {
			return fmt.Errorf("%s: %d references, %d annotators", v.ID, len(v.References), len(v.Annotators))
		}
		m := map[string][]string{}
		for i, ref := range v.References {
			for _, s := range strings.Split(ref, "\n") {
				if s = strings.TrimSpace(s); s != "" {
					m[v.Annotators[i]] = append(m[v.Annotators[i]], s)
				}
			}
		}
		d.models[nistCluster(v.ID)] = m
		if topic, _, ok := strings.Cut(v.ID, "-"); ok && topic != "" {
			d.letter[nistCluster(v.ID)] = topic[len(topic)-1:]
		}
		return nil
	})
	d.readOutput(t, filepath.Join(dir, "duc2007_update_rougejk.m.out.gz"))
	return d
}

// readOutput parses ROUGE-1.5.5 -a -d output: "SYS METRIC Eval ID R:r P:p
// F:f" lines and "SYS METRIC Average_X: v (95%-conf.int. lo - hi)" lines.
func (d *nistUpdate) readOutput(t testing.TB, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("oracle data absent: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("cannot read %s: %v", path, err)
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 7 && fields[2] == "Eval":
			var v [3]float64
			if _, err := fmt.Sscanf(strings.Join(fields[4:], " "), "R:%f P:%f F:%f", &v[0], &v[1], &v[2]); err != nil {
				t.Fatalf("cannot parse %q: %v", sc.Text(), err)
			}
			sys, metric := fields[0], fields[1]
			if d.evals[sys] == nil {
				d.evals[sys] = map[string]map[string][3]float64{}
			}
			if d.evals[sys][fields[3]] == nil {
				d.evals[sys][fields[3]] = map[string][3]float64{}
			}
			d.evals[sys][fields[3]][metric] = v
		case len(fields) == 8 && strings.HasPrefix(fields[2], "Average_"):
			var v [3]float64
			if _, err := fmt.Sscanf(strings.Join(fields[3:], " "), "%f (95%%-conf.int. %f - %f)", &v[0], &v[1], &v[2]); err != nil {
				t.Fatalf("cannot parse %q: %v", sc.Text(), err)
			}
			sys, metric, comp := fields[0], fields[1], strings.TrimSuffix(strings.TrimPrefix(fields[2], "Average_"), ":")
			if d.averages[sys] == nil {
				d.averages[sys] = map[string]map[string][3]float64{}
			}
			if d.averages[sys][metric] == nil {
				d.averages[sys][metric] = map[string][3]float64{}
			}
			d.averages[sys][metric][comp] = v
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("cannot read %s: %v", path, err)
	}
}

// TestOfficialUpdateJackknife reproduces NIST's jackknifed ROUGE-1.5.5 run
// on the DUC 2007 update task (-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A
// -p 0.5 -t 0 -a -d): for every peer (24 systems and the 10 assessors) and
// every evaluation (a cluster with one model left out, the others as
// references), R, P and F of ROUGE-1..4, -L and -SU4; and each peer's
// averages with their 95% bootstrap intervals. ROUGE-W-1.2, also in the
// output, is not implemented by this package and is not compared. The
// evaluation "D0703-A.M.100.A-C" scores a peer's summary of set D0703-A
// against models A, D and J; for a system it is one of Jackknife's scores,
// and an assessor is a peer only in the evaluation that leaves it out.
func TestOfficialUpdateJackknife(t *testing.T) {
	d := loadNISTUpdate(t)
	opts := Options{MaxN: 4, SkipGap: 4, SkipUnigrams: true, Stem: true}
	metrics := []string{"ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-SU4"}
	var total, bad int
	check := func(what string, got, want float64) {
		total++
		if !same(got, want) {
			bad++
			if bad <= 20 {
				t.Errorf("%s: got %.5f, want %.5f", what, got, want)
			}
		}
	}
	for _, system := range sortedKeys(d.evals) {
		var scores []Scores
		for _, id := range sortedKeys(d.evals[system]) {
			// "D0703-A.M.100.A-C.35": cluster D0703-A, model C left out.
			evalID := strings.TrimSuffix(id, "."+system)
			cluster, _, _ := strings.Cut(evalID, ".")
			left := evalID[strings.LastIndex(evalID, "-")+1:]
			models := d.models[cluster]
			peer, ok := d.peers[system][cluster]
			if len(models) == 0 || !ok {
				t.Fatalf("%s: no models or no peer summary for %s", id, cluster)
			}
			var refs [][]string
			for _, a := range sortedKeys(models) {
				if a != left {
					refs = append(refs, models[a])
				}
			}
			got := Evaluate(peer, refs, opts)
			scores = append(scores, got)
			for _, m := range metrics {
				want := d.evals[system][id][m]
				g := got[m]
				check(id+" "+m+" R", g.R, want[0])
				check(id+" "+m+" P", g.P, want[1])
				check(id+" "+m+" F", g.F, want[2])
			}
		}
		agg := Bootstrap(scores, 1000, 95, 0)
		for _, m := range metrics {
			iv := agg[m]
			for comp, got := range map[string][3]float64{
				"R": {iv.Mean.R, iv.Low.R, iv.High.R},
				"P": {iv.Mean.P, iv.Low.P, iv.High.P},
				"F": {iv.Mean.F, iv.Low.F, iv.High.F},
			} {
				want, ok := d.averages[system][m][comp]
				if !ok {
					t.Fatalf("%s %s Average_%s missing from the output", system, m, comp)
				}
				for i, part := range []string{"mean", "low", "high"} {
					check(fmt.Sprintf("%s %s average %s %s", system, m, comp, part), got[i], want[i])
				}
			}
		}
	}
	t.Logf("%d of %d official values reproduced (%d peers)", total-bad, total, len(d.evals))
	if total == 0 {
		t.Fatal("no official values compared")
	}
}

// TestUpdateJackknifeMatchesNIST checks Jackknife against NIST's evaluation
// of each system summary: its i-th score is the evaluation that leaves out
// the i-th model in annotator order.
func TestUpdateJackknifeMatchesNIST(t *testing.T) {
	d := loadNISTUpdate(t)
	opts := Options{MaxN: 2, SkipGap: 4, SkipUnigrams: true, Stem: true, NoLCS: true}
	var total, bad int
	for _, system := range []string{"35", "40", "58"} {
		for _, cluster := range sortedKeys(d.peers[system]) {
			annotators := sortedKeys(d.models[cluster])
			var refs [][]string
			for _, a := range annotators {
				refs = append(refs, d.models[cluster][a])
			}
			got := Jackknife(d.peers[system][cluster], refs, opts)
			if len(got) != len(annotators) {
				t.Fatalf("%s %s: %d scores for %d models", system, cluster, len(got), len(annotators))
			}
			for i, a := range annotators {
				id := fmt.Sprintf("%s.M.100.%s-%s.%s", cluster, d.letter[cluster], a, system)
				for _, m := range []string{"ROUGE-2", "ROUGE-SU4"} {
					want, ok := d.evals[system][id][m]
					total++
					if !ok || !same(got[i][m].R, want[0]) {
						bad++
						t.Errorf("%s %s: recall %.5f, want %.5f (found %v)", id, m, got[i][m].R, want[0], ok)
					}
				}
			}
		}
	}
	t.Logf("%d of %d jackknife recalls reproduced", total-bad, total)
}
