package summarize

import "testing"

func TestSpaceSingleClose(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The first 'night shift'plan opens in May.", "The first 'night shift' plan opens in May."},
		{"He called it 'reckless,'said the mayor.", "He called it 'reckless,' said the mayor."},
		{"'All clear'was the word by noon.", "'All clear' was the word by noon."},
		{"The crew 'didn't want'to stay.", "The crew 'didn't want' to stay."},
		{"Two words: 'alpha' and 'beta'mean little.", "Two words: 'alpha' and 'beta' mean little."},
		// Left alone: contractions, possessives, decades, lone marks, a
		// word with a mark in it, a mark after a space.
		{"The mayor's aide didn't say.", ""},
		{"It began in the '70s and it's over.", ""},
		{"They watched 'the harbour show.", ""},
		{"the 'Vrelka clan is strong, said the mayor's aide, and the 'Vrelka clan knows it.", ""},
		{"also known as Omar 'anwar Omar 'Ali Tessa.", ""},
		{"a rock 'n'roll night", ""},
		{"The 'closing' mark is spaced.", ""},
	}
	for _, tt := range tests {
		want := tt.want
		if want == "" {
			want = tt.in
		}
		if got := spaceSingleClose(tt.in); got != want {
			t.Errorf("spaceSingleClose(%q) = %q, want %q", tt.in, got, want)
		}
	}
}
