package summarize

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/chorusnews/chorus"
)

// learnSalience learns a table from n invented clusters whose sources all
// mention a weekday that no reference repeats, and whose references all
// repeat the sources' word "ferry".
func learnSalience(n int) *Salience {
	var l SalienceLearner
	for i := range n {
		src := fmt.Sprintf("The ferry to island number %d sank on Wednesday after hitting rocks near the harbour.", i)
		ref := fmt.Sprintf("A ferry to island %d sank after hitting rocks.", i)
		l.Add([]chorus.Article{{ID: "a", Text: src}, {ID: "b", Text: src + " Divers searched the wreck."}}, []string{ref})
	}
	return l.Table(3, 1)
}

func termOf(t *testing.T, w string) uint64 {
	t.Helper()
	var tk tokenizer
	toks := tk.tokens(w)
	if len(toks) != 1 || toks[0].stop {
		t.Fatalf("%q is not one content word", w)
	}
	return toks[0].hash
}

func TestSalienceLearn(t *testing.T) {
	t.Parallel()
	s := learnSalience(6)
	ferry, wednesday, unseen := s.of(termOf(t, "ferry")), s.of(termOf(t, "Wednesday")), s.of(termOf(t, "volcano"))
	if !(ferry > s.Prior() && s.Prior() > wednesday) {
		t.Errorf("salience of ferry %.3f, prior %.3f, Wednesday %.3f: want ferry > prior > Wednesday", ferry, s.Prior(), wednesday)
	}
	if unseen != s.Prior() {
		t.Errorf("unseen word has salience %.3f, want the prior %.3f", unseen, s.Prior())
	}
	// Words unique to one cluster ("island number 4") stay out.
	if few := learnSalience(2); few.Len() != 0 {
		t.Errorf("learned %d words from 2 clusters with a minimum of 3", few.Len())
	}
}

func TestSalienceRoundTrip(t *testing.T) {
	t.Parallel()
	s := learnSalience(5)
	var buf bytes.Buffer
	if err := s.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadSalience(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := got.Write(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("table changed in a write/read round trip")
	}
	for _, bad := range [][]byte{nil, []byte(salienceMagic), append(bytes.Clone(buf.Bytes()), 0), []byte("notatable\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")} {
		if _, err := ReadSalience(bytes.NewReader(bad)); err == nil {
			t.Errorf("ReadSalience(%q) succeeded", bad)
		}
	}
}

func TestDefaultSalience(t *testing.T) {
	t.Parallel()
	s := DefaultSalience()
	if s.Len() == 0 || s.Prior() <= 0 || s.Prior() >= 1 {
		t.Fatalf("embedded table has %d words and prior %.3f", s.Len(), s.Prior())
	}
	// Summaries name what happened more than the day it was reported.
	if killed, monday := s.of(termOf(t, "killed")), s.of(termOf(t, "Monday")); killed <= monday {
		t.Errorf("salience of killed %.3f <= Monday %.3f", killed, monday)
	}
}

// pairOf returns the bigram concept hash of a two-word phrase.
func pairOf(t *testing.T, phrase string) uint64 {
	t.Helper()
	var tk tokenizer
	toks := tk.tokens(phrase)
	if len(toks) != 2 {
		t.Fatalf("%q is not two words", phrase)
	}
	return pairHash(toks[0].hash, toks[1].hash)
}

func TestSaliencePairs(t *testing.T) {
	t.Parallel()
	l := SalienceLearner{Pairs: 3}
	for i := range 5 {
		src := fmt.Sprintf("The ferry sank on Wednesday near island %d after hitting rocks.", i)
		ref := fmt.Sprintf("A ferry sank near island %d.", i)
		l.Add([]chorus.Article{{ID: "a", Text: src}, {ID: "b", Text: src + " Divers searched the wreck."}}, []string{ref})
	}
	s := l.Table(3, 1)
	p := s.Pairs()
	if p == nil || p.Len() == 0 {
		t.Fatal("no bigram table learned")
	}
	// "ferry sank" is in every reference, "on Wednesday" in none.
	if sank, wed := p.of(pairOf(t, "ferry sank")), p.of(pairOf(t, "on Wednesday")); !(sank > p.Prior() && p.Prior() > wed) {
		t.Errorf("bigram salience of ferry sank %.3f, prior %.3f, on Wednesday %.3f: want ferry sank > prior > on Wednesday", sank, p.Prior(), wed)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadSalience(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.Pairs() == nil || got.Pairs().Len() != p.Len() || got.Len() != s.Len() {
		t.Errorf("round trip lost the bigram table")
	}
	if (*Salience)(nil).Pairs() != nil || learnSalience(5).Pairs() != nil {
		t.Error("a table learned without Pairs has a bigram table")
	}
	if DefaultSalience().Pairs() == nil {
		t.Error("embedded table has no bigram table")
	}
}

// TestSalienceLookup checks the lookup table against the table's own keys
// and values: every word and bigram of the embedded table is found with
// its value, and keys not in it have the prior.
func TestSalienceLookup(t *testing.T) {
	for name, s := range map[string]*Salience{"words": DefaultSalience(), "pairs": DefaultSalience().Pairs()} {
		in := make(map[uint32]bool, len(s.keys))
		for i, k := range s.keys {
			in[k] = true
			// A hash whose upper half is 0 folds to its lower half.
			if got, want := s.of(uint64(k)), dequantize(s.vals[i]); got != want {
				t.Fatalf("%s: of(%#x) = %v, want %v", name, k, got, want)
			}
		}
		misses := 0
		for k := uint32(1); misses < 10000; k += 7919 {
			if !in[k] {
				misses++
				if got := s.of(uint64(k)); got != s.prior {
					t.Fatalf("%s: of(%#x) = %v, want the prior %v", name, k, got, s.prior)
				}
			}
		}
	}
	if got := (&Salience{prior: 0.25}).of(42); got != 0.25 {
		t.Errorf("zero table: of = %v, want its prior", got)
	}
}
