package summarize

import "testing"

func TestRetoldAge(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		before []string
		want   string // "" for unchanged
	}{
		{"apposed age given again",
			"Relling, 52, pleaded not guilty on Friday.",
			[]string{"Tomas Relling, 52, was charged with arson on Monday."},
			"Relling pleaded not guilty on Friday."},
		{"apposed age after an age lead",
			"Relling, 52, has a long record of fires.",
			[]string{"Police named the suspect as 52-year-old Tomas Relling of Ostrel."},
			"Relling has a long record of fires."},
		{"age lead with a role between",
			"Mr. Relling, 52, of Ostrel, was held without bail.",
			[]string{"The 52-year-old fire officer Relling was arrested."},
			"Mr. Relling, of Ostrel, was held without bail."},
		{"a place after it and no comma closing it",
			"Relling, 52, of Ostrel was held without bail.",
			[]string{"Tomas Relling, 52, was charged."},
			""},
		{"two people joined by and",
			"The bodies of Ms Orvel, 37, and Mr Tann, 33, were found on the shore.",
			[]string{"Dana Orvel, 37, and her friend Pim Tann, 33, went missing on a hike."},
			"The bodies of Ms Orvel and Mr Tann were found on the shore."},
		{"age lead given again",
			"A judge sentenced the 52-year-old Tomas Relling on Friday.",
			[]string{"Tomas Relling, 52, was convicted of arson."},
			"A judge sentenced Tomas Relling on Friday."},
		{"another age",
			"Relling, 53, pleaded not guilty.",
			[]string{"Tomas Relling, 52, was charged with arson."},
			""},
		{"age told of someone unnamed",
			"Ms Orvel, 31, had been on holiday.",
			[]string{"A 31-year-old architect died in the fall."},
			""},
		{"a list of people and ages",
			"Ana, 9, Bren, 7, and Cole, 4, left home that morning.",
			[]string{"Ana, 9, Bren, 7, and Cole, 4, went missing in 1966."},
			""},
		{"one of two ages new",
			"Orvel, 37, and Tann, 33, were found.",
			[]string{"Dana Orvel, 37, went missing with a friend."},
			""},
		{"name apposed before its age",
			"Relling and his son, ivo Relling, 9, were found on Friday.",
			[]string{"Police hope to reunite 9-year-old Ivo Relling with his mother."},
			""},
		{"another age written apart",
			"Ana Orvel,19, and Bea Tann, 18, were hurt.",
			[]string{"Ana Orvel, 19, and Bea Tann, 18, were attacked."},
			""},
		{"another person of the surname",
			"Maria Relling, 52, pleaded guilty.",
			[]string{"John Relling, 52, was sentenced."},
			""},
		{"a middle name added",
			"Tomas Ivo Relling, 52, then fled.",
			[]string{"Tomas Relling, 52, was sentenced."},
			"Tomas Ivo Relling then fled."},
		{"a list with another age",
			"Police named 15-year-old Ivo Tann and 52-year-old Tomas Relling.",
			[]string{"Tomas Relling, 52, was charged."},
			""},
		{"age leading a modifier",
			"The 52-year-old Ostrel man pleaded guilty.",
			[]string{"The 52-year-old Ostrel man was arrested."},
			""},
		{"an age after a",
			"He met a 52-year-old Relling at the bar.",
			[]string{"Tomas Relling, 52, was charged."},
			""},
		{"inside a quotation",
			`"Relling, 52, is a danger," the judge said.`,
			[]string{"Tomas Relling, 52, was charged."},
			""},
		{"a quotation elsewhere in the sentence",
			`Relling, 52, called the harbour board "a den of thieves" in court.`,
			[]string{"Tomas Relling, 52, was charged."},
			`Relling called the harbour board "a den of thieves" in court.`},
		{"an age leading a name, a quotation after it",
			`The judge said the 52-year-old Relling was "a danger to Tarnwick."`,
			[]string{"Tomas Relling, 52, was charged."},
			`The judge said Relling was "a danger to Tarnwick."`},
		{"a leading age inside a quotation",
			`"The 52-year-old Relling was a danger," the judge said.`,
			[]string{"Tomas Relling, 52, was charged."},
			""},
		{"a relative clause after the age",
			"Tomas Relling, 52, who ran the Tarnwick ferry, is accused of fraud.",
			[]string{"Tomas Relling, 52, was charged."},
			"Tomas Relling, who ran the Tarnwick ferry, is accused of fraud."},
		{"another person's age told first",
			"Tomas Relling, 52, of Tarnwick, said his son, Ivo Relling, 19, was missing.",
			[]string{"Tomas Relling, 52, was charged."},
			"Tomas Relling, of Tarnwick, said his son, Ivo Relling, 19, was missing."},
		{"another person's age apart, after",
			"Ana Marr, 40, sat beside Tomas Relling, 52, in court.",
			[]string{"Tomas Relling, 52, was charged."},
			""},
		{"two ages apart, both told",
			"Tomas Relling, 52, sat beside Ana Marr, 40, in court.",
			[]string{"Tomas Relling, 52, and Ana Marr, 40, were charged."},
			""},
		{"a relative clause closing the sentence",
			"The film shows Tomas Relling, 52, who ran the Tarnwick ferry for years.",
			[]string{"Tomas Relling, 52, was charged."},
			"The film shows Tomas Relling, who ran the Tarnwick ferry for years."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := retoldAge(tt.s, tt.before)
			if tt.want == "" {
				if ok || got != tt.s {
					t.Errorf("retoldAge(%q) = %q, %v; want unchanged", tt.s, got, ok)
				}
				return
			}
			if !ok || got != tt.want {
				t.Errorf("retoldAge(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}
