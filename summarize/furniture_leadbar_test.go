package summarize

import "testing"

func TestCutLeadBar(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"story", "| the harbour board voted to rebuild the north pier.", "The harbour board voted to rebuild the north pier.", true},
		{"credit after", "| Mara Venn/Tarnwick Post the harbour board voted on monday.", "Mara Venn/Tarnwick Post the harbour board voted on monday.", true},
		{"too short", "| all rights kept.", "| all rights kept.", false},
		{"no bar", "The harbour board | voted.", "The harbour board | voted.", false},
		{"bar glued", "|the harbour board voted to rebuild the pier.", "|the harbour board voted to rebuild the pier.", false},
	} {
		got, ok := cutLeadBar(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: cutLeadBar(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
	if !leadBarOnly("| all rights kept.") || leadBarOnly("| the harbour board voted to rebuild the pier.") || leadBarOnly("All rights kept.") {
		t.Error("leadBarOnly")
	}
}
