package bench

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/rouge"
)

// writeGz writes lines gzip-compressed to dir/name.
func writeGz(t testing.TB, dir, name string, lines []string) {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(strings.Join(lines, "\n") + "\n"))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// events are invented news events: each has a lead fact, details and the
// reference summary's wording.
var events = []struct{ subject, place, action, detail string }{
	{"The harbor ferry", "Port Elm", "sank during a sudden storm", "Divers recovered the engine on Thursday"},
	{"A chemical plant", "Greyford", "caught fire overnight", "Residents were told to keep windows shut"},
	{"The city orchestra", "Lowmarsh", "cancelled its winter season", "Ticket holders will receive refunds"},
	{"A hospital union", "Redcliff", "called a three day strike", "Managers offered a new pay deal"},
	{"The old stone bridge", "Ashwick", "was closed for repairs", "Engineers found cracks in two arches"},
	{"A rare white owl", "Fenby", "was spotted by hikers", "Bird watchers travelled from far away"},
}

// inventedMultiNews writes an invented dataset in the Multi-News format
// (as multinews-val) and returns its directory.
func inventedMultiNews(t testing.TB) string {
	dir := t.TempDir()
	var src, tgt []string
	for i, e := range events {
		filler := "Local officials said more information would follow later in the week. " +
			"The weather forecast for the weekend remained uncertain across the county. "
		a1 := filler + e.subject + " in " + e.place + " " + e.action + " on Monday, officials said. " + e.detail + ", according to local reports."
		a2 := "Reporters gathered outside the town hall early in the morning. NEWLINE_CHAR " + e.detail + " as the investigation continued. " +
			"Witnesses said " + strings.ToLower(e.subject) + " " + e.action + " without warning."
		articles := []string{a1, a2}
		if i%2 == 0 {
			articles = append(articles, "Some people in "+e.place+" said they had expected the news for a long time.")
		}
		src = append(src, strings.Join(articles, " ||||| "))
		tgt = append(tgt, e.subject+" in "+e.place+" "+e.action+" on Monday. "+e.detail+".")
	}
	writeGz(t, dir, "multi-news/val.truncated.src.gz", src)
	writeGz(t, dir, "multi-news/val.truncated.tgt.gz", tgt)
	return dir
}

