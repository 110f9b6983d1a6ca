package summarize

import "testing"

func TestIntroLaterCredit(t *testing.T) {
	names := map[string]string{"osei": "hana osei"}
	want := []string{"n:osei"}
	for s, credit := range map[string]bool{
		`"the ferry will run again," said harbour master hana osei.`:         true,
		`"we saw it sink," hana osei told the gazette.`:                      true,
		`hana osei, who runs the ferry, was charged with neglect on friday.`: false,
		`the council fined hana osei's firm for the "broken" ramp.`:          false,
		`the town cheered when the ferry came back.`:                         false,
	} {
		if got := introLaterCredit(s, want, names); got != credit {
			t.Errorf("introLaterCredit(%q) = %v, want %v", s, got, credit)
		}
	}
}
