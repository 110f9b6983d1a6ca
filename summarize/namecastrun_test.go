package summarize

import (
	"strings"
	"testing"
)

func TestCastRunAt(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		sum     []string
		want    []string
	}{
		{"a credits run: the character's given name before the actor's name",
			[]string{"cast & credits ruth ilsa brandt tomas jon velde.", "ilsa brandt sings in it.", "it is as good as ilsa brandt is."},
			[]string{"It is as good as ilsa brandt is."},
			[]string{"It is as good as ilsa brandt is."}},
		{"the run ends at the name: read as before, a two-word surname",
			[]string{"cast & credits ruth ilsa brandt.", "ilsa brandt sings in it.", "it is as good as ilsa brandt is."},
			[]string{"It is as good as ilsa brandt is."},
			[]string{"It is as good as Ruth Ilsa brandt is."}},
		{"known miss: the pair written nowhere else",
			[]string{"singer ruth ilsa brandt tomas said she would tour.", "ilsa said she would tour.", "ilsa was there."},
			[]string{"Ilsa said she would tour."},
			[]string{"Ruth Ilsa said she would tour."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNameRewrite(t, tt.sources, tt.sum, tt.want, (*cluster).writeFullNames)
		})
	}
}

// coresOf returns the lowerCore of each field of each sentence.
func coresOf(sentences ...string) [][]core {
	var out [][]core
	for _, s := range sentences {
		var cs []core
		for _, f := range strings.Fields(s) {
			w, p := lowerCore(f)
			cs = append(cs, core{w, p})
		}
		out = append(out, cs)
	}
	return out
}

func TestCastRunAtPlaces(t *testing.T) {
	shaped := func(w string) bool { return surnameShapedAs(w, nil) }
	tests := []struct {
		name      string
		sentences []string
		j         int // the place in the first sentence
		want      bool
	}{
		{"a credits run", []string{"credits ruth ilsa brandt tomas jon velde", "as good as ilsa brandt is"}, 2, true},
		{"a listed given name after the pair", []string{"credits ruth ilsa brandt jon velde", "as good as ilsa brandt is"}, 2, true},
		{"the pair written only after the listed name", []string{"credits ruth ilsa brandt tomas jon velde", "ruth ilsa brandt tomas"}, 2, false},
		{"punctuation ends the name", []string{"credits ruth ilsa brandt, tomas jon velde", "as good as ilsa brandt is"}, 2, false},
		{"a verb after the name", []string{"president ruth ilsa granted pardons", "president ilsa granted pardons"}, 2, false},
		{"no word after the pair", []string{"credits ruth ilsa brandt", "as good as ilsa brandt is"}, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cores := coresOf(tt.sentences...)
			if got := castRunAt(cores[0], tt.j, cores, shaped); got != tt.want {
				t.Errorf("castRunAt = %v, want %v", got, tt.want)
			}
		})
	}
}
