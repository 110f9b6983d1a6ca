package summarize

import "testing"

func TestSaidBackAt(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want int
	}{
		{"spokesman and their", "A coast guard spokesman said their bodies were found near the pier.", 5},
		{"official and they", "A harbour official says they were last seen on Sunday.", 4},
		{"the sheriff, later", "The sheriff later said they had left the cabin before dawn.", 4},
		{"told a listener", "An investigator told reporters their car was found in the river.", 4},
		{"said that", "The prosecutor said that they would appeal the ruling.", 4},
		{"plural speaker", "Coast guard officials said their search would resume at dawn.", -1},
		{"collective speaker", "A local family says they are heartbroken after the fire.", -1},
		{"a leader speaks for a group", "A village leader said they had asked for help for days.", -1},
		{"police", "Police said they arrested a man in Tarnwick on Sunday.", -1},
		{"speaker told of more", "A spokesman for the families said their sons were found.", -1},
		{"speaker with a name", "A spokesman, Ivo Selk, said their bodies were found.", -1},
		{"his, not their", "A harbour official said his office was closed.", -1},
		{"another subject", "Two fishermen said they saw the ferry sink.", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := saidBackAt(tt.s); got != tt.want {
				t.Errorf("saidBackAt(%q) = %d, want %d", tt.s, got, tt.want)
			}
		})
	}
}

func TestCountedGroup(t *testing.T) {
	tests := []struct {
		name, prev, want string
		ok               bool
	}{
		{"count and noun", "Four fishermen missing since Sunday have been found dead.", "four fishermen", true},
		{"count, modifiers and noun", "caption three young climbers who set out on friday were found dead.", "three young climbers", true},
		{"digits", "Rescuers reached the 12 miners early on Monday.", "12 miners", true},
		{"a noun as modifier", "Three police officers were hurt.", "three police officers", true},
		{"a measure", "The ferry sank two hours after it left.", "", false},
		{"two groups", "Two climbers and three guides were missing.", "", false},
		{"no count", "Fishermen missing since Sunday have been found dead.", "", false},
		{"a year is no count", "The storm of 1998 killed farmers.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := countedGroup(tt.prev)
			if got != tt.want || ok != tt.ok {
				t.Errorf("countedGroup(%q) = %q, %v, want %q, %v", tt.prev, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestSaidBackRewrite(t *testing.T) {
	tests := []struct {
		name, s, group, want string
		ok                   bool
	}{
		{"their noun", "A coast guard spokesman said their bodies were found near the pier.", "four fishermen",
			"A coast guard spokesman said the bodies of four fishermen were found near the pier.", true},
		{"they", "A harbour official says they were last seen on Sunday.", "four fishermen",
			"A harbour official says four fishermen were last seen on Sunday.", true},
		{"their phrase goes on", "A harbour official said their car keys were found.", "two hikers", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := saidBackRewrite(tt.s, saidBackAt(tt.s), tt.group)
			if got != tt.want || ok != tt.ok {
				t.Errorf("saidBackRewrite(%q) = %q, %v, want %q, %v", tt.s, got, ok, tt.want, tt.ok)
			}
		})
	}
}
