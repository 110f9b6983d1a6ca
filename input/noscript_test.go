package input

import (
	"strings"
	"testing"
)

func TestHTMLTextNoscript(t *testing.T) {
	article := strings.Repeat("<p>The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, which storms closed two winters ago.</p>\n", 6)
	tests := []struct {
		name    string
		body    string
		want    []string
		notWant []string
	}{
		{"article in a noscript beside its script template",
			`<header><p>Bay Courier</p></header><div class="post"><script type="text/template">` + article + `</script><noscript>` + article + `</noscript></div>`,
			[]string{"rebuild the north pier"}, []string{"<p>", "</p>"}},
		{"short notice in a noscript stays out",
			`<noscript><div class="alert">JavaScript is required to read the harbour notices.</div></noscript><article>` + article + `</article>`,
			[]string{"rebuild the north pier"}, []string{"JavaScript is required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTMLText(`<!DOCTYPE html><html><head><title>Pier</title></head><body>` + tt.body + `</body></html>`)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.want {
				if !strings.Contains(got, s) {
					t.Errorf("text lacks %q:\n%s", s, got)
				}
			}
			for _, s := range tt.notWant {
				if strings.Contains(got, s) {
					t.Errorf("text holds %q:\n%s", s, got)
				}
			}
		})
	}
}
