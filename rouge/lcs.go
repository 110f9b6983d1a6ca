package rouge

// lcsScore is ROUGE-L, the summary-level union LCS, of the candidate in sc.
func (r *References) lcsScore(sc *scratch) Score {
	if len(r.refs) == 0 {
		return Score{}
	}
	size := len(r.vocab) + 1
	sc.candUni = resize(sc.candUni, size)
	clear(sc.candUni)
	for _, id := range sc.seq {
		if id != 0 {
			sc.candUni[id]++
		}
	}
	sc.model1 = resize(sc.model1, size)
	sc.peer1 = resize(sc.peer1, size)
	hits := make([]int, len(r.refs))
	bases := make([]int, len(r.refs))
	for k, ref := range r.refs {
		copy(sc.model1, ref.uni)
		copy(sc.peer1, sc.candUni)
		for _, mu := range ref.units {
			bases[k] += len(mu)
			if cap(sc.mask) < len(mu) {
				sc.mask = make([]bool, len(mu))
			}
			mask := sc.mask[:len(mu)]
			clear(mask)
			for _, pu := range sc.units {
				sc.dp = markLCS(mu, pu, mask, sc.dp)
			}
			// Each hit uses up one unigram on both sides, so ROUGE-L never
			// exceeds ROUGE-1.
			for j, id := range mu {
				if mask[j] && sc.model1[id] > 0 && sc.peer1[id] > 0 {
					hits[k]++
					sc.model1[id]--
					sc.peer1[id]--
				}
			}
		}
	}
	return r.combine(hits, bases, len(sc.seq), false)
}

func resize(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// markLCS sets mask[i] for every model token on the LCS of model and peer
// that ROUGE-1.5.5's backtrace picks (diagonal on a match, else up when the
// upper cell is at least the left one). dp is reused scratch.
func markLCS(model, peer []int32, mask []bool, dp []int32) []int32 {
	m, n := len(model), len(peer)
	if m == 0 || n == 0 {
		return dp
	}
	w := n + 1
	dp = resize(dp, (m+1)*w)
	clear(dp[:w])
	for i := 1; i <= m; i++ {
		row, up := dp[i*w:(i+1)*w], dp[(i-1)*w:i*w]
		row[0] = 0
		a := model[i-1]
		for j := 1; j <= n; j++ {
			switch {
			case a == peer[j-1]:
				row[j] = up[j-1] + 1
			case up[j] >= row[j-1]:
				row[j] = up[j]
			default:
				row[j] = row[j-1]
			}
		}
	}
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case model[i-1] == peer[j-1]:
			i--
			j--
			mask[i] = true
		case dp[(i-1)*w+j] >= dp[i*w+j-1]:
			i--
		default:
			j--
		}
	}
	return dp
}
