package summarize

import "testing"

func TestCutRepeatedSubjectKeepsTitle(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"place and title kept",
			"Harbour boss ilse varga quits over ferry scandal boston police chief ilse varga has quit over the ferry scandal at the request of the mayor, the council said.",
			"Boston police chief ilse varga has quit over the ferry scandal at the request of the mayor, the council said."},
		{"a title of role words",
			"Harbour boss ilse varga quits over ferry scandal police chief ilse varga has quit over the ferry scandal at the request of the mayor, the council said.",
			"Police chief ilse varga has quit over the ferry scandal at the request of the mayor, the council said."},
		{"a lone role word may be a longer title's tail",
			"Harbour boss ilse varga quits over ferry scandal chief ilse varga has quit over the ferry scandal at the request of the mayor, the council said.",
			"Ilse varga has quit over the ferry scandal at the request of the mayor, the council said."},
		{"an adjective before the title may be the title's",
			"Harbour boss ilse varga quits over ferry scandal presidential campaign chief ilse varga has quit over the ferry scandal at the request of the mayor, the council said.",
			"Ilse varga has quit over the ferry scandal at the request of the mayor, the council said."},
		{"no title: the cut at the name",
			"Ilse varga quits tarnwick council over ferry audit ilse varga said on monday she would leave the tarnwick council after an audit of the ferry accounts.",
			"Ilse varga said on monday she would leave the tarnwick council after an audit of the ferry accounts."},
		{"a stopword before the title: it may run on",
			"Harbour boss ilse varga quits over ferry scandal in boston police chief ilse varga has quit over the ferry scandal at the request of the mayor, the council said.",
			"Ilse varga has quit over the ferry scandal at the request of the mayor, the council said."},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := cutRepeatedSubject(c.in)
			if !ok || got != c.want {
				t.Errorf("cutRepeatedSubject(%q)\n got %q, %v\nwant %q", c.in, got, ok, c.want)
			}
		})
	}
}
