package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

// checkFullNames runs writeFullNames on sum over a cluster of sources
// (one list of sentences per article) and compares with want.
func checkFullNames(t *testing.T, sources [][]string, sum, want []string) {
	t.Helper()
	c := &cluster{}
	for d, doc := range sources {
		for p, s := range doc {
			c.cands = append(c.cands, candidate{doc: d, pos: p, text: s})
		}
	}
	out := chorus.Summary{Words: 10}
	for _, s := range sum {
		out.Sentences = append(out.Sentences, chorus.Sentence{Text: s})
	}
	c.writeFullNames(&out)
	for i := range want {
		if got := out.Sentences[i].Text; got != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got, want[i])
		}
	}
}

func TestPossessiveNamesInFull(t *testing.T) {
	tests := []struct {
		name    string
		sources [][]string // one list of sentences per article
		sum     []string
		want    []string
	}{
		{"a possessive shows a person",
			[][]string{
				{"the skipper was tobin varkey, the volunteer pilot from tarnwick.", "varkey's boat sank in 2001."},
				{"if anyone believes in luck, it's tobin varkey, a harbour pilot.", "the crew cheered."},
			},
			[]string{"Varkey's boat sank in 2001.", "The crew cheered."},
			[]string{"Tobin Varkey's boat sank in 2001.", "The crew cheered."}},
		{"one source writes the pair",
			[][]string{
				{"the skipper was tobin varkey, the volunteer pilot from tarnwick.", "varkey's boat sank in 2001."},
				{"the crew cheered."},
			},
			[]string{"Varkey's boat sank in 2001."},
			[]string{"Varkey's boat sank in 2001."}},
		{"a company's name",
			[][]string{
				{"the skipper was tobin varkey, the volunteer pilot from tarnwick.", "varkey's success came in 2001."},
				{"if anyone believes in luck, it's tobin varkey co. in tarnwick.", "the varkey studios opened."},
			},
			[]string{"Varkey's success came in 2001."},
			[]string{"Varkey's success came in 2001."}},
		{"a possessive before a capital",
			[][]string{
				{"the skipper was tobin varkey, the volunteer pilot from tarnwick.", "varkey's Tarnwick office closed in 2001."},
				{"if anyone believes in luck, it's tobin varkey, a harbour pilot.", "the crew cheered."},
			},
			[]string{"Varkey's Tarnwick office closed in 2001."},
			[]string{"Varkey's Tarnwick office closed in 2001."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFullNames(t, tt.sources, tt.sum, tt.want) })
	}
}

func TestPossessiveAct(t *testing.T) {
	tests := []struct {
		name string
		text string
		j    int
		want bool
	}{
		{"before a noun", "varkey's boat sank", 0, true},
		{"curly mark", "varkey’s boat sank", 0, true},
		{"no possessive", "varkey, the pilot", 0, false},
		{"plural possessive", "varkeys' boat sank", 0, false},
		{"before a stopword", "it is varkey's and no one else's", 2, false},
		{"last word", "the boat is varkey's", 3, false},
		{"opening a quotation", `"varkey's boat sank," she said`, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := lex.SpaceFields(tt.text)
			cs := make([]core, len(f))
			for k := range f {
				cs[k].w, cs[k].punct = lowerCore(f[k])
			}
			if got := possessiveAct(f, cs, tt.j); got != tt.want {
				t.Errorf("possessiveAct(%q, %d) = %v, want %v", tt.text, tt.j, got, tt.want)
			}
		})
	}
}
