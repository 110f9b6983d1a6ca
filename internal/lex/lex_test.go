package lex

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		joined bool
		want   []string
		spans  []int
	}{
		{"empty", "", false, nil, nil},
		{"separators only", " ,.;— ", false, nil, nil},
		{"plain", "The quake hit at 4:12", false, []string{"the", "quake", "hit", "at", "4", "12"}, []int{0, 3, 4, 9, 10, 13, 14, 16, 17, 18, 19, 21}},
		{"unicode letters", "Ça ÉTÉ", false, []string{"ça", "été"}, []int{0, 3, 4, 9}},
		{"apostrophe split", "don't", false, []string{"don", "t"}, []int{0, 3, 4, 5}},
		{"joined apostrophe", "don't rock’n", true, []string{"don't", "rock’n"}, []int{0, 5, 6, 14}},
		{"joined hyphen", "cease-fire -x y-", true, []string{"cease-fire", "x", "y"}, []int{0, 10, 12, 13, 14, 15}},
		{"joined decimal", "3.5 U.S. 1,200, a,b", true, []string{"3.5", "u", "s", "1,200", "a", "b"}, []int{0, 3, 4, 5, 6, 7, 9, 14, 16, 17, 18, 19}},
		{"invalid utf-8", "a\xffb", false, []string{"a", "b"}, []int{0, 1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := Words{Joined: tt.joined}
			w.Reset(tt.in)
			var got []string
			var spans []int
			for w.Next() {
				got = append(got, string(w.Word()))
				i, j := w.Span()
				spans = append(spans, i, j)
			}
			if !slices.Equal(got, tt.want) || !slices.Equal(spans, tt.spans) {
				t.Errorf("Words(%q) = %q %v, want %q %v", tt.in, got, spans, tt.want, tt.spans)
			}
		})
	}
}

// TestWordsMatchesFieldsFunc checks the plain split against its definition:
// strings.FieldsFunc on letters and digits of the lower-cased text.
func TestWordsMatchesFieldsFunc(t *testing.T) {
	for _, s := range []string{"Hello, World! 42x", "naïve CAFÉ—déjà vu", "٣ apples", "tab\tsep\nline"} {
		want := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if got := Fields(s); !slices.Equal(got, want) {
			t.Errorf("Fields(%q) = %q, want %q", s, got, want)
		}
	}
}

// letterWordsDef is LetterWords by its definition: the first n fields of
// strings.FieldsFunc on letters, each lower-cased.
func letterWordsDef(s string, n int) []string {
	out := []string{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(out) == n {
			break
		}
		out = append(out, strings.ToLower(f))
	}
	return out
}

func TestLetterWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want []string
	}{
		{"empty", "", 40, []string{}},
		{"digits split", "He's 42nd", 40, []string{"he", "s", "nd"}},
		{"first n", "One two three four", 2, []string{"one", "two"}},
		{"none asked", "One two", 0, []string{}},
		{"all when negative", "One, two.", -1, []string{"one", "two"}},
		{"unicode letters", "«Ça» ÉTÉ—déjà", 40, []string{"ça", "été", "déjà"}},
		{"invalid utf-8", "ab\xffcd\xe2\x80 ef", 40, []string{"ab", "cd", "ef"}},
		{"lower then capital", "mcGraw iPad sÉance", 40, []string{"mcgraw", "ipad", "séance"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LetterWords(tt.in, tt.n); !slices.Equal(got, tt.want) {
				t.Errorf("LetterWords(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
			if def := letterWordsDef(tt.in, tt.n); !slices.Equal(def, tt.want) {
				t.Errorf("definition gives %q, want %q", def, tt.want)
			}
			// Appended after words already held, into a reused slice.
			held := []string{"x", "y"}
			if got := AppendLetterWords(held, tt.in, tt.n); !slices.Equal(got[:2], held) || !slices.Equal(got[2:], tt.want) {
				t.Errorf("AppendLetterWords(%q, %q, %d) = %q, want %q after them", held, tt.in, tt.n, got, tt.want)
			}
		})
	}
}

func FuzzLetterWords(f *testing.F) {
	for _, s := range []string{"He's 42nd", "«Ça» ÉTÉ—déjà", "a\xffb", "The council, which met, said:"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if got, want := LetterWords(s, n), letterWordsDef(s, n); !slices.Equal(got, want) {
			t.Errorf("LetterWords(%q, %d) = %q, want %q", s, n, got, want)
		}
	})
}

