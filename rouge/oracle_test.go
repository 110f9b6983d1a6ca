package rouge

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/chorusnews/chorus/internal/datadir"
)

// dataDir locates the shared evaluation data: $CHORUS_DATA, or ../shared/data
// next to the directory holding go.mod. It skips the test when absent.
func dataDir(t testing.TB) string {
	t.Helper()
	d, err := datadir.Find()
	if err != nil {
		t.Skipf("evaluation data absent: %v", err)
	}
	return d
}

// sumRepo is the DUC 2004 SumRepo oracle data.
type sumRepo struct {
	systems  map[string]map[string][]string // system → cluster → sentences
	refs     map[string][][]string          // cluster → references
	official struct {
		PerCluster map[string]map[string]map[string]map[string]float64 `json:"per_cluster"`
		Aggregate  map[string]map[string]float64                       `json:"systems_aggregate"`
	}
}

func readJSONL(t testing.TB, path string, each func(line []byte) error) {
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
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if err := each(sc.Bytes()); err != nil {
			t.Fatalf("cannot parse %s: %v", path, err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("cannot read %s: %v", path, err)
	}
}

func loadSumRepo(t testing.TB) *sumRepo {
	t.Helper()
	dir := filepath.Join(dataDir(t), "duc2004")
	d := &sumRepo{systems: map[string]map[string][]string{}, refs: map[string][][]string{}}
	readJSONL(t, filepath.Join(dir, "sumrepo_systems.jsonl.gz"), func(line []byte) error {
		var v struct {
			System, Cluster string
			Sentences       []string
		}
		if err := json.Unmarshal(line, &v); err != nil {
			return err
		}
		if d.systems[v.System] == nil {
			d.systems[v.System] = map[string][]string{}
		}
		d.systems[v.System][v.Cluster] = v.Sentences
		return nil
	})
	readJSONL(t, filepath.Join(dir, "sumrepo_references.jsonl.gz"), func(line []byte) error {
		var v struct {
			Cluster    string
			References []struct{ Sentences []string }
		}
		if err := json.Unmarshal(line, &v); err != nil {
			return err
		}
		for _, r := range v.References {
			d.refs[v.Cluster] = append(d.refs[v.Cluster], r.Sentences)
		}
		return nil
	})
	raw, err := os.ReadFile(filepath.Join(dir, "sumrepo_official_rouge.json"))
	if err != nil {
		t.Skipf("oracle data absent: %v", err)
	}
	if err := json.Unmarshal(raw, &d.official); err != nil {
		t.Fatalf("cannot parse official ROUGE output: %v", err)
	}
	return d
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// same compares two 5-decimal values.
func same(a, b float64) bool { return math.Abs(a-b) < 5e-7 }

// TestOfficialROUGE reproduces every per-cluster R, P and F of the official
// ROUGE-1.5.5 run `-n 2 -2 4 -U -m -c 95 -r 1000 -f A -p 0.5 -t 0 -a` on the
// 13 SumRepo systems × 50 DUC 2004 clusters, and each system's averages and
// (through Bootstrap) its printed means.
func TestOfficialROUGE(t *testing.T) {
	d := loadSumRepo(t)
	opts := Options{MaxN: 2, SkipGap: 4, SkipUnigrams: true, Stem: true}
	var total, bad int
	for _, system := range sortedKeys(d.official.PerCluster) {
		perCluster := d.official.PerCluster[system]
		var scores []Scores
		for _, id := range sortedKeys(perCluster) {
			cluster := id[:len(id)-len(system)-1]
			got := Evaluate(d.systems[system][cluster], d.refs[cluster], opts)
			scores = append(scores, got)
			for _, metric := range sortedKeys(perCluster[id]) {
				want := perCluster[id][metric]
				g := got[metric]
				for _, c := range []struct {
					name      string
					got, want float64
				}{{"R", g.R, want["R"]}, {"P", g.P, want["P"]}, {"F", g.F, want["F"]}} {
					total++
					if !same(c.got, c.want) {
						bad++
						if bad <= 20 {
							t.Errorf("%s %s %s: got %.5f, want %.5f", id, metric, c.name, c.got, c.want)
						}
					}
				}
			}
		}
		agg := Bootstrap(scores, 1000, 95, 0)
		for key, want := range d.official.Aggregate[system] {
			var metric, comp string
			fmt.Sscanf(key[len(key)-1:], "%s", &comp)
			metric = key[:len(key)-2]
			m := agg[metric].Mean
			got := map[string]float64{"R": m.R, "P": m.P, "F": m.F}[comp]
			total++
			if !same(got, want) {
				bad++
				t.Errorf("%s average %s: got %.5f, want %.5f", system, key, got, want)
			}
		}
	}
	t.Logf("%d of %d official values reproduced", total-bad, total)
	if total == 0 {
		t.Fatal("no official values compared")
	}
}

// TestSumRepoRecall reproduces the SumRepo recall table (rouge.res, protocol
// -n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a) to 2 decimals.
func TestSumRepoRecall(t *testing.T) {
	d := loadSumRepo(t)
	want := map[string][3]float64{ // ×100, from data/README.md
		"Lead": {31.46, 6.13, 0.62}, "LexRank": {36.00, 7.51, 0.83}, "Centroid": {36.42, 7.98, 1.20},
		"FreqSum": {35.31, 8.12, 1.00}, "TsSum": {35.93, 8.16, 1.03}, "GreedyKL": {38.03, 8.56, 1.27},
		"CLASSY04": {37.71, 9.02, 1.53}, "CLASSY11": {37.21, 9.21, 1.48}, "Submodular": {39.23, 9.37, 1.39},
		"DPP": {39.84, 9.62, 1.57}, "OCCAMS_V": {38.50, 9.75, 1.33}, "RegSum": {38.60, 9.78, 1.62},
		"ICSISumm": {38.44, 9.81, 1.74},
	}
	opts := Options{MaxN: 4, NoLCS: true, Stem: true, WordLimit: 100}
	var total, bad int
	for _, system := range sortedKeys(want) {
		clusters := d.systems[system]
		if len(clusters) == 0 {
			t.Fatalf("system %s missing from the data", system)
		}
		var scores []Scores
		for _, cluster := range sortedKeys(clusters) {
			scores = append(scores, Evaluate(clusters[cluster], d.refs[cluster], opts))
		}
		agg := Bootstrap(scores, 1000, 95, 0)
		for i, metric := range []string{"ROUGE-1", "ROUGE-2", "ROUGE-4"} {
			total++
			// ROUGE prints 5 decimals; the table rounds them ×100 to 2, and a
			// printed 0.09755 may appear as 9.75 or 9.76.
			got := agg[metric].Mean.R * 100
			if math.Abs(got-want[system][i]) > 0.005+1e-9 {
				bad++
				t.Errorf("%s %s recall: got %.3f, want %.2f", system, metric, got, want[system][i])
			}
		}
	}
	t.Logf("%d of %d SumRepo recall figures reproduced", total-bad, total)
}
