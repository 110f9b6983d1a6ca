package summarize

import "testing"

func TestRoleBody(t *testing.T) {
	for role, want := range map[string]string{
		"of the Maine Harbour Service":                 "Maine Harbour Service",
		"at the Ostrel General Hospital":               "Ostrel General Hospital",
		"executive director of the Ostrel Civil Union": "",
		"mayor": "",
		"":      "",
	} {
		if got := roleBody(role); got != want {
			t.Errorf("roleBody(%q) = %q, want %q", role, got, want)
		}
	}
}
