package summarize

import "testing"

func TestCutStockChart(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"label, ticker again in the story", "Stock chart for tarnwick ferries inc ( tfi ) tarnwick ferries inc. ( tfi ) founder anna varga offered to buy the company.",
			"Tarnwick ferries inc. founder anna varga offered to buy the company.", true},
		{"ticker marks joined", "Stock chart for tarnwick ferries inc (TFI) tarnwick ferries inc. (TFI) said on monday it would sell the pier.",
			"Tarnwick ferries inc. said on monday it would sell the pier.", true},
		{"ticker again with a comma", "Stock chart for westvale mills co ( wvm ) westvale mills co. ( wvm ), the biggest employer in tarnwick, will close.",
			"Westvale mills co., the biggest employer in tarnwick, will close.", true},
		{"story names no ticker", "Stock chart for tarnwick ferries inc ( tfi ) anna varga says she resents working on the ferry on christmas day.",
			"Anna varga says she resents working on the ferry on christmas day.", true},
		{"possessive ticker stays", "Stock chart for tarnwick ferries inc ( tfi ) tarnwick ferries inc. ( tfi )'s chief anna varga quit on monday.",
			"Tarnwick ferries inc. ( tfi )'s chief anna varga quit on monday.", true},
		{"another ticker stays", "Stock chart for tarnwick ferries inc ( tfi ) a group including westvale mills co. ( wvm ) bid for the ferries.",
			"A group including westvale mills co. ( wvm ) bid for the ferries.", true},
		{"no label", "The stock chart for tarnwick ferries inc ( tfi ) shows a fall of 20 percent since june.", "", false},
		{"no ticker", "Stock chart for tarnwick ferries shows the shares fell by a fifth on monday after the sale.", "", false},
		{"too short a story", "Stock chart for tarnwick ferries inc ( tfi ) shares fell sharply.", "", false},
	} {
		got, ok := cutStockChart(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutStockChart(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}
