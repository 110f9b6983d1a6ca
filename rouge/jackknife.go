package rouge

// Jackknife scores a candidate as NIST did in DUC 2005–2007: with M > 1
// references, once against each subset of M-1 of them, leaving out the
// references in turn. It returns the M scores in the order of the left-out
// reference. ROUGE-1.5.5 run on NIST's jackknife input (one EVAL per left-out
// model, -a) averages these M scores per cluster and bootstraps the averages
// over all of a peer's evaluations; Bootstrap on the concatenated results, in
// cluster order, does the same. With fewer than two references it returns
// the one plain score.
func Jackknife(candidate []string, references [][]string, opts Options) []Scores {
	if len(references) < 2 {
		return []Scores{Evaluate(candidate, references, opts)}
	}
	out := make([]Scores, len(references))
	rest := make([][]string, 0, len(references)-1)
	for k := range references {
		rest = rest[:0]
		rest = append(rest, references[:k]...)
		rest = append(rest, references[k+1:]...)
		out[k] = Evaluate(candidate, rest, opts)
	}
	return out
}
