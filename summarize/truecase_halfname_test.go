package summarize

import "testing"

func TestRaiseHalfNamesIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"people", "Elders of the native Americans of the valley met.", "Elders of the Native Americans of the valley met."},
		{"company", "a deal with time Warner, Orvel said", "a deal with Time Warner, Orvel said"},
		{"quoted show", `She spoke on "good morning America."`, `She spoke on "Good Morning America."`},
		{"three words", "a march of the occupy Wall Street crowd", "a march of the Occupy Wall Street crowd"},
		{"title before a name", "former attorney General Rhea Tolliver spoke", "former Attorney General Rhea Tolliver spoke"},
		{"title alone", "the vice President of sales quit", "the vice President of sales quit"},
		{"time a noun", "by the time Warner arrived", "by the time Warner arrived"},
		{"nothing raised", "a good morning to all", "a good morning to all"},
		{"all raised", "the Second World War ended", "the Second World War ended"},
		{"punctuation inside", "time, Warner said", "time, Warner said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseHalfNamesIn(tt.in); got != tt.want {
				t.Errorf("raiseHalfNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
