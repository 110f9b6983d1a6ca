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
