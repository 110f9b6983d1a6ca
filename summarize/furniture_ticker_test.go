package summarize

import "testing"

func TestStripTickers(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"one", "Acme Harbour Inc. (NYSE: AHB) today announced a new ferry.", "Acme Harbour Inc. today announced a new ferry."},
		{"spaced", "Vale foods ( nasdaq: vlfd ), a grocer, said so.", "Vale foods, a grocer, said so."},
		{"two exchanges", "Quayline (Nasdaq: QLN; TSX: QL) and Tarn Corp. (NYSE:TRN) agreed.", "Quayline and Tarn Corp. agreed."},
		{"exchange list", "Northgas (TSX, NYSE: NGS) crews arrived.", "Northgas crews arrived."},
		{"two symbols", "Tarnmedia (Nasdaq: TRM, TRMA) owns it.", "Tarnmedia owns it."},
		{"possessive", "Vale Motor Co.'s (nyse: v) small pickup sold well.", "Vale Motor Co.'s small pickup sold well."},
		{"exchange alone", "It trades on the New York Stock Exchange (NYSE) since May.", "It trades on the New York Stock Exchange (NYSE) since May."},
		{"otc drugs", "Over-the-counter (OTC) cough syrups: a warning.", "Over-the-counter (OTC) cough syrups: a warning."},
		{"other bracket", "The mayor (Ward 3: Ida Roe) spoke.", "The mayor (Ward 3: Ida Roe) spoke."},
		{"instrument code", "Tarn Harbour Inc (THB.N) said on Monday it would sell the ferry.", "Tarn Harbour Inc said on Monday it would sell the ferry."},
		{"lower-cased codes", "Velmora Foods (vlf.o) and Quayline Plc's (qln.l, qln.pa) boards met.", "Velmora Foods and Quayline Plc's boards met."},
		{"country abbreviation", "The firm (U.S.) and its unit (Ph.D) stay.", "The firm (U.S.) and its unit (Ph.D) stay."},
		{"a time", "The ferry leaves at 9 (a.m.) and at 5 (p.m).", "The ferry leaves at 9 (a.m.) and at 5 (p.m)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripTickers(tt.in); got != tt.want {
				t.Errorf("stripTickers(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
