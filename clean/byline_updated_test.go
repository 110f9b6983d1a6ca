package clean

import "testing"

func TestStripUpdatedBySlash(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"given name not listed", "/ updated by kivo tarnell a ferry ran aground near the tarnwick pier on monday night.",
			"A ferry ran aground near the tarnwick pier on monday night."},
		{"middle initial and a second name", "/ updated by anna e. varga and ian pell tarnwick — a ferry ran aground near the pier on monday.",
			"Tarnwick — a ferry ran aground near the pier on monday."},
		{"a list of three", "/ updated by anna varga, ian pell and tom winter the harbour board voted on monday to close the old pier.",
			"The harbour board voted on monday to close the old pier."},
		{"the last of several names in three words", "/ updated by anna varga, ian pell and mara van dijk the harbour board voted on monday to close the old pier.",
			"The harbour board voted on monday to close the old pier."},
		{"one name and a lede opening with a participle", "/ updated by kivo tarnell following the storm, the harbour board voted on monday to close the old pier.",
			"Following the storm, the harbour board voted on monday to close the old pier."},
		{"a degree", "/ updated by anna varga, md the harbour clinic has closed its doors after a fire on monday.",
			"The harbour clinic has closed its doors after a fire on monday."},
		{"after a promo", "Get our alerts every morning. / updated by kivo tarnell a ferry ran aground near the pier on monday night.",
			"Get our alerts every morning. A ferry ran aground near the pier on monday night."},
		{"no slash, name not listed", "Updated by kivo tarnell a ferry ran aground near the tarnwick pier on monday night.",
			"Updated by kivo tarnell a ferry ran aground near the tarnwick pier on monday night."},
		{"the label before a board", "/ updated by the harbour board on monday, the plan now closes the old pier in may.",
			"/ updated by the harbour board on monday, the plan now closes the old pier in may."},
		{"too short after", "/ updated by kivo tarnell the board voted.", "/ updated by kivo tarnell the board voted."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripUpdatedBy(tt.in); got != tt.want {
				t.Errorf("stripUpdatedBy(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
