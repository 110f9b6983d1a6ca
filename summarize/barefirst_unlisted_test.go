package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameBareUnlisted(t *testing.T) {
	base := "tazzo quillamore released a new album in march. " +
		"police said tazzo quillamore was charged with fraud on friday. " +
		"tazzo was arrested at the airport."
	tests := []struct {
		name, article string
		in, want      []string
	}{
		{"possessive", base, []string{"Tazzo's bail was set on Monday.", "If convicted, tazzo faces prison."},
			[]string{"Tazzo Quillamore's bail was set on Monday.", "If convicted, Tazzo faces prison."}},
		{"before a verb of saying", base, []string{"Tazzo said he would fight."}, []string{"Tazzo Quillamore said he would fight."}},
		{"one pair only", "police said tazzo quillamore was charged. tazzo was arrested at the airport.",
			[]string{"Tazzo's bail was set."}, []string{"Tazzo's bail was set."}},
		{"another name after it", base + " tazzo brenwick said nothing.",
			[]string{"Tazzo's bail was set."}, []string{"Tazzo's bail was set."}},
		{"no person shown", "the tazzo quillamore line sold out. the tazzo quillamore line is back.",
			[]string{"Tazzo's bail was set."}, []string{"Tazzo's bail was set."}},
		{"a child", base + " tazzo, 9, was found safe.",
			[]string{"Tazzo's bail was set."}, []string{"Tazzo's bail was set."}},
		{"a child's word near", base + " the boy, tazzo, was found safe.",
			[]string{"Tazzo's bail was set."}, []string{"Tazzo's bail was set."}},
		{"a plural after it", "tazzo pirates said no. tazzo pirates said yes.",
			[]string{"Tazzo's bail was set."}, []string{"Tazzo's bail was set."}},
		{"inside a quotation", base, []string{`"Tazzo's bail was set," she said.`}, []string{`"Tazzo's bail was set," she said.`}},
		{"named in full", base, []string{"Tazzo Quillamore said no."}, []string{"Tazzo Quillamore said no."}},
		{"a relative's word", base, []string{"Tazzo's aunt said no."}, []string{"Tazzo's aunt said no."}},
		{"after a preposition", base, []string{"It aired in Tazzo's new show."}, []string{"It aired in Tazzo's new show."}},
		{"a parent's possessive", "orbie quillamore spoke to the press. the girl's mother orbie wept.",
			[]string{"Orbie's daughter Wren has been missing since June."},
			[]string{"Orbie Quillamore's daughter Wren has been missing since June."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{docs: []document{{article: &chorus.Article{Text: tt.article}}}, cands: []candidate{{text: "the hearing went on."}}}
			sum := chorus.Summary{}
			for _, s := range tt.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			c.nameBareUnlisted(&sum)
			for i, s := range sum.Sentences {
				if s.Text != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, s.Text, tt.want[i])
				}
			}
		})
	}
}

func TestBareFirstParent(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Odile's daughter Wren left.", true},
		{"Ada's son Ben and Odile's son Tobin left.", true},
		{"Her sister Odile's son left.", false},
		{"Odile's aunt left.", false},
		{"Odile said no.", false},
	}
	for _, tt := range tests {
		ws := laterNameWords(tt.text)
		k := -1
		for i, w := range ws {
			if w.low == "odile" {
				k = i
			}
		}
		if got := bareFirstParent(tt.text, ws, k); got != tt.want {
			t.Errorf("bareFirstParent(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
