package summarize

import "testing"

func TestRaiseUNIn(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		named    bool
		want     string
	}{
		{"possessive", "Farmers wrote to the un's food agency.", false, "Farmers wrote to the UN's food agency."},
		{"head", "Two un experts toured the camp.", false, "Two UN experts toured the camp."},
		{"article", "She spoke to the un, aides said.", false, "She spoke to the UN, aides said."},
		{"evidence", "Talks at un headquarters stalled.", true, "Talks at UN headquarters stalled."},
		{"no evidence", "Talks at un headquarters stalled.", false, "Talks at un headquarters stalled."},
		{"hyphen", "He called it un-neighbourly.", true, "He called it un-neighbourly."},
		{"leader", "The leader Kim Jong un met the envoy.", true, "The leader Kim Jong un met the envoy."},
		{"french", "She said c'est un scandale.", true, "She said c'est un scandale."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseUNIn(tt.in, func() bool { return tt.named }); got != tt.want {
				t.Errorf("raiseUNIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
