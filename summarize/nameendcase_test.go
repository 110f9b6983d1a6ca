package summarize

import "testing"

func TestLowerAfterNameEnd(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"firm then a preposition", "The line was bought by westvale ferry co. In 2031.", "The line was bought by westvale ferry co. in 2031."},
		{"state then a conjunction", "Two were flown to tarnwick, ore. And elm, wash. By helicopter.",
			"Two were flown to tarnwick, ore. and elm, wash. by helicopter."},
		{"firm then an auxiliary", "Harbour lines inc. Will sell the pier.", "Harbour lines inc. will sell the pier."},
		{"firm then an article", "The council awarded westvale ferry co. A $3 million contract.",
			"The council awarded westvale ferry co. a $3 million contract."},
		{"saint's name", "They met at st. Paul's church.", "They met at st. Paul's church."},
		{"a name after the state", "The tarnwick county, ore. Sheriff's office said so.", "The tarnwick county, ore. Sheriff's office said so."},
		{"a pronoun opening the next sentence", "She died at home in tarnwick, ore. She was 93.", "She died at home in tarnwick, ore. She was 93."},
		{"pronoun I", "He worked for roe bros. I think.", "He worked for roe bros. I think."},
		{"cased text", "The ferry owned by Westvale Ferry Co. In Tarnwick sank, Anna Varga said.",
			"The ferry owned by Westvale Ferry Co. In Tarnwick sank, Anna Varga said."},
		{"no abbreviation", "In 2031 the ferry sank. In 2032 it rose.", "In 2031 the ferry sank. In 2032 it rose."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lowerAfterNameEnd(tt.in); got != tt.want {
				t.Errorf("lowerAfterNameEnd(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
