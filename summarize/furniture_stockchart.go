package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// A financial page's stock-chart label run into its story: "Stock chart
// for tarnwick ferries inc ( tfi ) tarnwick ferries inc. ( tfi ) said on
// monday ..." reads "Tarnwick ferries inc. said on monday ...": the label
// names the company and its ticker in parentheses, and the story's first
// naming of the company gives the same ticker again, which goes with the
// label. Cut on a reader's summary after selection (cutStockCharts): only
// the sentence changes.
//
// Measured against 8bad6d4: validation 1 summary changed, better (the
// label gone, the lede standing); train 1-38,000 3 changed, all 3 better,
// none worse. The label stands in 20 articles of train 1-38,000. Left: a
// ticker in a possessive ("( tfi )'s") and tickers of other companies.

// Bounds of cutStockChart.
const (
	stockChartMaxName = 8 // the most words of the company's name in the label
	stockChartMinRest = 5 // the fewest words of the story after the label
	stockChartRepeat  = 8 // the story's repeated ticker stands within this many words
)

// cutStockChart returns s without a stock-chart label that opens it, and
// true: "stock chart for", one to stockChartMaxName words of a company's
// name and its ticker in parentheses ("(tfi)" or "( tfi )"), the story
// after it holding stockChartMinRest words or more. The same ticker given
// again in parentheses within the story's first stockChartRepeat words
// ("tarnwick ferries inc. ( tfi ) said") goes too. s and false otherwise.
func cutStockChart(s string) (string, bool) {
	const label = "stock chart for "
	if len(s) < len(label) || !strings.EqualFold(s[:len(label)], label) {
		return s, false
	}
	f := lex.SpaceFields(s[len(label):])
	for k := 1; k < len(f) && k <= stockChartMaxName+1; k++ {
		ticker, n, comma := parenTicker(f[k:])
		if n == 0 || comma {
			continue
		}
		rest := f[k+n:]
		if len(rest) < stockChartMinRest {
			return s, false
		}
		for j := 1; j < len(rest) && j <= stockChartRepeat; j++ {
			if t, m, comma := parenTicker(rest[j:]); m > 0 && t == ticker {
				head := append([]string{}, rest[:j]...)
				if comma {
					head[j-1] += ","
				}
				rest = append(head, rest[j+m:]...)
				break
			}
		}
		return lex.UpperFirst(strings.Join(rest, " ")), true
	}
	return s, false
}

// parenTicker returns the lower-cased ticker that opens f in parentheses
// ("(tfi)" or "(", "tfi", ")"; up to six letters, no digit), how many
// fields it takes and whether a comma follows the closing mark ("( tfi
// ),"); "", 0 when f opens with none. An "'s" after the closing mark ("(
// tfi )'s") makes none: the ticker is part of a possessive.
func parenTicker(f []string) (string, int, bool) {
	if len(f) == 0 {
		return "", 0, false
	}
	var t, end string
	n := 0
	switch {
	case f[0] == "(" && len(f) >= 3 && strings.HasPrefix(f[2], ")"):
		t, end, n = f[1], f[2][1:], 3
	case len(f[0]) > 2 && f[0][0] == '(' && strings.Contains(f[0], ")"):
		t, end, _ = strings.Cut(f[0][1:], ")")
		n = 1
	default:
		return "", 0, false
	}
	if len(t) == 0 || len(t) > 6 || end != "" && end != "," {
		return "", 0, false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i] | 0x20; c < 'a' || c > 'z' {
			return "", 0, false
		}
	}
	return lex.Lower(t), n, end == ","
}

// cutStockCharts cuts the stock-chart labels that open sentences of a
// reader's summary (cutStockChart).
func cutStockCharts(sum *chorus.Summary) {
	cutEach(sum, cutStockChart)
}
