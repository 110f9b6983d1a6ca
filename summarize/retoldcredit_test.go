package summarize

import "testing"

// TestRetoldCredit checks which credits lose an apposition the summary
// gave before, on invented sentences.
func TestRetoldCredit(t *testing.T) {
	before := []string{"Ilse Brandt, the Tarnwick harbour master, closed the port on Monday after a ferry ran aground."}
	tests := []struct {
		name, s, want string
	}{
		{"a closing credit",
			`"The lane is not safe," said Ilse Brandt, the Tarnwick harbour master.`,
			`"The lane is not safe," said Ilse Brandt.`},
		{"a lower-cased source",
			`The lane "is not safe," said ilse brandt, the tarnwick harbour master.`,
			`The lane "is not safe," said ilse brandt.`},
		{"a credit after the quote",
			`"The lane is not safe," Brandt, the harbour master, said on Tuesday.`,
			`"The lane is not safe," Brandt said on Tuesday.`},
		{"a role of its own",
			`"The lane is not safe," said Ilse Brandt, the former Tarnwick harbour master.`,
			""},
		{"someone else",
			`"The lane is not safe," said Piet Varga, the Tarnwick harbour master.`,
			""},
		{"a relative clause",
			`"The lane is not safe," said Brandt, the harbour master who closed the port.`,
			""},
		{"a credit in the middle",
			`"The lane is not safe," said Ilse Brandt, the Tarnwick harbour master, on Tuesday.`,
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := retoldCredit(tt.s, before)
			if tt.want == "" {
				if ok || got != tt.s {
					t.Errorf("retoldCredit(%q) = %q, %v; want unchanged", tt.s, got, ok)
				}
				return
			}
			if !ok || got != tt.want {
				t.Errorf("retoldCredit(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}