func TestDigit(t *testing.T) {
	w := Words{}
	w.Reset("abc a1 ٣")
	var got []bool
	for w.Next() {
		got = append(got, w.Digit())
	}
	if want := []bool{false, true, true}; !slices.Equal(got, want) {
		t.Errorf("Digit = %v, want %v", got, want)
	}
}

func TestHash(t *testing.T) {
	// FNV-1a test vectors.
	tests := []struct {
		in   string
		want uint64
	}{
		{"", 0xcbf29ce484222325},
		{"a", 0xaf63dc4c8601ec8c},
		{"foobar", 0x85944171f73967e8},
	}
	for _, tt := range tests {
		if got := Hash(tt.in); got != tt.want {
			t.Errorf("Hash(%q) = %#x, want %#x", tt.in, got, tt.want)
		}
		if got := HashBytes([]byte(tt.in)); got != tt.want {
			t.Errorf("HashBytes(%q) = %#x, want %#x", tt.in, got, tt.want)
		}
	}
	if HashMore(Hash("foo"), "bar") != Hash("foobar") {
		t.Error("HashMore does not continue Hash")
	}
	if Pair(1, 2) == Pair(2, 1) {
		t.Error("Pair is symmetric")
	}
	if Mix(1) == Mix(2) || Mix(0) != 0 {
		t.Error("Mix: unexpected values")
	}
}

func TestSets(t *testing.T) {
	tests := []struct {
		name    string
		a, b    []int
		n       int
		jaccard float64
	}{
		{"both empty", nil, nil, 0, 0},
		{"one empty", []int{1}, nil, 0, 0},
		{"disjoint", []int{1, 3}, []int{2, 4}, 0, 0},
		{"equal", []int{1, 2, 3}, []int{1, 2, 3}, 3, 1},
		{"half", []int{1, 2, 3}, []int{2, 3, 4}, 2, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Intersect(tt.a, tt.b); got != tt.n {
				t.Errorf("Intersect = %d, want %d", got, tt.n)
			}
			if got := Jaccard(tt.a, tt.b); got != tt.jaccard {
				t.Errorf("Jaccard = %v, want %v", got, tt.jaccard)
			}
		})
	}
	if got := SortUnique([]uint32{3, 1, 3, 2, 1}); !slices.Equal(got, []uint32{1, 2, 3}) {
		t.Errorf("SortUnique = %v", got)
	}
}

func TestCase(t *testing.T) {
	tests := []struct{ in, lower, upper string }{
		{"", "", ""},
		{"ABC déjà", "abc déjà", "ABC déjà"},
		{"éCOLE", "éCOLE"[:2] + "cole", "ÉCOLE"},
		{"already lower", "already lower", "Already lower"},
	}
	for _, tt := range tests {
		if got := LowerASCII(tt.in); got != tt.lower || len(got) != len(tt.in) {
			t.Errorf("LowerASCII(%q) = %q, want %q", tt.in, got, tt.lower)
		}
		if got := UpperFirst(tt.in); got != tt.upper {
			t.Errorf("UpperFirst(%q) = %q, want %q", tt.in, got, tt.upper)
		}
	}
}

func TestTitleWord(t *testing.T) {
	tests := []struct{ in, after, want string }{
		{"", "-", ""},
		{"jean-paul", "-", "Jean-Paul"},
		{"o'neil", "-", "O'neil"},
		{"st.-denis", "-.", "St.-Denis"},
		{"écija", "-", "Écija"},
		{"1st-avenue", "-", "1st-Avenue"}, // only the first rune or one after a break may rise
	}
	for _, tt := range tests {
		if got := TitleWord(tt.in, tt.after); got != tt.want {
			t.Errorf("TitleWord(%q, %q) = %q, want %q", tt.in, tt.after, got, tt.want)
		}
	}
}

func TestStems(t *testing.T) {
	tests := []struct{ in, porter2, light string }{
		{"reports", "report", "report"},
		{"reported", "report", "report"},
		{"reporting", "report", "report"},
		{"cities", "citi", "city"},
		{"quickly", "quick", "quick"},
		{"bus", "bus", "bus"},
	}
	var c StemCache
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.porter2 {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.porter2)
		}
		if got := c.Stem(tt.in); got != tt.porter2 {
			t.Errorf("StemCache.Stem(%q) = %q, want %q", tt.in, got, tt.porter2)
		}
		if got := string(LightStem([]byte(tt.in))); got != tt.light {
			t.Errorf("LightStem(%q) = %q, want %q", tt.in, got, tt.light)
		}
	}
}

