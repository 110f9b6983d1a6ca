package summarize

import "testing"

func TestRaiseRomanNumeralsIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"half raised", "Pope Arno Xvi left Tarnwick.", "Pope Arno XVI left Tarnwick."},
		{"possessive", "It was Arno Xii's palace.", "It was Arno XII's palace."},
		{"lower case after a name", "King Arno vi opened the harbour.", "King Arno VI opened the harbour."},
		{"a war", "Tarnwick was bombed in World War Ii.", "Tarnwick was bombed in World War II."},
		{"forty-nine", "Tarnwick hosted Harbour Bowl Xlix.", "Tarnwick hosted Harbour Bowl XLIX."},
		{"already right", "Pope Arno XVI and Henry VIII met.", "Pope Arno XVI and Henry VIII met."},
		{"after a stopword", "She was put on an iv drip and the Iv line.", "She was put on an iv drip and the Iv line."},
		{"at the opening", "Vi Varga sailed from Tarnwick.", "Vi Varga sailed from Tarnwick."},
		{"a name, not a numeral", "President Xi met Anna Li and Liv Varga.", "President Xi met Anna Li and Liv Varga."},
		{"versus", "Varga v Tarnwick went to court.", "Varga v Tarnwick went to court."},
		{"single letter", "Generation x and Arno i.", "Generation x and Arno i."},
		{"no numeral", "Anna Varga mixed a mild civil drink.", "Anna Varga mixed a mild civil drink."},
		{"mixed case", "Anna xVi left.", "Anna xVi left."},
		{"address", "See Tarnwick.org/ii or Varga vi-x.", "See Tarnwick.org/ii or Varga vi-x."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseRomanNumeralsIn(tt.in); got != tt.want {
				t.Errorf("raiseRomanNumeralsIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
