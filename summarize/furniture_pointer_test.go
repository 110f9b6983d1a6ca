package summarize

import "testing"

// TestPointerLine checks lines that send the reader elsewhere against
// sentences that open the same way and tell the news.
func TestPointerLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"visit", "For more about the tarnwick ferry, visit tarnwick.gov.", true},
		{"see an article", "For more on the pier's history, see this article by the harbour trust.", true},
		{"call", "To learn more about the tide tables, call the harbour office at the number below.", true},
		{"label run in", "More information for more about storms, visit the national weather service.", true},
		{"text", "For more information about the pledge, text PIER to 55555.", true},
		{"further", "For further information, contact the Tarnwick harbour office.", true},
		{"capitals", "FOR MORE ON THE FERRY, VISIT TARNWICK.GOV.", true},
		{"more than", "For more than a decade, Anna Varga ran the ferry, see the harbour trust's records.", false},
		{"no order", "For more on the ferry, the harbour trust has asked Anna Varga to speak.", false},
		{"news", "The harbour trust asked for more information about the ferry, a spokesman said.", false},
		{"far comma", "For more information about what happened to the ferry that sank off the Tarnwick pier on a stormy Monday night with forty passengers aboard, see the report.", false},
		{"to see", "To see the damage, the mayor toured the pier on Monday.", false},
	} {
		if got := pointerLine(tc.s); got != tc.want {
			t.Errorf("%s: pointerLine(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}
