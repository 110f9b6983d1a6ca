package summarize

import "testing"

// TestMethodsHeading checks that an abstract's methods heading opening a
// sentence is found, and the words used in a story's sentence are not.
func TestMethodsHeading(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"design", "Design, setting, and participants: a cohort of 4,000 ferry pilots was followed for ten years.", true},
		{"design lower", "Design, setting and participants cohort study of 900 harbour workers in two ports.", true},
		{"outcomes", "Main outcomes and measures rates of sleep loss and of missed shifts.", true},
		{"story", "Design changes to the ferry were made after the crash.", false},
		{"setting", "Setting sail at dawn, the crew reached Tarnwick by noon.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := methodsHeading(tc.s); got != tc.want {
				t.Errorf("methodsHeading(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}
