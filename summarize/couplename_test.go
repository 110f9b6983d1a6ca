package summarize

import "testing"

func TestNameCoupleHonorifics(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		sum     []string
		want    []string
	}{
		{"a man and a woman of one surname",
			[]string{"peter varga, 56, was found in Tarnwick.", "mr varga was missing.", "mrs varga said she was shocked.", "anna varga thanked the police."},
			[]string{"Mr Varga, 56, was found in Tarnwick.", "Mrs Varga said she was shocked."},
			[]string{"Peter Varga, 56, was found in Tarnwick.", "Anna Varga said she was shocked."}},
		{"only the first mention",
			[]string{"Peter Varga was found.", "Mr Varga and Mrs Varga sailed."},
			[]string{"Mr Varga was found.", "Mr Varga had sailed."},
			[]string{"Peter Varga was found.", "Mr Varga had sailed."}},
		{"two men of the surname",
			[]string{"Peter Varga and Paul Varga sailed.", "Mr Varga and Mrs Varga sailed."},
			[]string{"Mr Varga was found."},
			[]string{"Mr Varga was found."}},
		{"no woman's given name listed",
			[]string{"Peter Varga and Ilka Varga sailed.", "Mr Varga and Mrs Varga sailed."},
			[]string{"Mrs Varga was found."},
			[]string{"Mrs Varga was found."}},
		{"named in full earlier",
			[]string{"Peter Varga sailed.", "Mr Varga and Mrs Varga sailed."},
			[]string{"Peter Varga sailed from Tarnwick.", "Mr Varga was found."},
			[]string{"Peter Varga sailed from Tarnwick.", "Mr Varga was found."}},
		{"inside a quotation",
			[]string{"Peter Varga sailed.", "Mr Varga and Mrs Varga sailed."},
			[]string{"\"Mr Varga was brave,\" the mayor said."},
			[]string{"\"Mr Varga was brave,\" the mayor said."}},
		{"one person of the surname",
			[]string{"Peter Varga sailed.", "Mr Varga was found."},
			[]string{"Mr Varga was found."},
			[]string{"Mr Varga was found."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNameRewrite(t, tt.sources, tt.sum, tt.want, (*cluster).nameCoupleHonorifics)
		})
	}
}
