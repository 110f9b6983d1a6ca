package dispute

import "testing"

// TestCutAtCommaLowerLength checks that a text whose lower-cased copy has
// another length ("\u212a", the Kelvin sign, lower-cases to one byte) is
// left whole instead of being cut at the copy's offsets.
func TestCutAtCommaLowerLength(t *testing.T) {
	text := "The \u212a\u212a\u212a\u212a\u212a\u212a harbour master is accused of selling the pier, which he denies."
	if _, _, ok := cutAtComma(text, "which", false); ok {
		t.Errorf("cutAtComma(%q) cut a text whose lower-cased copy is shorter", text)
	}
	if claim, denial, ok := cutAtComma("The harbour master is accused of selling the pier, which he denies.", "which", false); !ok ||
		claim != "The harbour master is accused of selling the pier …" || denial != "… which he denies." {
		t.Errorf("cutAtComma = %q, %q, %v", claim, denial, ok)
	}
}
