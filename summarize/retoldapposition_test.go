package summarize

import "testing"

func TestRetoldApposition(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		before []string
		want   string
	}{
		{"role given again",
			"Marr, the chief of Ostrel Mining, has resigned after nine years.",
			[]string{"Ostrel Mining chief Lida Marr has stepped down."},
			"Marr has resigned after nine years."},
		{"possessive role",
			"Mr. Vasek, Tarnwick's mayor, said the bridge would reopen in spring.",
			[]string{"Tarnwick mayor Dorn Vasek closed the bridge on Monday."},
			"Mr. Vasek said the bridge would reopen in spring."},
		{"a number given before",
			"Brandt, a senior 112 dispatcher in Tarnwick, says she only did her job.",
			[]string{`"You kept calm," Ilse Brandt, a senior 112 dispatcher in Tarnwick, told the caller.`},
			"Brandt says she only did her job."},
		{"a number of its own",
			"Brandt, a senior 112 dispatcher in Tarnwick, says she only did her job.",
			[]string{`"You kept calm," Ilse Brandt, a senior dispatcher in Tarnwick, told the caller.`},
			""},
		{"apposition adds a fact",
			"Marr, the former chief of Ostrel Mining, has resigned after nine years.",
			[]string{"Ostrel Mining chief Lida Marr has stepped down."},
			""},
		{"relative clause",
			"Marr, who led Ostrel Mining, has resigned after nine years.",
			[]string{"Lida Marr led Ostrel Mining until Monday."},
			""},
		{"name not in the earlier sentence",
			"Vasek, the chief of Ostrel Mining, has resigned after nine years.",
			[]string{"Ostrel Mining chief Lida Marr has stepped down."},
			""},
		{"a relative of the same name",
			"Vasek, the brother of Dorn Vasek, has been fined.",
			[]string{"A judge fined Milo Vasek, the brother of Dorn Vasek, on Monday."},
			""},
		{"no verb after it",
			"Marr, the chief of Ostrel Mining, and her deputy have resigned.",
			[]string{"Ostrel Mining chief Lida Marr has stepped down."},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := retoldApposition(tt.s, tt.before)
			if tt.want == "" {
				if ok || got != tt.s {
					t.Errorf("retoldApposition(%q) = %q, %v; want unchanged", tt.s, got, ok)
				}
				return
			}
			if !ok || got != tt.want {
				t.Errorf("retoldApposition(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

// FuzzRetoldApposMayOpen checks that retoldApposMayOpen never turns away
// a sentence that retoldApposShape matches.
func FuzzRetoldApposMayOpen(f *testing.F) {
	for _, s := range []string{
		"Wen Marr, the harbour master of Ostel, left after nine years.",
		"Ana de la Torve, a painter, said so.",
		"Olek’s, Brannock’s own baker, sells bread.",
		"The long day began, the crowd said.",
		"Marr,the keeper, left.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if retoldApposShape.MatchString(s) && !retoldApposMayOpen(s) {
			t.Errorf("retoldApposMayOpen(%q) = false, but retoldApposShape matches", s)
		}
	})
}
