package summarize

import "testing"

func TestCutBareDateline(t *testing.T) {
	for in, want := range map[string]string{
		"Washington the harbour board voted on monday to close the old ferry pier by june.":         "The harbour board voted on monday to close the old ferry pier by june.",
		"New york a ferry carrying forty people sank off the cape on monday, the coast guard said.": "A ferry carrying forty people sank off the cape on monday, the coast guard said.",
		"Washington is where the harbour board will meet on monday to vote on the old ferry pier.":  "Washington is where the harbour board will meet on monday to vote on the old ferry pier.",
		"Westvale the harbour board voted on monday to close the old ferry pier by june.":           "Westvale the harbour board voted on monday to close the old ferry pier by june.",
		"London the ferry sank.": "London the ferry sank.",
	} {
		if got := cutBareDateline(in); got != want {
			t.Errorf("cutBareDateline(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}
