package clean

import "testing"

func TestStripRunInByline(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"byline run into the lede", "By jane roe the harbour board voted on monday to close the old pier.", "The harbour board voted on monday to close the old pier."},
		{"two names", "By jane roe and ian pell the harbour board voted on monday to close the pier.", "The harbour board voted on monday to close the pier."},
		{"name and title", "By jane roe staff writer the harbour board voted on monday to close the pier.", "The harbour board voted on monday to close the pier."},
		{"headline and staff byline", "Board closes old pier by jane roe staff reporter the harbour board voted on monday to close the pier.", "The harbour board voted on monday to close the pier."},
		{"a comma after the name", "By jane roe, harbour desk the board voted on monday to close the pier.", "By jane roe, harbour desk the board voted on monday to close the pier."},
		{"by and a time", "By the end of the year the board will close the old pier for good.", "By the end of the year the board will close the old pier for good."},
		{"by and a month", "By may the harbour board had voted to close the old pier for good.", "By may the harbour board had voted to close the old pier for good."},
		{"by and a gerund", "By joining the two boards the harbour saved money on the old pier.", "By joining the two boards the harbour saved money on the old pier."},
		{"too short after", "By jane roe the board voted.", "By jane roe the board voted."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripRunInByline(tt.in); got != tt.want {
				t.Errorf("stripRunInByline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripUpdatedBy(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"after a promo", "Get our alerts every morning. / updated by jane roe a ferry ran aground near the westvale pier on monday night.", "Get our alerts every morning. A ferry ran aground near the westvale pier on monday night."},
		{"opening", "Updated by jane roe and ian pell the harbour board voted on monday to close the pier.", "The harbour board voted on monday to close the pier."},
		{"slash opening", "/ updated by jane roe the harbour board voted on monday to close the old pier.", "The harbour board voted on monday to close the old pier."},
		{"inside a sentence", "The page was updated by jane roe the harbour clerk on monday after the vote.", "The page was updated by jane roe the harbour clerk on monday after the vote."},
		{"no given name", "Updated by the harbour board on monday, the plan now closes the old pier in may.", "Updated by the harbour board on monday, the plan now closes the old pier in may."},
		{"too short after", "Updated by jane roe the board voted.", "Updated by jane roe the board voted."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripUpdatedBy(tt.in); got != tt.want {
				t.Errorf("stripUpdatedBy(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripCreditToken(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"agency", "Ap this satellite image shows the storm nearing the westvale coast.", "This satellite image shows the storm nearing the westvale coast."},
		{"player button", "Close a ferry ran aground near the westvale pier on monday night.", "A ferry ran aground near the westvale pier on monday night."},
		{"video length", "Video ( 01: 32 ): the harbour board confirmed on friday that the pier will close.", "The harbour board confirmed on friday that the pier will close."},
		{"agency as subject", "Reuters reported on tuesday that the pier would close for a year.", "Reuters reported on tuesday that the pier would close for a year."},
		{"network news", "Cbs news has learned that the pier will close for a year.", "Cbs news has learned that the pier will close for a year."},
		{"close to", "Close to 100 people waited at the pier for the last ferry.", "Close to 100 people waited at the pier for the last ferry."},
		{"video as subject", "Video showed water pouring over the pier as the storm hit.", "Video showed water pouring over the pier as the storm hit."},
		{"too short", "Ap the pier closed.", "Ap the pier closed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripCreditToken(tt.in); got != tt.want {
				t.Errorf("stripCreditToken(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsReporterLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"jane roe has more.", true},
		{"the tribune's jane roe explains why.", true},
		{"wxyz 4's jane roe reports.", true},
		{"jane roe of station wxyz in tarnwick reports.", true},
		{"robert lee doe has details.", true},
		{"the study is published in the journal harbour reports.", false},
		{"this enabled the council to close the pier reports.", false},
		{"the ferry sank on monday, the tribune reports.", false},
		{`" we are fine, " jane roe explains.`, false},
		{"roe reports.", false},
		{"jane roe has more to say about the pier than anyone.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isReporterLine(tt.in); got != tt.want {
			t.Errorf("isReporterLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
