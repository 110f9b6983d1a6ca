package story

// BCubed holds the B-cubed scores (Bagga & Baldwin, 1998) of a clustering
// against gold classes: precision and recall are averaged over items, each
// item scoring the share of its found cluster that shares its gold class
// (precision) and the share of its gold class found in its cluster (recall).
type BCubed struct {
	Precision, Recall, F1 float64
	// Items is the number of items scored.
	Items int
	// Gold and Found count the distinct gold classes and found clusters.
	Gold, Found int
}

// ScoreBCubed compares found cluster labels with gold class labels; both
// slices give one label per item, in the same item order. Mismatched
// lengths score zero.
func ScoreBCubed[G, F comparable](gold []G, found []F) BCubed {
	if len(gold) != len(found) || len(gold) == 0 {
		return BCubed{}
	}
	type pair struct {
		g G
		f F
	}
	goldN := make(map[G]int)
	foundN := make(map[F]int)
	both := make(map[pair]int)
	for i := range gold {
		goldN[gold[i]]++
		foundN[found[i]]++
		both[pair{gold[i], found[i]}]++
	}
	var p, r float64
	for i := range gold {
		n := float64(both[pair{gold[i], found[i]}])
		p += n / float64(foundN[found[i]])
		r += n / float64(goldN[gold[i]])
	}
	b := BCubed{Items: len(gold), Gold: len(goldN), Found: len(foundN)}
	b.Precision, b.Recall = p/float64(len(gold)), r/float64(len(gold))
	if b.Precision+b.Recall > 0 {
		b.F1 = 2 * b.Precision * b.Recall / (b.Precision + b.Recall)
	}
	return b
}
