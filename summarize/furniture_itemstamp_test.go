package summarize

import "testing"

func TestCutItemStamp(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"4 p.m. stocks in Velmora slid as traders worried about the harbour bonds.", "Stocks in Velmora slid as traders worried about the harbour bonds."},
		{"10: 30 a.m. the ferry board says the strike will end by the weekend.", "The ferry board says the strike will end by the weekend."},
		{"1 p.m. Tarnwick Mayor Ilse Varga has won a third term, the county clerk says.", "Tarnwick Mayor Ilse Varga has won a third term, the county clerk says."},
		// The time of the story's day, not a stamp over it.
		{"4 p.m. is the deadline the ferry board set for the union's answer.", ""},
		{"10 a.m. Friday, the ferry left the pier with forty passengers aboard.", ""},
		{"9 p.m. on Sunday was when the pier lights went out across Tarnwick.", ""},
		{"At 9 p.m., marchers had walked down the harbour road to the pier.", ""},
		// Too little left.
		{"6 p.m. ferry service resumes.", ""},
		{"Stocks slid at 4 p.m. as traders worried about the harbour bonds.", ""},
	} {
		got, ok := cutItemStamp(c.in)
		want := c.want
		if want == "" {
			want = c.in
		}
		if got != want || ok != (c.want != "") {
			t.Errorf("cutItemStamp(%q) = %q, %v; want %q", c.in, got, ok, want)
		}
	}
}
