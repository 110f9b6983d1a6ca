package summarize

import (
	"reflect"
	"testing"
)

func TestRetoldPredicate(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		before []string
		want   string
	}{
		{"arrest retold, custody added",
			"Vasek was arrested and is held without bail at the Ostrel county jail.",
			[]string{"Dorn Vasek has been arrested in the case."},
			"Vasek is held without bail at the Ostrel county jail."},
		{"comma before and",
			"The new hearing was set for Friday, and is expected to last nine days.",
			[]string{"A new hearing was set for Friday for Lida Marr, the woman accused of the theft."},
			"The new hearing is expected to last nine days."},
		{"predicate adds a fact",
			"Vasek was arrested in Tarnwick and is held without bail at the county jail.",
			[]string{"Dorn Vasek has been arrested."},
			""},
		{"predicate adds a number",
			"The storm is a category 2 hurricane and is moving north at 9 mph.",
			[]string{"Thousands fled ahead of the storm, now a hurricane."},
			""},
		{"denial",
			"The driver was not injured and was questioned by police at the scene.",
			[]string{"The driver was injured."},
			""},
		{"said clause",
			"The neighbours say the dogs are loud and have to be kept inside at night.",
			[]string{"The neighbours of the kennel say the dogs are loud."},
			""},
		{"quotation",
			"'I was arrested and was held for a day in a cell,' Vasek said.",
			[]string{"Vasek was arrested."},
			""},
		{"also leans on the cut",
			"Vasek was arrested and was also fined for the damage to the statue.",
			[]string{"Dorn Vasek has been arrested."},
			""},
		{"no earlier telling",
			"Vasek was arrested and is held without bail at the county jail.",
			[]string{"A statue was found in a yard in Tarnwick."},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := retoldPredicate(tt.s, tt.before)
			if tt.want == "" {
				if ok || got != tt.s {
					t.Errorf("retoldPredicate(%q) = %q, %v; want unchanged", tt.s, got, ok)
				}
				return
			}
			if !ok || got != tt.want {
				t.Errorf("retoldPredicate(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

// FuzzRetoldPredJoins checks retoldPredJoins against the expression it
// stands for.
func FuzzRetoldPredJoins(f *testing.F) {
	for _, s := range []string{
		"Tam Orrin was held, and is free and well and happy.",
		"a and and b",
		", and , and ,, and x",
		" and ",
		"pears,  and plums and",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := retoldPredJoins(s), retoldPredJoin.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("retoldPredJoins(%q) = %v, want %v", s, got, want)
		}
	})
}
