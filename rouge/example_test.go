package rouge_test

import (
	"fmt"

	"github.com/chorusnews/chorus/rouge"
)

// Evaluate scores a candidate summary against human references as
// ROUGE-1.5.5 does; here with -n 2 -m (Porter stemming), reporting the
// recall, precision and F-measure of each metric.
func ExampleEvaluate() {
	candidate := []string{"The dam burst on Tuesday.", "Three villages were flooded."}
	references := [][]string{
		{"A dam burst on Tuesday and flooded three villages."},
		{"Floods hit three villages after the dam failed."},
	}
	scores := rouge.Evaluate(candidate, references, rouge.Options{MaxN: 2, Stem: true})
	for _, m := range rouge.SortedMetrics(scores) {
		s := scores[m]
		fmt.Printf("%s R=%.5f P=%.5f F=%.5f\n", m, s.R, s.P, s.F)
	}
	// Output:
	// ROUGE-1 R=0.70588 P=0.66667 F=0.68571
	// ROUGE-2 R=0.40000 P=0.37500 F=0.38710
	// ROUGE-L R=0.58824 P=0.55556 F=0.57143
}
