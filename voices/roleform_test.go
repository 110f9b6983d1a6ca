package voices

import "testing"

func TestRoleForm(t *testing.T) {
	for _, tt := range []struct{ role, want string }{
		{"Sen.", "senator"},
		{"Lt. Col.", "lieutenant colonel"},
		{"Tarnwick Gov.", "Tarnwick governor"},
		{"Police chief", "police chief"},
		{"Prime Minister", "prime minister"},
		{"Senate Majority Leader", "Senate majority leader"},
		{"Former mayor", "former mayor"},
		{"Velmora Police Sgt.", "Velmora police sergeant"},
		{"harbour police spokesman Lt.", "harbour police spokesman"},
		{"an aide to Sen. Ilse Varga", "an aide to Sen. Ilse Varga"},
		{"General Motors chief", "General Motors chief"},
		{"secretary of state", "secretary of state"},
		{"a spokesman for the company", "a spokesman for the company"},
		{"a Republican", "a Republican"},
		{"CEO", "CEO"},
		{"The former", ""},
		{"Police", ""},
		{"House minority", ""},
		{"the Velmora Observer's", ""},
		{"", ""},
	} {
		if got := RoleForm(tt.role); got != tt.want {
			t.Errorf("RoleForm(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}
