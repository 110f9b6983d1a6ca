package summarize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

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

// restatedRunInMaps is restatedRunIn as first written, with a set of stems
// per opening length: the reference that TestRestatedRunInSame holds the
// bit-set version to.
func restatedRunInMaps(s string) bool {
	w := lex.LetterWords(lex.LowerASCII(s), runInMax+runInReach)
	if len(w) < runInMin+runInTail {
		return false
	}
	st := make([]string, len(w))
	for i, x := range w {
		if len(x) >= 3 && !lex.IsStopword(x) {
			st[i] = lex.Stem(x)
		}
	}
	for k := runInMin; k < min(runInMax, len(w)-runInTail); k++ {
		head := map[string]bool{}
		for _, x := range st[:k] {
			if x != "" {
				head[x] = true
			}
		}
		if len(head) < runInContent {
			continue
		}
		n := 0
		for x := range head {
			for _, y := range st[k:min(len(st), k+runInReach)] {
				if x == y {
					n++
					break
				}
			}
		}
		if n >= runInContent && float64(n) >= runInShare*float64(len(head)) {
			return true
		}
	}
	return false
}

// TestRestatedRunInSame compares restatedRunIn with restatedRunInMaps on
// sentences drawn from a small vocabulary, so that openings are often
// restated and often not.
func TestRestatedRunInSame(t *testing.T) {
	vocab := strings.Fields("tarnwick mayor mayors quits quit over audit audits ilse varga's varga the a of on after " +
		"city council harbour fees ferry ferries ran aground holm island passengers safe said officials Monday and to in")
	rng := rand.New(rand.NewPCG(1, 16))
	trues := 0
	for range 4000 {
		n := rng.IntN(80)
		w := make([]string, n)
		for i := range w {
			w[i] = vocab[rng.IntN(min(len(vocab), 4+rng.IntN(len(vocab))))]
		}
		s := strings.Join(w, " ")
		want := restatedRunInMaps(s)
		if want {
			trues++
		}
		if got := restatedRunIn(s); got != want {
			t.Fatalf("restatedRunIn(%q) = %v, the reference says %v", s, got, want)
		}
	}
	if trues < 200 || trues > 3800 {
		t.Errorf("%d of 4000 sentences restate their opening: the draw tests too little", trues)
	}
}
