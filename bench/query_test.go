package bench

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/rouge"
)

// TestRunQuery runs the duc2006 protocol on one invented topic, the
// wildfire of the summarizer's testdata/query case asked about its cause:
// chorus is given the topic and chorus-generic is not, so their summaries
// differ; with NoQuery neither is, and they are the same.
func TestRunQuery(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "summarize", "testdata", "query", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no invented articles: %v", err)
	}
	type doc struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	line := struct {
		ID         string            `json:"id"`
		Documents  []doc             `json:"documents"`
		References []string          `json:"references"`
		Topic      map[string]string `json:"topic"`
	}{ID: "D0001A", References: []string{"A power line may have started the fire.", "Investigators examined a power line.", "Families may sue the utility.", "The fire's cause is under investigation."},
		Topic: map[string]string{"title": "Cause of the Corvala Valley fire", "narrative": "What do investigators say started the fire, and who may be held responsible?"}}
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		line.Documents = append(line.Documents, doc{ID: "APW1999010" + string(rune('1'+i)) + ".0001", Text: string(b)})
	}
	b, err := json.Marshal(line)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeGz(t, dir, "duc2006/duc2006_main.jsonl.gz", []string{string(b)})
	run := func(noQuery bool) map[string]string {
		got := map[string]string{}
		res, err := Run(context.Background(), Options{Dataset: "duc2006", Dir: dir, Workers: 1, NoQuery: noQuery,
			OnSummary: func(system, _ string, sentences []string) error {
				got[system] = strings.Join(sentences, "\n")
				return nil
			}})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, r := range res.Rows {
			names = append(names, r.System)
		}
		if !slices.Equal(names, []string{"chorus", "chorus-generic", "lead"}) || res.Protocol != "duc2006" || res.Rows[0].MeanWords < 250 {
			t.Fatalf("rows %v, protocol %q, %.0f words: want chorus, chorus-generic and lead under duc2006 at 250 words", names, res.Protocol, res.Rows[0].MeanWords)
		}
		return got
	}
	with := run(false)
	if with["chorus"] == with["chorus-generic"] {
		t.Errorf("chorus and chorus-generic wrote the same summary: the topic did not reach chorus")
	}
	without := run(true)
	if without["chorus"] != without["chorus-generic"] || without["chorus-generic"] != with["chorus-generic"] {
		t.Errorf("with NoQuery, chorus differs from the generic summary")
	}
}

// TestPublishedDUC2006 scores the DUC 2006 participants' own summaries
// under the duc2006 protocol and checks that the system rows of
// PublishedDUC2006 come out (NIST's jackknifed averages, to their five
// decimals), and that those rows are the ones in NIST's average files.
func TestPublishedDUC2006(t *testing.T) {
	dir, err := dataset.Dir()
	if err != nil {
		t.Skipf("evaluation data absent: %v", err)
	}
	peersPath := filepath.Join(dir, "duc2006", "duc2006_peers.jsonl.gz")
	if _, err := os.Stat(peersPath); err != nil {
		t.Skipf("DUC 2006 peers absent: %v", err)
	}
	refs := map[string][][]string{} // NIST's cluster name (D0601) → references
	if err := dataset.Read(dir, "duc2006", 0, func(ex dataset.Example) error {
		refs[ex.Cluster.ID[:len(ex.Cluster.ID)-1]] = ex.References
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]PublishedUpdateRow{}
	for _, row := range PublishedDUC2006 {
		if peer := strings.Fields(strings.Split(row.System, ",")[0])[1]; row.System[:6] == "system" {
			want[peer] = row
		}
	}
	proto, err := ProtocolFor("duc2006")
	if err != nil {
		t.Fatal(err)
	}
	evals := map[string][]rouge.Scores{}
	f, err := os.Open(peersPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReaderSize(zr, 1<<20)
	for {
		line, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var v struct {
				System, Cluster string
				Sentences       []string
			}
			if jerr := json.Unmarshal(line, &v); jerr != nil {
				t.Fatal(jerr)
			}
			if _, ok := want[v.System]; ok {
				evals[v.System] = append(evals[v.System], rouge.Jackknife(v.Sentences, refs[v.Cluster], proto.Options)...)
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	avg := func(name string) map[string]float64 {
		out, err := readNISTAverages(filepath.Join(dir, "duc2006", name))
		if err != nil {
			t.Fatalf("NIST averages absent: %v", err)
		}
		return out
	}
	r2, su4 := avg("duc2006_rouge2.jk.m.avg"), avg("duc2006_rougesu4.jk.m.avg")
	for _, row := range PublishedDUC2006 {
		peer := strings.Fields(strings.Split(row.System, ",")[0])[1]
		if math.Abs(r2[peer]-row.Rouge2) > 1e-9 || math.Abs(su4[peer]-row.RougeSU4) > 1e-9 {
			t.Errorf("%s: %.3f / %.3f, NIST's files say %.3f / %.3f", row.System, row.Rouge2, row.RougeSU4, r2[peer], su4[peer])
		}
	}
	for peer, row := range want {
		if len(evals[peer]) != 200 {
			t.Errorf("peer %s: %d evaluations, want 200 (50 topics x 4 left-out models)", peer, len(evals[peer]))
			continue
		}
		iv := rouge.Bootstrap(evals[peer], 1000, 95, 0)
		r2, su4 := 100*math.Round(iv["ROUGE-2"].Mean.R*1e5)/1e5, 100*math.Round(iv["ROUGE-SU4"].Mean.R*1e5)/1e5
		if math.Abs(r2-row.Rouge2) > 1e-9 || math.Abs(su4-row.RougeSU4) > 1e-9 {
			t.Errorf("%s: ours %.3f / %.3f, NIST's %.3f / %.3f", row.System, r2, su4, row.Rouge2, row.RougeSU4)
		}
	}
}
