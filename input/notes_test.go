package input

import (
	"strings"
	"testing"
)

func TestItalicNotes(t *testing.T) {
	body := `<p>The harbour authority of Port Wendle closed the northern pier on Tuesday after inspectors found cracks in three of its supports.</p>` +
		`<p>Skippers who moved their boats to the south basin said the fees there were twice as high, and they would ask the council for help.</p>` +
		`<p><i>"We were told the pier would last another fifty years," one skipper wrote to the board in a letter the Gazette has seen.</i></p>` +
		`<p>The council will meet on Friday to weigh a loan for the repairs, which engineers put at four million crowns, and the mayor backs it.</p>`
	for _, tc := range []struct {
		name, extra string
		gone        bool
	}{
		{"series blurb with a link", `<p><em><a href="/harbour-watch">Harbour Watch</a> follows the people who keep the port of Wendle running, from pilots to crane drivers.</em></p>`, true},
		{"writer's social line", `<p><em>Jane Roe is on Twitter at <a href="https://x.example/janeroe">@janeroe</a>.</em></p>`, true},
		{"italic note without a link", `<p><em>This story has been updated with the council's statement on the repairs.</em></p>`, false},
		{"roman paragraph with a link", `<p>The pier's history is told in <a href="/history">an earlier story</a> on the harbour's hundred years of trade.</p>`, false},
	} {
		got, err := HTMLText(page(body + tc.extra))
		if err != nil {
			t.Fatal(err)
		}
		last := tc.extra[strings.Index(tc.extra, ">")+1:]
		probe := "people who keep"
		switch {
		case strings.Contains(last, "Twitter"):
			probe = "is on Twitter"
		case strings.Contains(last, "updated"):
			probe = "has been updated"
		case strings.Contains(last, "history"):
			probe = "hundred years of trade"
		}
		if strings.Contains(got, probe) == tc.gone {
			t.Errorf("%s: %q kept = %v, want %v:\n%s", tc.name, probe, !tc.gone, !tc.gone, got)
		}
		if !strings.Contains(got, "one skipper wrote") {
			t.Errorf("%s: the italic quote inside the story went:\n%s", tc.name, got)
		}
	}
}
