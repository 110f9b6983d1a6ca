package truecase

import "testing"

func TestRaiseChiefTitles(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"before a title and a name", "She backed former chief Justice Roy Hale on Monday.", "She backed former Chief Justice Roy Hale on Monday."},
		{"title with no name", "The chief justice said no.", "The chief justice said no."},
		{"title before a day", "The chief judge Monday said no.", "The chief judge Monday said no."},
		{"a rank after a noun", "The army chief General Ana Ruiz spoke.", "The army chief General Ana Ruiz spoke."},
		{"no title", "The chief Roy Hale said no.", "The chief Roy Hale said no."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokens(tt.in)
			outs := make([]string, len(toks))
			for i, tk := range toks {
				outs[i] = tt.in[tk.start:tk.end]
			}
			raiseChiefTitles(tt.in, toks, outs)
			got := ""
			last := 0
			for i, tk := range toks {
				got += tt.in[last:tk.start] + outs[i]
				last = tk.end
			}
			got += tt.in[last:]
			if got != tt.want {
				t.Errorf("raiseChiefTitles(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
