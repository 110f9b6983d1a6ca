package summarize

import "testing"

func TestRestatedRunIn(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		// A headline run into its lede, restated after it.
		{"Tarnwick mayor quits over audit tarnwick's mayor ilse varga quit on monday after an audit of the city's accounts found gaps.", true},
		// A standfirst with no article at the cut.
		{"Ferry runs aground off Holm island passengers safe a ferry carrying 200 passengers ran aground off holm island on sunday, officials said.", true},
		// A clean lede naming its subject once.
		{"Ilse Varga, the mayor of Tarnwick, resigned on Monday after an audit of the city's accounts found missing funds.", false},
		// Too short to read.
		{"Tarnwick mayor quits over audit mayor quits.", false},
		// A repeated name alone is no restatement.
		{"Ilse Varga said on Monday that Varga's rivals had misread the audit of the town's harbour fees.", false},
	}
	for _, tt := range tests {
		if got := restatedRunIn(tt.s); got != tt.want {
			t.Errorf("restatedRunIn(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
