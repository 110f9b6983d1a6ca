package summarize

import "testing"

func TestCutCorrectionClause(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"as an earlier version reported", "Inspectors found the pilot was not a licensed instructor, as an earlier version reported.",
			"Inspectors found the pilot was not a licensed instructor."},
		{"of this story said", "The ferry sailed from Dunmore on Tuesday, as a previous version of this story said.",
			"The ferry sailed from Dunmore on Tuesday."},
		{"incorrectly stated", "The mayor of Tarnwick is a Democrat, as an earlier version of this article incorrectly stated.",
			"The mayor of Tarnwick is a Democrat."},
		{"as stated in", "The hearing in Corbel county was not held in public as stated in an earlier version of this story.",
			"The hearing in Corbel county was not held in public."},
		{"version of a bill", "The council passed an earlier version of the bill in May, as an earlier version of the plan said.",
			"The council passed an earlier version of the bill in May, as an earlier version of the plan said."},
		{"an earlier version of the law", "Lawmakers said the new rule mirrors an earlier version of the law.",
			"Lawmakers said the new rule mirrors an earlier version of the law."},
		{"as reported in a newspaper", "The mill closed in 1998, as reported in an earlier version of the Tarnwick Courier's history.",
			"The mill closed in 1998, as reported in an earlier version of the Tarnwick Courier's history."},
		{"too short", "He was not, as an earlier version reported.", "He was not, as an earlier version reported."},
		{"no note", "The ferry sailed on Tuesday.", "The ferry sailed on Tuesday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutCorrectionClause(tt.in)
			if got != tt.want || ok != (tt.in != tt.want) {
				t.Errorf("cutCorrectionClause(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}
