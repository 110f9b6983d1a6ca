package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameFromLater(t *testing.T) {
	src := []string{
		"petra marlow said the plan was sound.",
		"the board heard from petra marlow on monday.",
		"marlow said she would stay.",
	}
	tests := []nameRewriteCase{
		{"moved", "", []string{"Marlow never finished the speech.", "Petra Marlow, the director, quit."},
			[]string{"Petra Marlow never finished the speech.", "Marlow, the director, quit."}},
		{"mid sentence", "", []string{"The board backed Marlow on friday.", "The next day Petra Marlow quit."},
			[]string{"The board backed Petra Marlow on friday.", "The next day Marlow quit."}},
		{"a relative between", "", []string{"Marlow never finished the speech.", "Her husband, Petra Marlow, quit."},
			[]string{"Marlow never finished the speech.", "Her husband, Petra Marlow, quit."}},
		{"another given name in the sources", "dorota marlow said nothing, and dorota marlow left.",
			[]string{"Marlow never finished the speech.", "Petra Marlow, the director, quit."},
			[]string{"Marlow never finished the speech.", "Petra Marlow, the director, quit."}},
		{"a title before the bare surname", "", []string{"Director Marlow never finished.", "Petra Marlow quit."},
			[]string{"Director Marlow never finished.", "Petra Marlow quit."}},
		{"an initial before the full name", "", []string{"Marlow never finished.", "Petra J. Marlow quit."},
			[]string{"Marlow never finished.", "Petra J. Marlow quit."}},
		{"named in full first", "", []string{"Petra Marlow spoke.", "Marlow quit."}, []string{"Petra Marlow spoke.", "Marlow quit."}},
	}
	runNameCases(t, src, tests, func(c *cluster, sum *chorus.Summary) { c.nameFromLater(sum) })
}

func TestNameFromLaterQuoted(t *testing.T) {
	c := &cluster{cands: []candidate{{text: "petra marlow said no."}, {text: "petra marlow left."}, {text: "marlow said so."}}}
	in := []string{`"Free Marlow now," the crowd chanted.`, "Petra Marlow quit."}
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in[0]}, {Text: in[1]}}}
	c.nameFromLater(&sum)
	for i, s := range sum.Sentences {
		if s.Text != in[i] {
			t.Errorf("sentence %d = %q, want it unchanged", i, s.Text)
		}
	}
}

// nameRewriteCase is a case of a name rewrite on a summary: its sentences in,
// the sentences wanted, and one more source sentence beside the test's.
type nameRewriteCase struct {
	name  string
	extra string // one more source sentence
	in    []string
	want  []string
}

// runNameCases runs rewrite on each case's summary in a cluster whose
// candidates are src and the case's extra sentence, and checks the
// sentences it leaves.
func runNameCases(t *testing.T, src []string, tests []nameRewriteCase, rewrite func(*cluster, *chorus.Summary)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{}
			for _, s := range append(append([]string(nil), src...), tt.extra) {
				c.cands = append(c.cands, candidate{text: s})
			}
			sum := chorus.Summary{}
			for _, s := range tt.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			rewrite(c, &sum)
			for i, s := range sum.Sentences {
				if s.Text != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, s.Text, tt.want[i])
				}
			}
		})
	}
}

func TestNameFromLaterRespelt(t *testing.T) {
	src := []string{
		"tovah brannagh suspected the jar was not water.",
		"the course of her life changed. tovah branagh survived the attack.",
		"a smiling tovah branagh, 20, opened the show.",
		"branagh said she was ready.",
	}
	tests := []nameRewriteCase{
		{"unlisted given name, surname spelt two ways", "",
			[]string{"Branagh never thought she would travel.", "Tovah Branagh survived the attack."},
			[]string{"Tovah Branagh never thought she would travel.", "Branagh survived the attack."}},
		{"the unlisted given name written apart", "tovah said little.",
			[]string{"Branagh never thought she would travel.", "Tovah Branagh survived the attack."},
			[]string{"Branagh never thought she would travel.", "Tovah Branagh survived the attack."}},
	}
	runNameCases(t, src, tests, func(c *cluster, sum *chorus.Summary) { c.nameFromLater(sum) })
}

func TestLaterNameRespelt(t *testing.T) {
	tests := []struct {
		corpus, g, s string
		want         int
	}{
		{" tovah brannagh left. \n tovah branagh stayed. \n", "tovah", "branagh", 1},
		{" tovah branagh stayed. \n", "tovah", "branagh", 0},
		{" tovah lew left. \n tovah lee stayed. \n", "tovah", "lee", 0},             // short surnames: two people
		{" tovah brannagh-smith left. \n", "tovah", "branagh", 0},                   // a double-barrelled name
		{" tovah marlowe left. \n tovah branagh stayed. \n", "tovah", "branagh", 0}, // another surname
	}
	for _, tt := range tests {
		if got := laterNameRespelt(tt.corpus, tt.g, tt.s); got != tt.want {
			t.Errorf("laterNameRespelt(%q, %q, %q) = %d, want %d", tt.corpus, tt.g, tt.s, got, tt.want)
		}
	}
}
