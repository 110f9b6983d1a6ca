package summarize

import "testing"

// TestAccordingQuotePiece: "according to" before a said quotation
// leaves the candidates; before a quoted title, or with its source,
// the sentence stays.
func TestAccordingQuotePiece(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Last week, according to \" we never saw the ferry, \" a clerk told the paper.", true},
		{"Last week, according to “we never saw the ferry,” a clerk said.", true},
		{"The pier was built in 1890, according to \" harbour days, \" a history of the town by a local clerk.", false},
		{"According to the Velm Courier, the ferry \" never ran on time, \" a clerk said.", false},
		{"According to \"Harbour Days\" the pier was built in 1890.", false},
		{"The ferry was late, according to a clerk.", false},
	}
	for _, tt := range tests {
		if got := accordingQuotePiece(tt.s); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.s, got, tt.want)
		}
	}
}