// TestStemTable reads words from two goroutines, more distinct words than
// stemTable has slots, and holds every stem to Snowball's.
func TestStemTable(t *testing.T) {
	stems := Fields("report reports reported reporting city cities quick quickly bus buses tarnwick harbour harbours")
	var words []string
	for i := range 3 * len(stemTable) / 2 / len(stems) {
		for _, w := range stems {
			words = append(words, w+strconv.Itoa(i%97)+w[:i%len(w)])
		}
	}
	var wg sync.WaitGroup
	for g := range 2 {
		wg.Go(func() {
			for k := range words {
				w := words[(k*(g+1))%len(words)]
				if got, want := Stem(w), english.Stem(w, false); got != want {
					t.Errorf("Stem(%q) = %q, Snowball says %q", w, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestLists(t *testing.T) {
	for _, tt := range []struct {
		w                string
		attribution, quo bool
	}{
		{"said", true, true},
		{"argued", true, false},
		{"shouted", false, true},
		{"walked", false, false},
	} {
		if IsAttributionVerb(tt.w) != tt.attribution || IsQuoteVerb(tt.w) != tt.quo {
			t.Errorf("%q: attribution %v quote %v, want %v %v", tt.w, IsAttributionVerb(tt.w), IsQuoteVerb(tt.w), tt.attribution, tt.quo)
		}
	}
	all, wire := Agencies(), WireAgencies()
	if len(wire) == 0 || len(all) <= len(wire) || !slices.Equal(all[:len(wire)], wire) {
		t.Errorf("Agencies %q should start with WireAgencies %q", all, wire)
	}
	for _, a := range all {
		if a != strings.ToLower(strings.TrimSpace(a)) || strings.ContainsAny(a, "[]#|") {
			t.Errorf("agency %q: want a trimmed lower-case name", a)
		}
	}
}

func BenchmarkStem(b *testing.B) {
	words := Fields("officials reported that the rescuers were searching collapsed buildings in the coastal towns for survivors")
	b.Run("light", func(b *testing.B) {
		buf := make([]byte, 0, 32)
		for b.Loop() {
			for _, w := range words {
				buf = LightStem(append(buf[:0], w...))
			}
		}
	})
	b.Run("porter2", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				Stem(w)
			}
		}
	})
}

func TestContentTerms(t *testing.T) {
	var w Words
	buf := []uint64{7}
	buf = ContentTerms(buf, &w, "The reports, the REPORTED report and a quake")
	quake := Hash("earthquak") // "quake" folds onto "earthquake", stemmed
	want := SortUnique([]uint64{Hash("report"), quake})
	if buf[0] != 7 || !slices.Equal(buf[1:], want) {
		t.Errorf("ContentTerms = %v, want 7 then %v", buf, want)
	}
	if got := ContentTerms(nil, &w, "the and of"); len(got) != 0 {
		t.Errorf("stopwords only: %v", got)
	}
}

func TestCased(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"The mayor met Anna Berg on Monday.", true},
		{"the mayor met anna berg on monday.", false},
		{"It rained. Then it stopped.", false}, // capitals only after full stops
		{"One", false},
	}
	for _, tt := range tests {
		if got := Cased(tt.in); got != tt.want {
			t.Errorf("Cased(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// casedFields is Cased without its first test (mayBeCased), the
// reference TestCasedSame holds it to.
func casedFields(s string) bool {
	prev, first := "", true
	for f := range strings.FieldsSeq(s) {
		if !first {
			r, _ := utf8.DecodeRuneInString(f)
			if unicode.IsUpper(r) && !strings.HasSuffix(prev, ".") {
				return true
			}
		}
		prev, first = f, false
	}
	return false
}

// TestCasedSame compares Cased with casedFields on strings drawn from
// ASCII and Unicode spaces, capitals, full stops and non-ASCII letters.
func TestCasedSame(t *testing.T) {
	pieces := []string{"a", "b", "Z", "M", ".", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "é", "É", "ß", "\xff", "x."}
	rng := rand.New(rand.NewPCG(1, 17))
	cased := 0
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := casedFields(s)
		if want {
			cased++
		}
		if got := Cased(s); got != want {
			t.Fatalf("Cased(%q) = %v, the reference says %v", s, got, want)
		}
	}
	if cased < 10000 || cased > 190000 {
		t.Errorf("%d of 200000 strings cased: the draw tests too little", cased)
	}
}

func TestHasDigit(t *testing.T) {
	for _, s := range []string{"", "no figures", "café ünd ½", "route 9", "7", "x٣y", "$5.2bn"} {
		if got, want := HasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("HasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTrimPunct checks TrimPunct, TrimLeftPunct and TrimRightPunct against
// strings.Trim, TrimLeft and TrimRight on the cutsets the
// callers use, for words made of every pair of ends from letters, digits,
// marks, spaces, non-ASCII letters and an invalid byte.
func TestTrimPunct(t *testing.T) {
	cutsets := []string{`,.;:!?"“”'‘’()[]`, ".,;:!?\"'“”‘’()[]", `,.;:!?'"“”‘’()-—–`, ",.", "\"“‘'`([", ",.;:!?\"”’'`)]"}
	ends := []string{"", "a", "Z", "7", ",", ".", "\"", "“", "”", "’", "(", "]", " ", "é", "—", "\xff", "a.", ".a", "“a", "a”"}
	for _, cut := range cutsets {
		for _, l := range ends {
			for _, r := range ends {
				for _, mid := range []string{"", "x", "o'neil", "“", "\xff"} {
					s := l + mid + r
					if got, want := TrimPunct(s, cut), strings.Trim(s, cut); got != want {
						t.Errorf("TrimPunct(%q, %q) = %q, want %q", s, cut, got, want)
					}
					if got, want := TrimLeftPunct(s, cut), strings.TrimLeft(s, cut); got != want {
						t.Errorf("TrimLeftPunct(%q, %q) = %q, want %q", s, cut, got, want)
					}
					if got, want := TrimRightPunct(s, cut), strings.TrimRight(s, cut); got != want {
						t.Errorf("TrimRightPunct(%q, %q) = %q, want %q", s, cut, got, want)
					}
				}
			}
		}
	}
}

// FuzzVerbShapes: IsAttributionVerb, IsQuoteVerb and the given-name
// tests, which look at a word's shape first, answer as their sets do.
func FuzzVerbShapes(f *testing.F) {
	for w := range attributionVerbs {
		f.Add(w)
	}
	for w := range quoteVerbs {
		f.Add(w + "s")
	}
	for w := range givenAll {
		f.Add(w)
	}
	f.Add("")
	f.Add("velmoran")
	f.Fuzz(func(t *testing.T, w string) {
		if IsGivenName(w) != givenAll[w] || IsMaleGivenName(w) != givenMen[w] || IsFemaleGivenName(w) != givenWomen[w] {
			t.Errorf("IsGivenName(%q) and kin disagree with their sets", w)
		}
		if IsAttributionVerb(w) != attributionVerbs[w] || IsQuoteVerb(w) != quoteVerbs[w] {
			t.Errorf("IsAttributionVerb(%q), IsQuoteVerb = %v, %v; sets say %v, %v", w,
				IsAttributionVerb(w), IsQuoteVerb(w), attributionVerbs[w], quoteVerbs[w])
		}
	})
}

// FuzzTrimPunct: TrimPunct, TrimLeftPunct and TrimRightPunct trim as
// strings.Trim, TrimLeft and TrimRight do, on the callers' cutsets.
func FuzzTrimPunct(f *testing.F) {
	f.Add("“(velmora,”)\xff.")
	f.Fuzz(func(t *testing.T, s string) {
		for _, cut := range []string{`,.;:!?"“”'‘’()[]`, `,.;:!?'"“”‘’()-—–`, ",.", "\"“‘'`([", ",.;:!?\"”’'`)]"} {
			if TrimPunct(s, cut) != strings.Trim(s, cut) || TrimLeftPunct(s, cut) != strings.TrimLeft(s, cut) ||
				TrimRightPunct(s, cut) != strings.TrimRight(s, cut) {
				t.Errorf("TrimPunct(%q, %q) and kin differ from strings.Trim and kin", s, cut)
			}
		}
	})
}
