package summarize

import "testing"

func TestLeadAlso(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"subject and verb",
			"The survey of ferry crews also found that most shifts ran past midnight.",
			"The survey of ferry crews found that most shifts ran past midnight."},
		{"aside closed by a comma",
			"The baroness, who opened the mill museum in Corvale, also denied knowing the buyer.",
			"The baroness, who opened the mill museum in Corvale, denied knowing the buyer."},
		{"reported speech",
			"Harbour police said Monday that the two divers also carried a forged permit.",
			"Harbour police said Monday that the two divers carried a forged permit."},
		{"was also killed",
			"Mirela Vantz of Dorrow Creek was also killed in the landslide.",
			"Mirela Vantz of Dorrow Creek was killed in the landslide."},
		{"also known as", "The Pellan orchid, also known as the paper lily, grows only on cliffs.", ""},
		{"second clause", "The storm flooded the square and also knocked out the tram line.", ""},
		{"relative clause", "A Tarnwick baker was fined for hitting his partner, who is also a baker.", ""},
		{"relative that", "A fire broke out at the depot that also burned two buses overnight.", ""},
		{"modal", "A syrup sold for coughs in children may also ease a sore throat in adults.", ""},
		{"clause before the comma", "The mayor praised the volunteers on Friday, also thanking the fire crews.", ""},
		{"participle after asides", "The mayor, Lena Orr, praised the crews on Friday, a day of heavy rain, also thanking the cooks.", ""},
		{"same", "The same clinics that treat the flu also test for measles in Orvale.", ""},
		{"quotation before", "\"We are done,\" the coach also told the players in Lisk.", ""},
		{"two alsos", "The club also sold its ground and also its name.", ""},
		{"capitalised", "Also on the list was a lighthouse in Merrow.", ""},
		{"last word", "The ferry runs on Sundays also", ""},
		{"another", "Another lorry also overturned on the ring road.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := leadAlso(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("leadAlso(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}

func TestLeadToo(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"closing too", "The puppet theatre in Marlow has gone online, too.", "The puppet theatre in Marlow has gone online."},
		{"more before", "A small survey hints that grandfathers should walk more, too.", ""},
		{"and before", "The bridge reopened and the ferry is back, too.", ""},
		{"no comma", "The baker wants to retire too.", ""},
		{"short", "Me, too.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := leadToo(tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("leadToo(%q) = %q, %v; want %q", tt.in, got, ok, want)
			}
		})
	}
}
