package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

// TestAddRolesMiddleInitial: a full name with a middle initial takes the
// role, rank or body the sources give it at its first mention, and a
// later full mention is cut to the surname, on every path of addRoles.
func TestAddRolesMiddleInitial(t *testing.T) {
	tests := []struct {
		name string
		src  []string
		in   []string
		want []string
	}{
		{"apposition, cased",
			[]string{"Thomas Q. Reyland, a surveyor for the county, said the map was wrong."},
			[]string{"Thomas Q. Reyland said the map was wrong."},
			[]string{"Thomas Q. Reyland, a surveyor for the county, said the map was wrong."}},
		{"apposition, a small initial in a lower-cased source",
			[]string{"thomas q. reyland, a surveyor for the county, said tuesday the map was wrong."},
			[]string{"the map was wrong, thomas q. Reyland said."},
			[]string{"the map was wrong, thomas q. Reyland, a surveyor for the county, said."}},
		{"the source writes no initial",
			[]string{"Thomas Reyland, a surveyor for the county, said the map was wrong."},
			[]string{"Thomas Q. Reyland said the map was wrong."},
			[]string{"Thomas Q. Reyland, a surveyor for the county, said the map was wrong."}},
		{"title before the name",
			[]string{"Police chief Thomas Q. Reyland said the map was wrong."},
			[]string{"Thomas Q. Reyland said the map was wrong."},
			[]string{"Police chief Thomas Q. Reyland said the map was wrong."}},
		{"rank",
			[]string{"a patrol led by cpl. thomas q. reyland found the wreck on monday."},
			[]string{"Thomas Q. Reyland said the crew was safe."},
			[]string{"Cpl. Thomas Q. Reyland said the crew was safe."}},
		{"affiliation",
			[]string{"thomas q. reyland of the county mapping office said tuesday the map was wrong."},
			[]string{"Thomas Q. Reyland said the map was wrong."},
			[]string{"Thomas Q. Reyland of the county mapping office said the map was wrong."}},
		{"a clause credited after a comma",
			[]string{"Thomas Q. Reyland, a surveyor for the county, said the map was wrong."},
			[]string{"The map was wrong, Thomas Q. Reyland said."},
			[]string{"The map was wrong, Thomas Q. Reyland, a surveyor for the county, said."}},
		{"a possessive takes the title",
			[]string{"Police chief Thomas Q. Reyland said the map was wrong."},
			[]string{"Thomas Q. Reyland's map was wrong."},
			[]string{"Police chief Thomas Q. Reyland's map was wrong."}},
		{"a later full mention is cut to the surname",
			[]string{"Ferries ran late."},
			[]string{"The surveyor, Thomas Reyland, spoke.", "But Thomas Q. Reyland said the map was wrong."},
			[]string{"The surveyor, Thomas Reyland, spoke.", "But Reyland said the map was wrong."}},
		{"another initial is another person",
			[]string{"Ferries ran late."},
			[]string{"The surveyor, Thomas P. Reyland, spoke.", "But Thomas Q. Reyland said the map was wrong."},
			[]string{"The surveyor, Thomas P. Reyland, spoke.", "But Thomas Q. Reyland said the map was wrong."}},
		{"a case's versus is no initial",
			[]string{"Thomas Reyland, a surveyor for the county, said the map was wrong."},
			[]string{"In Thomas v. Reyland the court ruled."},
			[]string{"In Thomas v. Reyland the court ruled."}},
		{"in a list of names",
			[]string{"Thomas Q. Reyland, a surveyor for the county, said the map was wrong."},
			[]string{"Anna Roe and Thomas Q. Reyland watched."},
			[]string{"Anna Roe and Thomas Q. Reyland watched."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := roleCluster(tt.src...)
			checkRewrite(t, tt.in, tt.want, c.addRoles)
		})
	}
}

func TestMiddleInitial(t *testing.T) {
	tests := []struct {
		s    string
		j    int
		want string
	}{
		{"Ivo K. Marlowe said", 0, "k"},
		{"ivo k. Marlowe said", 0, "k"},
		{"Ivo k. Marlowe said", 0, "k"}, // the capital is the sentence's
		{"then Ivo k. Marlowe said", 1, ""},
		{"then ivo K. marlowe said", 1, ""},
		{"Kimble v. Marvel ruled", 0, ""},
		{"Ivo K.", 0, ""},
		{"Ivo KJ. Marlowe said", 0, ""},
		{"Ivo Marlowe said", 0, ""},
	}
	for _, tt := range tests {
		if got := middleInitial(lex.SpaceFields(tt.s), tt.j); got != tt.want {
			t.Errorf("middleInitial(%q, %d) = %q, want %q", tt.s, tt.j, got, tt.want)
		}
	}
}

func TestInitialSents(t *testing.T) {
	in := []string{"a ferry sank.", "ivo k. marlowe, a lawyer, said ivo k. marlowe would sue."}
	got := initialSents(in, "ivo", "k", "marlowe")
	if got[0] != in[0] || got[1] != "ivo K. marlowe, a lawyer, said ivo K. marlowe would sue." {
		t.Errorf("initialSents = %q", got)
	}
	if in[1] != "ivo k. marlowe, a lawyer, said ivo k. marlowe would sue." {
		t.Errorf("initialSents changed its argument: %q", in[1])
	}
}
