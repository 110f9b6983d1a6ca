package porter

import "testing"

func TestStem(t *testing.T) {
	tests := []struct{ name, word, want string }{
		{"short words are kept", "as", "as"},
		{"step 1a sses", "caresses", "caress"},
		{"step 1a ies", "ponies", "poni"},
		{"step 1a ies short", "ties", "ti"},
		{"step 1a ss kept", "caress", "caress"},
		{"step 1a s", "cats", "cat"},
		{"step 1b eed with m=0", "feed", "feed"},
		{"step 1b eed then step 5 e", "agreed", "agre"},
		{"step 1b ed", "plastered", "plaster"},
		{"step 1b ed without vowel", "bled", "bled"},
		{"step 1b ing", "motoring", "motor"},
		{"step 1b ing without vowel", "sing", "sing"},
		{"step 1b at+e then step 4 ate", "conflated", "conflat"},
		{"step 1b bl+e", "troubled", "troubl"},
		{"step 1b iz+e", "sized", "size"},
		{"step 1b double consonant", "hopping", "hop"},
		{"step 1b double l kept", "falling", "fall"},
		{"step 1b double s kept", "hissing", "hiss"},
		{"step 1b double z kept", "fizzed", "fizz"},
		{"step 1b cvc adds e", "filing", "file"},
		{"step 1c y after vowel", "happy", "happi"},
		{"step 1c y without vowel", "sky", "sky"},
		{"step 2 ational", "relational", "relat"},
		{"step 2 tional", "conditional", "condit"},
		{"step 2 bli (not abli)", "conformabli", "conform"},
		{"step 2 logi", "archaeology", "archaeolog"},
		{"step 2 ization", "vietnamization", "vietnam"},
		{"step 2 biliti", "sensibiliti", "sensibl"},
		{"step 3 icate", "triplicate", "triplic"},
		{"step 3 ative", "formative", "form"},
		{"step 3 ful", "hopeful", "hope"},
		{"step 3 ness", "goodness", "good"},
		{"step 4 ance", "allowance", "allow"},
		{"step 4 ement needs m>1 on the stem", "replacement", "replac"},
		{"step 4 ROUGE retries ent after ement", "agreement", "agreem"},
		{"step 4 ment", "adjustment", "adjust"},
		{"step 4 ent", "dependent", "depend"},
		{"step 4 tion", "adoption", "adopt"},
		{"step 4 ou", "homologou", "homolog"},
		{"step 5 e with m>1", "probate", "probat"},
		{"step 5 e kept with m=1 cvc", "cease", "ceas"},
		{"step 5 e kept with m=0", "rate", "rate"},
		{"step 5 ll", "controll", "control"},
		{"step 5 ll with m=1 kept", "roll", "roll"},
		{"initial y is a consonant", "yelling", "yell"},
		{"final y after initial y", "yesterday", "yesterdai"},
		{"digits lose a plural s", "1990s", "1990"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Stem(tt.word); got != tt.want {
				t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

func FuzzStem(f *testing.F) {
	for _, w := range []string{"yelling", "agreement", "y", "yyy", "ies", "sses", "1990s", "", "éed"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		s := Stem(w)
		if len(w) >= 3 && len(s) > len(w)+1 {
			t.Errorf("Stem(%q) = %q grew by more than one byte", w, s)
		}
	})
}

func BenchmarkStem(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Stem("generalizations")
	}
}
