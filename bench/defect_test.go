package bench

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/defect"
)

func TestLocate(t *testing.T) {
	articles := []chorus.Article{
		{ID: "a", Text: "The dam held overnight in Elmsford. Crews worked until dawn. He said it was close."},
		{ID: "b", Text: "Rain eased on Tuesday across Ostland. Schools reopened in the north."},
	}
	docs := clusterSentences("x", "1", articles)
	if len(docs) != 2 || len(docs[0]) != 3 || docs[0][1].Prev != docs[0][0].Text || docs[0][1].Next != docs[0][2].Text {
		t.Fatalf("clusterSentences = %+v", docs)
	}
	sum := chorus.Summary{
		Sources: []chorus.Source{{ID: 1, Article: "a"}, {ID: 2, Article: "b"}},
		Sentences: []chorus.Sentence{
			{Text: "Crews worked until dawn.", Sources: []int{1}},
			{Text: "He said it was close.", Sources: []int{1}},
			{Text: "Schools reopened in the north.", Sources: []int{2}},
			{Text: "Nothing like this was written.", Sources: []int{2}},
			{Text: "Bad citation.", Sources: []int{7}},
			{Text: "Mayor Lena Ovard said it was close to the line.", Sources: []int{1, 2}},
		},
	}
	articles[1].Text += " She said it was close to the line."
	docs = clusterSentences("x", "1", articles)
	got := locate(sum, articles, docs)
	want := [][2]int{{0, 1}, {0, 2}, {1, 1}, {-1, -1}, {-1, -1}, {1, 2}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d located at %v, want %v", i, got[i], want[i])
		}
	}
}

func TestDefectRateRow(t *testing.T) {
	r := DefectRateRow{System: "x"}
	r.add([]defect.Set{0, defect.Set(0).With(defect.Caption).With(defect.DanglingReference), defect.Set(0).With(defect.DanglingReference)}, 30, nil)
	r.add([]defect.Set{0}, 10, nil)
	r.add(nil, 0, errors.New("no text"))
	if r.Summaries != 2 || r.Errors != 1 || r.Sentences != 4 || r.Words != 40 {
		t.Errorf("counts %+v", r)
	}
	if r.With[defect.OK] != 1 || r.Count[defect.OK] != 2 || r.With[defect.DanglingReference] != 1 || r.Count[defect.DanglingReference] != 2 || r.Count[defect.Caption] != 1 {
		t.Errorf("defects With %v Count %v", r.With, r.Count)
	}
	var b strings.Builder
	res := DefectRates{Dataset: "x", Budget: "y", Rows: []DefectRateRow{r}}
	if err := res.WriteTable(&b); err != nil || !strings.Contains(b.String(), "| x | 2 | 2.0 | 20 | 50.0% (0.50) | 0.0% (0.00) |") {
		t.Errorf("table:\n%s", b.String())
	}
}

func TestWriteAgreement(t *testing.T) {
	a := []defect.Label{{Key: "d:1:0:a", Class: defect.OK}, {Key: "d:1:0:b", Class: defect.Caption}, {Key: "d:2:0:c", Class: defect.OK}}
	b := []defect.Label{{Key: "d:1:0:a", Class: defect.OK}, {Key: "d:1:0:b", Class: defect.OK}, {Key: "d:9:0:z", Class: defect.OK}}
	var out strings.Builder
	if err := WriteAgreement(&out, a, b, "A", "B"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "on the 2 sentences both labelled: 50.0% same label") {
		t.Errorf("agreement:\n%s", out.String())
	}
}

// TestLabelledSentences re-reads the committed labels' sentences from the
// development data and checks that nearly all are found again, so that a
// change of the cleaner or the splitter that loses many labels at once
// shows up. Each cleaner rule that cuts furniture out of a sentence retires
// the labels of the sentences it changes (their text, hence their key, is
// new): 1,851 of 1,950 were found after the eighth session's cleaner rules
// (at least 1,853 before them), so the bound is 93% and `chorus bench defects`
// reports how many the held-out figures rest on. It skips when the data is
// absent.
func TestLabelledSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("reads Multi-News train")
	}
	dir, err := dataset.Dir()
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no evaluation data")
	}
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("..", "defect", "testdata", "labels.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	labels, err := defect.ReadLabels(f)
	if err != nil {
		t.Fatal(err)
	}
	sents, err := LabelledSentences(dir, labels)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) < len(labels)*93/100 {
		t.Errorf("found %d of %d labelled sentences again, want at least 93%%", len(sents), len(labels))
	}
	e := EvalDefects(labels, sents, "held-out", func(s SourceSentence) defect.Class { return defect.Classify(s.Text, s.Context()) })
	if e.Matched == 0 || e.Confusion.Total() != e.Matched {
		t.Errorf("held-out eval matched %d, counted %d", e.Matched, e.Confusion.Total())
	}
}

func TestRunDefectRates(t *testing.T) {
	dir, err := dataset.Dir()
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no evaluation data")
	}
	if err != nil {
		t.Fatal(err)
	}
	opts := DefectRateOptions{Dataset: "duc2003", Dir: dir, Systems: []string{"chorus", "lead"}, Limit: 3, Workers: 2}
	a, err := RunDefectRates(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := RunDefectRates(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Rows) != 2 || a.Rows[0].Summaries != 3 || a.Rows[0] != b.Rows[0] || a.Rows[1] != b.Rows[1] {
		t.Errorf("rows %+v vs %+v", a.Rows, b.Rows)
	}
}
