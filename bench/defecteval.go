package bench

import (
	"fmt"
	"io"
	"math"

	"github.com/chorusnews/chorus/defect"
)

// DefectEval is how well a detector matches labelled sentences of one split.
type DefectEval struct {
	// Split names the labels scored: "held-out", "train" or "all".
	Split string
	// Labels is the number of labels in the split; Matched the number whose
	// sentence was found again in the data (the rest are not scored).
	Labels, Matched int
	// Confusion counts gold class (row) against detected class (column).
	Confusion defect.Confusion
}

// EvalDefects scores classify on the labels of one split ("held-out",
// "train" or "all"), reading their sentences from sents (LabelledSentences).
func EvalDefects(labels []defect.Label, sents map[string]SourceSentence, split string, classify func(SourceSentence) defect.Class) DefectEval {
	e := DefectEval{Split: split}
	for _, l := range labels {
		if split == "held-out" && !l.HeldOut() || split == "train" && l.HeldOut() {
			continue
		}
		e.Labels++
		s, ok := sents[l.Key]
		if !ok {
			continue
		}
		e.Matched++
		e.Confusion.Add(l.Class, classify(s))
	}
	return e
}

// WriteTable writes the precision and recall of every class as a Markdown
// table.
func (e *DefectEval) WriteTable(w io.Writer, name string) error {
	fmt.Fprintf(w, "%s on %s labels: %d of %d sentences found again; accuracy %.1f%%, kappa %.3f\n\n",
		name, e.Split, e.Matched, e.Labels, 100*accuracy(&e.Confusion), e.Confusion.Kappa())
	fmt.Fprintln(w, "| class | gold | detected | both | precision | recall |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|")
	for _, c := range defect.Classes() {
		judged, gold, both := e.Confusion.PrecisionRecall(c)
		fmt.Fprintf(w, "| %s | %d | %d | %d | %s | %s |\n", c, gold, judged, both, ratio(both, judged), ratio(both, gold))
	}
	_, err := fmt.Fprintln(w)
	return err
}

// WriteAgreement writes the agreement of two labellers on the keys both
// labelled: Cohen's kappa, raw agreement and the confusion of their labels.
func WriteAgreement(w io.Writer, a, b []defect.Label, nameA, nameB string) error {
	byKey := make(map[string]defect.Class, len(b))
	for _, l := range b {
		byKey[l.Key] = l.Class
	}
	var m defect.Confusion
	for _, l := range a {
		if c, ok := byKey[l.Key]; ok {
			m.Add(l.Class, c)
		}
	}
	fmt.Fprintf(w, "Agreement of %s and %s on the %d sentences both labelled: %.1f%% same label, Cohen's kappa %.3f\n\n",
		nameA, nameB, m.Total(), 100*accuracy(&m), m.Kappa())
	fmt.Fprintf(w, "| %s \\ %s |", nameA, nameB)
	for _, c := range defect.Classes() {
		fmt.Fprintf(w, " %s |", short(c))
	}
	fmt.Fprint(w, "\n|---|")
	for range defect.Classes() {
		fmt.Fprint(w, "---:|")
	}
	fmt.Fprintln(w)
	for _, r := range defect.Classes() {
		fmt.Fprintf(w, "| %s |", r)
		for _, c := range defect.Classes() {
			fmt.Fprintf(w, " %d |", m[r][c])
		}
		fmt.Fprintln(w)
	}
	_, err := fmt.Fprintln(w)
	return err
}

// short abbreviates a class for table headers.
func short(c defect.Class) string {
	return [...]string{"ok", "cap", "cred", "promo", "legal", "comm", "frag", "quote", "dang"}[c]
}

func accuracy(m *defect.Confusion) float64 {
	n, agree := m.Total(), 0
	for _, c := range defect.Classes() {
		agree += m[c][c]
	}
	if n == 0 {
		return math.NaN()
	}
	return float64(agree) / float64(n)
}

// ratio formats a/b as a percentage with one decimal, or "–" when b is 0.
func ratio(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
}
