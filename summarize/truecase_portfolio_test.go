package summarize

import "testing"

func TestRaisePortfoliosIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"first minister", "Scottish first Minister Ada Brisk said no.", "Scottish First Minister Ada Brisk said no."},
		{"secretary", "the talks, defence Secretary Omar Velde said", "the talks, Defence Secretary Omar Velde said"},
		{"prime minister", "polish Prime Minister Jan Kos spoke", "Polish Prime Minister Jan Kos spoke"},
		{"deputy", "deputy Prime Minister Lena Ruud", "Deputy Prime Minister Lena Ruud"},
		{"commissioner", "as police Commissioner Dale Orrin said", "as Police Commissioner Dale Orrin said"},
		{"no name after", "the health Minister said", "the health Minister said"},
		{"day after", "the health Minister Friday said", "the health Minister Friday said"},
		{"title left low", "the defence secretary Omar Velde", "the defence secretary Omar Velde"},
		{"trade word", "press Secretary Nell Harte said", "press Secretary Nell Harte said"},
		{"first before secretary", "the first Secretary Dana Holt named", "the first Secretary Dana Holt named"},
		{"second of two", "science and technology Minister Ilse Varga", "science and technology Minister Ilse Varga"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raisePortfoliosIn(tt.in); got != tt.want {
				t.Errorf("raisePortfoliosIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
