package summarize

import "testing"

func TestStripBareTickers(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"digits", "Harbourline Group Ltd. (992), the biggest ferry maker, said so.", "Harbourline Group Ltd., the biggest ferry maker, said so."},
		{"letters", "Velmora Foods Inc. (VLF) said it would hire 400 people.", "Velmora Foods Inc. said it would hire 400 people."},
		{"lower-cased", "Tarn motor co. (7203) and Quay gear corp. (qgc) signed a deal.", "Tarn motor co. and Quay gear corp. signed a deal."},
		{"get report", "Shares of Quayline (qln - get report) rose on Monday.", "Shares of Quayline rose on Monday."},
		{"name holds the code", "Tarn Bank Corp. (TARN) said it would close 12 branches.", "Tarn Bank Corp. said it would close 12 branches."},
		{"year", "The Harbour Company (1888) built the pier.", "The Harbour Company (1888) built the pier."},
		{"stopword", "The so-called Velmora group (is) said so.", "The so-called Velmora group (is) said so."},
		{"bare name", "Velmora (VLF) said it would hire.", "Velmora (VLF) said it would hire."},
		{"acronym used again", "Tarn Electric Power Company (tepco) said tepco crews had left.", "Tarn Electric Power Company (tepco) said tepco crews had left."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripBareTickers(tt.in, []string{tt.in}); got != tt.want {
				t.Errorf("stripBareTickers(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripBareTickersOtherSentence(t *testing.T) {
	in := "Quay Harbour Holdings (qhh) bought two ferries."
	texts := []string{in, "QHH said the ferries would sail in May."}
	if got := stripBareTickers(in, texts); got != in {
		t.Errorf("stripBareTickers kept no short name: %q", got)
	}
	if got := stripBareTickers(in, texts[:1]); got != "Quay Harbour Holdings bought two ferries." {
		t.Errorf("stripBareTickers(%q) = %q", in, got)
	}
}

func TestStripBareTickersBracketUse(t *testing.T) {
	in := "Quay Carbon Inc. (QCI) and Quay Carbon Europe (QCI Europe) hired him."
	if got := stripBareTickers(in, []string{in}); got != in {
		t.Errorf("stripBareTickers(%q) = %q, want it kept", in, got)
	}
}
