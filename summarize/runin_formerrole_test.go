package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutFormerRoleRunIn(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"surname headline, former role", "Varga quits ferry race in tarnwick former harbour board chairman anna varga said on monday she would not run again.",
			"Former harbour board chairman anna varga said on monday she would not run again.", true},
		{"appositive after the name", "Varga freed after ferry appeal former board chairman anna varga, who was jailed in may, has been freed by a court.",
			"Former board chairman anna varga, who was jailed in may, has been freed by a court.", true},
		{"headline does not name her", "Ferry race gets tighter in tarnwick former harbour board chairman anna varga said on monday she would not run again.", "", false},
		{"a verb of saying before former", "Holm said varga was wrong and former harbour board chairman anna varga said on monday she would not run.", "", false},
		{"a stopword before former", "Varga is the wife of former harbour board chairman piet varga who said on monday he would not run again.", "", false},
		{"a stopword in the description", "Varga quits ferry race in tarnwick former head of the board anna varga said on monday she would not run.", "", false},
	} {
		got, ok := cutFormerRoleRunIn(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutFormerRoleRunIn(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCutFormerRoleRunInsLowerOnly(t *testing.T) {
	in := "Varga quits ferry race in tarnwick former harbour board chairman anna varga said on monday she would not run again."
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: in}}}
	cutFormerRoleRunIns(&sum, false)
	if sum.Sentences[0].Text != in {
		t.Errorf("cased text changed: %q", sum.Sentences[0].Text)
	}
	cutFormerRoleRunIns(&sum, true)
	if sum.Sentences[0].Text == in {
		t.Errorf("lower-cased text unchanged")
	}
}