func run(t *testing.T, opts Options) *Result {
	t.Helper()
	res, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestRunMultiNews(t *testing.T) {
	dir := inventedMultiNews(t)
	var summaries, scored []string
	var leadEvals []rouge.Scores
	progress := 0
	res := run(t, Options{
		Dataset: "multinews-val", Dir: dir, Systems: []string{"lead", "lexrank", "oracle"}, Resamples: 50,
		OnSummary: func(system, cluster string, sentences []string) error {
			summaries = append(summaries, system+"/"+cluster)
			if len(sentences) == 0 {
				t.Errorf("%s/%s: empty summary", system, cluster)
			}
			return nil
		},
		OnScores: func(system, cluster string, evals []rouge.Scores) error {
			if len(evals) != 1 {
				t.Errorf("%s/%s: %d evaluations, want 1", system, cluster, len(evals))
			}
			if system == "lead" {
				leadEvals = append(leadEvals, evals...)
				scored = append(scored, cluster)
			}
			return nil
		},
		Progress: func() { progress++ },
	})
	if res.Clusters != len(events) || len(res.Rows) != 3 {
		t.Fatalf("clusters = %d, rows = %d", res.Clusters, len(res.Rows))
	}
	if progress != 3*len(events) || len(summaries) != 3*len(events) {
		t.Errorf("progress calls = %d, summaries = %d, want %d", progress, len(summaries), 3*len(events))
	}
	if summaries[1] != "lead/multinews-val-1" {
		t.Errorf("summaries out of order: %v", summaries[:3])
	}
	lead, oracle := res.Rows[0], res.Rows[2]
	// The per-cluster scores are what the row's figure is bootstrapped from.
	if len(scored) != len(events) || scored[1] != "multinews-val-1" {
		t.Errorf("lead scores for %v, want every cluster in order", scored)
	} else if got, want := pct(rouge.Bootstrap(leadEvals, 50, 95, 0)["ROUGE-2"].Mean.F), lead.Rouge["ROUGE-2"].F; got != want {
		t.Errorf("per-cluster lead ROUGE-2 F bootstrapped = %.4f, row says %.4f", got, want)
	}
	for _, m := range []string{"ROUGE-1", "ROUGE-2", "ROUGE-SU4"} {
		f := lead.Rouge[m]
		if f.F <= 0 || f.F > 100 || f.FLow > f.F || f.FHigh < f.F {
			t.Errorf("lead %s = %+v", m, f)
		}
		if oracle.Rouge[m].F < lead.Rouge[m].F && m == "ROUGE-2" {
			t.Errorf("oracle %s %.2f below lead %.2f", m, oracle.Rouge[m].F, lead.Rouge[m].F)
		}
	}
	if oracle.Rouge["ROUGE-2"].R < lead.Rouge["ROUGE-2"].R {
		t.Errorf("oracle ROUGE-2 recall %.2f below lead %.2f", oracle.Rouge["ROUGE-2"].R, lead.Rouge["ROUGE-2"].R)
	}
	for _, row := range res.Rows {
		if row.Errors != 0 || row.Seconds <= 0 || row.ClustersPerSecond <= 0 {
			t.Errorf("%s: errors %d, seconds %v, clusters/s %v", row.System, row.Errors, row.Seconds, row.ClustersPerSecond)
		}
	}

	var table bytes.Buffer
	if err := res.WriteTable(&table, false); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(table.String(), "\n")
	header := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "system") })
	if header < 0 || !strings.Contains(lines[header], "ROUGE-SU4 F") || !strings.Contains(lines[header], "clusters/s") {
		t.Fatalf("no header in table:\n%s", table.String())
	}
	for i, sys := range []string{"lead", "lexrank", "oracle"} {
		if f := strings.Fields(lines[header+1+i]); len(f) == 0 || f[0] != sys {
			t.Errorf("table row %d = %q, want system %s", i, lines[header+1+i], sys)
		}
	}

	var js bytes.Buffer
	if err := res.WriteJSON(&js, false); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"dataset", "protocol", "clusters", "rows"} {
		if _, ok := got[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	row := got["rows"].([]any)[0].(map[string]any)
	for _, k := range []string{"system", "rouge", "clusters_per_second", "seconds", "peak_rss_mb"} {
		if _, ok := row[k]; !ok {
			t.Errorf("JSON row lacks %q", k)
		}
	}
	r1 := row["rouge"].(map[string]any)["ROUGE-1"].(map[string]any)
	for _, k := range []string{"R", "P", "F", "F_low", "F_high"} {
		if _, ok := r1[k]; !ok {
			t.Errorf("JSON ROUGE-1 lacks %q", k)
		}
	}
}

func TestDeterministicScores(t *testing.T) {
	dir := inventedMultiNews(t)
	opts := Options{Dataset: "multinews-val", Dir: dir, Systems: []string{"centroid", "mmr"}, Resamples: 50, Limit: 4}
	a, b := run(t, opts), run(t, Options{Workers: 1, Dataset: opts.Dataset, Dir: dir, Systems: opts.Systems, Resamples: 50, Limit: 4})
	if a.Clusters != 4 {
		t.Errorf("limit 4 read %d clusters", a.Clusters)
	}
	for i := range a.Rows {
		for m, f := range a.Rows[i].Rouge {
			if b.Rows[i].Rouge[m] != f {
				t.Errorf("%s %s differs between 2 workers and 1: %+v vs %+v", a.Rows[i].System, m, f, b.Rows[i].Rouge[m])
			}
		}
	}
}

func TestPublishedDUC(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, dir, "duc2004/duc2004_task2.jsonl.gz", []string{
		`{"id": "d1t", "documents": [{"id": "APW20000101.0001", "text": "The harbor ferry sank in a storm on Monday. Divers searched the bay for the engine all week."}, {"id": "NYT20000102.0002", "text": "Divers found the ferry engine on Thursday. The harbor reopened to boats on Friday."}], "references": ["The harbor ferry sank in a storm.\nDivers found the engine on Thursday."], "reference_annotators": ["A"]}`,
	})
	res := run(t, Options{Dataset: "duc2004", Dir: dir, Systems: []string{"lead"}, Resamples: 20})
	var table, js bytes.Buffer
	if err := res.WriteTable(&table, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.String(), "ICSISumm (SumRepo)") || !strings.Contains(table.String(), "ROUGE-4 R") {
		t.Errorf("table lacks the published rows or ROUGE-4 recall:\n%s", table.String())
	}
	if err := res.WriteJSON(&js, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"published"`) {
		t.Errorf("JSON lacks published rows")
	}
	if f := res.Rows[0].Rouge["ROUGE-1"]; f.R <= 0 {
		t.Errorf("lead ROUGE-1 recall = %v", f.R)
	}
}

func TestRunErrors(t *testing.T) {
	dir := inventedMultiNews(t)
	tests := []struct {
		name string
		opts Options
	}{
		{"unknown dataset", Options{Dataset: "cnn", Dir: dir}},
		{"unknown system", Options{Dataset: "multinews-val", Dir: dir, Systems: []string{"gpt"}}},
		{"missing data", Options{Dataset: "multinews-test", Dir: dir, Systems: []string{"lead"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Run(context.Background(), tc.opts); err == nil {
				t.Error("want an error")
			}
		})
	}
}

func BenchmarkRun(b *testing.B) {
	dir := inventedMultiNews(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(context.Background(), Options{Dataset: "multinews-val", Dir: dir, Systems: []string{"lead", "lexrank"}, Resamples: 100}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFailuresCounted(t *testing.T) {
	dir := t.TempDir()
	writeGz(t, dir, "multi-news/val.truncated.src.gz", []string{
		"The harbor ferry sank in a storm on Monday. Divers searched the bay for the engine all week.",
		" ||||| ",
	})
	writeGz(t, dir, "multi-news/val.truncated.tgt.gz", []string{"The ferry sank.", "Nothing."})
	res := run(t, Options{Dataset: "multinews-val", Dir: dir, Systems: []string{"lead"}, Resamples: 10})
	row := res.Rows[0]
	if res.Clusters != 2 || row.Errors != 1 || !strings.Contains(row.FirstError, "multinews-val-1") {
		t.Fatalf("clusters %d, errors %d, first error %q", res.Clusters, row.Errors, row.FirstError)
	}
	var table bytes.Buffer
	if err := res.WriteTable(&table, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.String(), "lead failed on 1 clusters") {
		t.Errorf("table does not report the failure:\n%s", table.String())
	}
}

// TestRunUpdate runs the update protocol on an invented two-set topic: set
// B repeats set A's sentence and adds one. chorus-update must leave the
// repeat out where chorus keeps it, and every figure must be the bootstrap
// of the jackknifed scores (each summary against every three of the four
// references).
func TestRunUpdate(t *testing.T) {
	dir := t.TempDir()
	old := "The harbor ferry in Port Elm sank during a sudden storm on Monday, officials said."
	fresh := "Divers recovered the ferry's engine from the harbor floor on Thursday, the port authority said."
	refsA := `["The ferry sank in a storm.", "A ferry sank at Port Elm.", "The Port Elm ferry sank on Monday.", "A storm sank a ferry."]`
	refsB := `["Divers recovered the engine.", "The engine was recovered on Thursday.", "Divers found the ferry engine.", "The port authority said divers recovered it."]`
	writeGz(t, dir, "duc2007/duc2007_update.jsonl.gz", []string{
		`{"id": "D0001A-A", "documents": [{"id": "APW19990101.0001", "text": "` + old + `"}], "references": ` + refsA + `, "update_after": []}`,
		`{"id": "D0001A-B", "documents": [{"id": "APW19990105.0002", "text": "` + old + ` ` + fresh + `"}, {"id": "NYT19990105.0003", "text": "` + fresh + `"}], "references": ` + refsB + `, "update_after": ["D0001A-A"]}`,
	})
	got := map[string][]string{}
	res, err := Run(context.Background(), Options{Dataset: "duc2007-update", Dir: dir, Workers: 1,
		OnSummary: func(system, cluster string, sentences []string) error {
			got[system+" "+cluster] = sentences
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range res.Rows {
		names = append(names, r.System)
	}
	if !slices.Equal(names, []string{"chorus-update", "chorus", "chorus-generic", "lead"}) || res.Clusters != 2 || res.Protocol != "duc2007-update" {
		t.Fatalf("rows %v, %d clusters, protocol %q", names, res.Clusters, res.Protocol)
	}
	if s := strings.Join(got["chorus-update D0001A-B"], " "); strings.Contains(s, "sank") || !strings.Contains(s, "Divers") {
		t.Errorf("chorus-update summary of set B = %q, want the new sentence without the one set A told", s)
	}
	if s := strings.Join(got["chorus D0001A-B"], " "); !strings.Contains(s, "sank") {
		t.Errorf("chorus summary of set B = %q, want it to keep set A's sentence (the case tests nothing otherwise)", s)
	}
	proto, _ := ProtocolFor("duc2007-update")
	refs := map[string][][]string{}
	for _, line := range []struct{ id, refs string }{{"D0001A-A", refsA}, {"D0001A-B", refsB}} {
		var r []string
		if err := json.Unmarshal([]byte(line.refs), &r); err != nil {
			t.Fatal(err)
		}
		for _, s := range r {
			refs[line.id] = append(refs[line.id], []string{s})
		}
	}
	for _, row := range res.Rows {
		var evals []rouge.Scores
		for _, c := range []string{"D0001A-A", "D0001A-B"} {
			evals = append(evals, rouge.Jackknife(got[row.System+" "+c], refs[c], proto.Options)...)
		}
		want := rouge.Bootstrap(evals, 1000, 95, 0)
		for _, m := range proto.Metrics {
			if w := pct(want[m].Mean.R); row.Rouge[m].R != w {
				t.Errorf("%s %s recall %.4f, want %.4f (jackknifed)", row.System, m, row.Rouge[m].R, w)
			}
		}
		// By set: each set here is one cluster, so its figure is that
		// cluster's mean over its jackknife evaluations.
		if len(row.BySet) != 2 || row.BySet[0].Set != "A" || row.BySet[1].Set != "B" {
			t.Fatalf("%s by set %+v, want sets A and B", row.System, row.BySet)
		}
		for i, c := range []string{"D0001A-A", "D0001A-B"} {
			one := rouge.Jackknife(got[row.System+" "+c], refs[c], proto.Options)
			for _, m := range proto.Metrics {
				r := 0.0
				for _, e := range one {
					r += e[m].R
				}
				if w := pct(r / float64(len(one))); row.BySet[i].R[m] != w || row.BySet[i].Clusters != 1 {
					t.Errorf("%s set %s %s recall %.4f over %d clusters, want %.4f over 1", row.System, row.BySet[i].Set, m, row.BySet[i].R[m], row.BySet[i].Clusters, w)
				}
			}
		}
	}
	// Paired: every row after the first against it, over the same
	// evaluations; chorus keeps set A's sentence in set B where
	// chorus-update does not, so their B summaries differ.
	if res.Rows[0].Paired != nil {
		t.Errorf("the first row has a paired comparison: %+v", res.Rows[0].Paired)
	}
	for _, row := range res.Rows[1:] {
		p := row.Paired
		if p == nil || p.Against != "chorus-update" || p.Higher+p.Lower > 2 {
			t.Fatalf("%s paired %+v, want one against chorus-update over 2 clusters", row.System, p)
		}
		for _, m := range proto.Metrics {
			// The mean difference is the difference of the means (up to
			// pct's rounding of each).
			if d, w := p.R[m].Delta, row.Rouge[m].R-res.Rows[0].Rouge[m].R; math.Abs(d-w) > 2e-4 || p.R[m].Low > d || p.R[m].High < d {
				t.Errorf("%s %s paired %+v, want delta %.4f inside its interval", row.System, m, p.R[m], w)
			}
		}
	}
	if p := res.Rows[1].Paired; p.Higher+p.Lower == 0 {
		t.Errorf("chorus against chorus-update: no cluster differs, want set B's (%+v)", p)
	}
	var out strings.Builder
	if err := res.WriteTable(&out, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "by set, chorus-update: A ") {
		t.Errorf("table lacks the by-set line:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "paired, chorus − chorus-update (") {
		t.Errorf("table lacks the paired line:\n%s", out.String())
	}
}

func TestSetLetter(t *testing.T) {
	for _, c := range []struct{ id, want string }{
		{"D0703A-B", "B"},
		{"D0601A-A", "A"},
		{"D0601A-C", "C"},
		{"D0601A", ""},
		{"d30001t", ""},
		{"D0601A-b", ""},
		{"D0601A-BC", ""},
		{"D0601A-", ""},
		{"", ""},
	} {
		if got := setLetter(c.id); got != c.want {
			t.Errorf("setLetter(%q) = %q, want %q", c.id, got, c.want)
		}
	}
}

// TestPublishedUpdate checks PublishedUpdate against NIST's average files,
// when the data is present.
func TestPublishedUpdate(t *testing.T) {
	dir, err := dataset.Dir()
	if err != nil {
		t.Skipf("evaluation data absent: %v", err)
	}
	read := func(name string) map[string]float64 {
		out, err := readNISTAverages(filepath.Join(dir, "duc2007", name))
		if err != nil {
			t.Skipf("NIST averages absent: %v", err)
		}
		return out
	}
	r2, su4 := read("duc2007_update_rouge2.jk.m.avg"), read("duc2007_update_rougesu4.jk.m.avg")
	for _, row := range PublishedUpdate {
		f := strings.Fields(strings.TrimSuffix(strings.Split(row.System, ",")[0], ","))
		peer := f[len(f)-1]
		if math.Abs(r2[peer]-row.Rouge2) > 1e-9 || math.Abs(su4[peer]-row.RougeSU4) > 1e-9 {
			t.Errorf("%s: %.3f / %.3f, NIST's files say %.3f / %.3f", row.System, row.Rouge2, row.RougeSU4, r2[peer], su4[peer])
		}
	}
}

// readNISTAverages reads a NIST *.jk.m.avg file: one "peer value" per
// line, values as recall ×100, by peer.
func readNISTAverages(path string) (map[string]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]float64{}
	for _, line := range strings.Split(string(b), "\n") {
		var peer string
		var v float64
		if n, _ := fmt.Sscanf(line, "%s %f", &peer, &v); n == 2 {
			out[peer] = v * 100
		}
	}
	return out, nil
}

// TestRunReferences checks Options.References: only the clusters the
// directory names are scored, against its references, and the table says
// which references were used.
func TestRunReferences(t *testing.T) {
	dir := t.TempDir()
	old := "The harbor ferry in Port Elm sank during a sudden storm on Monday, officials said."
	fresh := "Divers recovered the ferry's engine from the harbor floor on Thursday, the port authority said."
	writeGz(t, dir, "duc2006/duc2006_main.jsonl.gz", []string{
		`{"id": "D0001A", "documents": [{"id": "APW19990101.0001", "text": "` + old + `"}, {"id": "APW19990105.0002", "text": "` + old + ` ` + fresh + `"}, {"id": "NYT19990106.0003", "text": "` + fresh + `"}], "references": ["The ferry sank in a storm."], "topic": {"title": "ferry", "narrative": "What happened to the ferry?"}}`,
	})
	refDir := t.TempDir()
	ref := "Divers recovered the ferry's engine from the harbor floor on Thursday."
	if err := os.WriteFile(filepath.Join(refDir, "D0001A-B.txt"), []byte(ref+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	res := run(t, Options{Dataset: "duc2006-update", Dir: dir, Workers: 1, Systems: []string{"chorus-update"}, References: refDir,
		OnSummary: func(system, cluster string, sentences []string) error {
			got[cluster] = sentences
			return nil
		}})
	if res.Clusters != 1 || len(got) != 1 || got["D0001A-B"] == nil {
		t.Fatalf("%d clusters, summaries %q; want D0001A-B only", res.Clusters, got)
	}
	proto, _ := ProtocolFor("duc2006-update")
	want := rouge.Evaluate(got["D0001A-B"], [][]string{{ref}}, proto.Options)
	for _, m := range proto.Metrics {
		if w := pct(want[m].R); res.Rows[0].Rouge[m].R != w || w == 0 {
			t.Errorf("%s recall %.4f, want %.4f against the directory's reference", m, res.Rows[0].Rouge[m].R, w)
		}
	}
	var out strings.Builder
	if err := res.WriteTable(&out, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "references: "+refDir) {
		t.Errorf("table does not name the references:\n%s", out.String())
	}
	if _, err := Run(context.Background(), Options{Dataset: "duc2006-update", Dir: dir, References: filepath.Join(refDir, "absent")}); err == nil {
		t.Error("an absent references directory: no error")
	}
}
