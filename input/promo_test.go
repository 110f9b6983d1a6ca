package input

import "testing"

func TestIsPromoLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"WATCH: The north pier reopens to boats", true},
		{"A SIMPLE GUIDE: How do I moor my boat?", true},
		{"READ NEXT: Ferry fares rise in the spring", true},
		{"LONDON: The board approved the loan on Tuesday.", false}, // a dateline and its sentence
		{"Watch: the pier reopens", false},                         // label not in capitals
		{"GPS: N24 39 16.4 E121 18 19.5", false},                   // no words after the label
		{"“PIER: The Musical” opens on Friday", false},             // a quoted title
		{"TV: ok", false}, // label too short
		{"ELLERY BAY HARBOUR BOARD NOTICE: Fees rise", false},
		{"WATCH: The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier which storms closed", false}, // too long
		{"", false},
	}
	for _, tt := range tests {
		if got := isPromoLine(tt.in); got != tt.want {
			t.Errorf("isPromoLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
