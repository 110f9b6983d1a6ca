package summarize

import "testing"

func TestRaiseOrgNamesIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"word inside a hospital's name", "Both were taken to Tarnwick harbour Medical Center.", "Both were taken to Tarnwick Harbour Medical Center."},
		{"two words", "She studied at Marlow fen research Institute in Aldera.", "She studied at Marlow Fen Research Institute in Aldera."},
		{"hyphened word", "Staff at Velmora st-anne Hospital said.", "Staff at Velmora St-Anne Hospital said."},
		{"before a suffix", "Shares of Velmora foods Inc. rose.", "Shares of Velmora Foods Inc. rose."},
		{"suffix after a function word", "A former velmora Inc. engineer spoke.", "A former Velmora Inc. engineer spoke."},
		{"two words before a suffix", "It bought the rights from tarnwick granite Co.", "It bought the rights from Tarnwick Granite Co."},
		{"role before the name", "The retailer sued rival velmora Inc.", "The retailer sued rival Velmora Inc."},
		{"three words: start unknown", "It sold shares in harbour road tarnwick Inc.", "It sold shares in harbour road tarnwick Inc."},
		{"possessive suffix", "Velmora foods Inc.'s first store opened.", "Velmora Foods Inc.'s first store opened."},
		{"possessive head", "Tarnwick harbour Medical Center's staff said.", "Tarnwick Harbour Medical Center's staff said."},
		{"suffix in capitals", "Officials of Velmora holdings PLC spoke.", "Officials of Velmora Holdings PLC spoke."},
		{"possessive before and after", "Aldera's ruling National Council's vote.", "Aldera's ruling National Council's vote."},
		{"possessive before", "Aldera's ruling National Council met.", "Aldera's ruling National Council met."},
		{"determiner before", "The state Community Council voted.", "The state Community Council voted."},
		{"verb before a name", "Anna Varga tells Tarnwick News she left.", "Anna Varga tells Tarnwick News she left."},
		{"verb in -ed", "Police contacted Velmora Foods Inc.", "Police contacted Velmora Foods Inc."},
		{"preposition", "The march ended outside Marlow Center.", "The march ended outside Marlow Center."},
		{"punctuation between", "It went to Tarnwick, harbour Hospital staff said.", "It went to Tarnwick, harbour Hospital staff said."},
		{"no head", "Anna Varga visited the harbour in Tarnwick.", "Anna Varga visited the harbour in Tarnwick."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseOrgNamesIn(tt.in); got != tt.want {
				t.Errorf("raiseOrgNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
