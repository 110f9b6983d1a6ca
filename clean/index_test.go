package clean

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

// prefixOfList is prefixOf by its definition: the first phrase of list,
// in order, that lower or lead starts with at a word boundary.
func prefixOfList(lower, lead string, list []string) string {
	for _, ph := range list {
		if hasWordPrefix(lower, ph) || hasWordPrefix(lead, ph) {
			return ph
		}
	}
	return ""
}

// containsOfList is the [contains] rule by its definition.
func containsOfList(lower string) string {
	for _, ph := range phrases.contains {
		if strings.Contains(lower, ph) {
			return ph
		}
	}
	return ""
}

// checkIndexes compares the indexed phrase lookups with their
// definitions on s.
func checkIndexes(t *testing.T, s string) {
	lower := lex.LowerASCII(s)
	lead := strings.TrimLeft(lower, leadPunct)
	if got, want := prefixOf(lower, lead, phrases.prefix, &phrases.prefixAt), prefixOfList(lower, lead, phrases.prefix); got != want {
		t.Errorf("prefix phrase of %q = %q, want %q", s, got, want)
	}
	if got, want := prefixOf(lower, lead, phrases.prompt, &phrases.promptAt), prefixOfList(lower, lead, phrases.prompt); got != want {
		t.Errorf("prompt phrase of %q = %q, want %q", s, got, want)
	}
	has := bytesOf(lower)
	got := ""
	for i, ph := range phrases.contains {
		if has.holds(&phrases.containsBytes[i]) && strings.Contains(lower, ph) {
			got = ph
			break
		}
	}
	if want := containsOfList(lower); got != want {
		t.Errorf("contains phrase of %q = %q, want %q", s, got, want)
	}
}

// TestPhraseIndexes checks the indexes on every phrase of
// boilerplate.txt, alone, after leading punctuation and inside a sentence.
func TestPhraseIndexes(t *testing.T) {
	var all []string
	all = append(all, phrases.prefix...)
	all = append(all, phrases.prompt...)
	all = append(all, phrases.contains...)
	for _, ph := range all {
		for _, s := range []string{ph, "• " + ph + " now", "(" + strings.ToUpper(ph) + ")", "The " + ph + ".", ph + "x"} {
			checkIndexes(t, s)
		}
	}
	for _, s := range []string{"", " ", "Click here to read more", "— Related: the port strike"} {
		checkIndexes(t, s)
	}
}

func FuzzPhraseIndexes(f *testing.F) {
	for _, s := range []string{"Click here to subscribe", "• Related: x", "All rights reserved."} {
		f.Add(s)
	}
	f.Fuzz(checkIndexes)
}

// checkDatelineFilters fails when a dateline expression matches p but the
// filter stripDateline runs before it says no.
func checkDatelineFilters(t *testing.T, p string) {
	if agencyDateline.MatchString(p) {
		i := strings.IndexByte(p, '(')
		if i < 0 || !agencyAfter(p[i+1:]) {
			t.Errorf("agencyDateline matches %q but agencyAfter says no", p)
		}
	}
	if datedDateline.MatchString(p) && !mayBeDated(p) {
		t.Errorf("datedDateline matches %q but mayBeDated says no", p)
	}
}

func TestDatelineFilters(t *testing.T) {
	for _, c := range []struct {
		in            string
		agency, dated bool
	}{
		{"NEW YORK (AP) — The port reopened.", true, false},
		{"Santa Rosa, Calif. ( ap ) — Crews worked.", true, false},
		{"LONDON, Sept 18 (Reuters) - Shares fell.", true, true},
		{"(The Associated Press) The port reopened.", true, false},
		{"Tarnwick, Aldera, Sept 18 - The council met.", false, true},
		{"Tarnwick, Tuesday - The council met.", false, true},
		{"The mayor (a former judge) said no - again.", false, false},
		{"Crews worked through the night - the port reopened.", false, false},
		{"(ſomething) odd", true, false},
	} {
		i := strings.IndexByte(c.in, '(')
		if got := i >= 0 && agencyAfter(c.in[i+1:]); got != c.agency {
			t.Errorf("agencyAfter after the parenthesis of %q = %v, want %v", c.in, got, c.agency)
		}
		if got := mayBeDated(c.in); got != c.dated {
			t.Errorf("mayBeDated(%q) = %v, want %v", c.in, got, c.dated)
		}
		checkDatelineFilters(t, c.in)
	}
}

func FuzzDatelineFilters(f *testing.F) {
	for _, s := range []string{"NEW YORK (AP) — x", "Tarnwick, Aldera, Sept 18 - x", "LONDON, 18 September (AFP) -- y", "Rome, Sunday | z"} {
		f.Add(s)
	}
	f.Fuzz(checkDatelineFilters)
}
