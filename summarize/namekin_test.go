package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameKinOther(t *testing.T) {
	src := []string{"anna varga left tarnwick on monday.", "anna varga was barred from the harbour.", "peter varga runs the harbour."}
	tests := []nameRewriteCase{
		{"the other of two", "", []string{"Varga was barred from contacting her brother, harbour master Peter Varga."},
			[]string{"Anna Varga was barred from contacting her brother, harbour master Peter Varga."}},
		{"a third given name", "maria varga said nothing, and maria varga left.",
			[]string{"Varga was barred from contacting her brother, harbour master Peter Varga."},
			[]string{"Varga was barred from contacting her brother, harbour master Peter Varga."}},
		{"no relative between", "", []string{"Varga was barred from the harbour by Peter Varga."},
			[]string{"Varga was barred from the harbour by Peter Varga."}},
		{"named before", "", []string{"Anna Varga left.", "Varga was barred from contacting her brother, Peter Varga."},
			[]string{"Anna Varga left.", "Varga was barred from contacting her brother, Peter Varga."}},
		{"the relative named first", "", []string{"Peter Varga said his sister Varga left."},
			[]string{"Peter Varga said his sister Varga left."}},
	}
	runNameCases(t, src, tests, func(c *cluster, sum *chorus.Summary) { c.nameKinOther(sum, nil) })
}
