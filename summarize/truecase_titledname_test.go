package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaiseTitledNamesIn(t *testing.T) {
	// The cluster writes "zorvik tannuq" and "zahrem al-qarmoush" together
	// in every use of their first word, "quossa" alone once.
	pairs := map[string][2]int{
		"zorvik\x00tannuq":         {3, 3},
		"zahrem\x00al-qarmoush":    {2, 2},
		"zorvik\x00drelm":          {0, 3},
		"vossum\x00kree-tam":       {1, 1},
		"brindle\x00quossa":        {1, 1},
		"quossa\x00snurfleclimber": {1, 1},
	}
	uses := map[string]int{"zorvik": 3, "zahrem": 2, "vossum": 1, "brindle": 1, "quossa": 1}
	pairUses := func(a, b string) (int, int) {
		p := pairs[a+"\x00"+b]
		return p[0], uses[a]
	}
	tests := []struct{ name, in, want string }{
		{"after a title", "President zorvik tannuq met Anna Varga in Tarnwick.", "President Zorvik Tannuq met Anna Varga in Tarnwick."},
		{"after a stop", "Sen. zorvik tannuq's boat sank.", "Sen. Zorvik Tannuq's boat sank."},
		{"after a comma", "The harbour's mayor, zorvik tannuq, said so.", "The harbour's mayor, Zorvik Tannuq, said so."},
		{"an Arabic article", "Troops loyal to president zahrem al-qarmoush left.", "Troops loyal to president Zahrem al-Qarmoush left."},
		{"a hyphened given name", "Spokesman vossum kree-tam said no.", "Spokesman Vossum Kree-tam said no."},
		{"after no title", "The ferry zorvik tannuq left Tarnwick.", "The ferry zorvik tannuq left Tarnwick."},
		{"not written together", "President zorvik drelm spoke.", "President zorvik drelm spoke."},
		{"one word alone", "President zorvik spoke.", "President zorvik spoke."},
		{"a word the model knows", "Mayor zorvik harbour spoke.", "Mayor zorvik harbour spoke."},
		{"a common noun's ending", "A Tarnwick brindle quossa snurfleclimber fell.", "A Tarnwick brindle quossa snurfleclimber fell."},
		{"already raised", "President Zorvik Tannuq met Anna Varga.", "President Zorvik Tannuq met Anna Varga."},
		{"an address", "Mayor zorvik tannuq.org posted it.", "Mayor zorvik tannuq.org posted it."},
	}
	tc := truecase.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseTitledNamesIn(tt.in, tc, pairUses); got != tt.want {
				t.Errorf("raiseTitledNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
