package defect

import "math"

// Confusion counts, for pairs of classes, how often one judge said the
// first and another (or a detector) the second.
type Confusion [numClasses][numClasses]int

// Add counts one sentence that want labels as gold and got as judged.
func (m *Confusion) Add(want, got Class) {
	if want < numClasses && got < numClasses {
		m[want][got]++
	}
}

// Total returns the number of sentences counted.
func (m *Confusion) Total() int {
	n := 0
	for i := range m {
		for j := range m[i] {
			n += m[i][j]
		}
	}
	return n
}

// PrecisionRecall returns, for class c, how many sentences were judged c
// (tp+fp), how many are gold c (tp+fn) and how many both (tp).
func (m *Confusion) PrecisionRecall(c Class) (judged, gold, both int) {
	for i := range numClasses {
		judged += m[i][c]
		gold += m[c][i]
	}
	return judged, gold, m[c][c]
}

// Kappa returns Cohen's kappa of the two judgements counted: agreement
// beyond chance, 1 for perfect agreement, 0 for chance, NaN when nothing
// was counted.
func (m *Confusion) Kappa() float64 {
	n := float64(m.Total())
	if n == 0 {
		return math.NaN()
	}
	var agree, chance float64
	for c := range numClasses {
		agree += float64(m[c][c])
		row, col := 0, 0
		for i := range numClasses {
			row += m[c][i]
			col += m[i][c]
		}
		chance += float64(row) * float64(col)
	}
	po, pe := agree/n, chance/(n*n)
	if pe == 1 {
		return 1
	}
	return (po - pe) / (1 - pe)
}
