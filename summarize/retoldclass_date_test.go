package summarize

import (
	"slices"
	"testing"
)

func TestCutMonthDates(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"month day year", "Two guards were killed in the attack near Kelso on April 9, 2019.", "Two guards were killed in the attack near Kelso."},
		{"day month", "Two guards and a driver were killed near Kelso Ford on 3 April.", "Two guards and a driver were killed near Kelso Ford."},
		{"lower case", "a guard was killed in the hills of kelso on may 9, 2019.", "a guard was killed in the hills of kelso."},
		{"month year", "The mill closed in March 2011 after the flood.", "The mill closed after the flood."},
		{"modal may", "Officials say they may 2 weeks from now reopen the mill.", "Officials say they may 2 weeks from now reopen the mill."},
		{"no date", "The mill closed after the flood.", "The mill closed after the flood."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutMonthDates(tt.in); got != tt.want {
				t.Errorf("cutMonthDates(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestClassDateless(t *testing.T) {
	retold := "Two guards were killed in the attack near Kelso on April 9, 2019."
	dated := []string{"Two guards and a driver were killed near Kelso Ford on 3 April."}
	undated := []string{"Two guards and a driver were killed near Kelso Ford."}
	if got := classDateless(retold, slices.Values(dated)); got != "Two guards were killed in the attack near Kelso." {
		t.Errorf("with a dated telling: got %q", got)
	}
	if got := classDateless(retold, slices.Values(undated)); got != retold {
		t.Errorf("with no dated telling: got %q, want it whole", got)
	}
}
