package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCutWriterAside(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"exclamation", "The council could let you (yes, you!) ride the new ferry.", "The council could let you ride the new ferry."},
		{"question before a comma", "The pier was rebuilt by June (who knew?), and the ferry sails again.", "The pier was rebuilt by June, and the ferry sails again."},
		{"at the end", "The ferry line is back in service (did you miss it?).", "The ferry line is back in service."},
		{"the word I", "The mayor rode the first ferry (I did too!) on Monday.", "The mayor rode the first ferry on Monday."},
		{"a name", "Avoid the reefs, the rocks (and Tarn Point!) as you sail.", "Avoid the reefs, the rocks (and Tarn Point!) as you sail."},
		{"a figure", "The ferry carried the most riders (more than 2.5 million!) in May.", "The ferry carried the most riders (more than 2.5 million!) in May."},
		{"two marks", "The fare rose to a new high (really!?) on Monday.", "The fare rose to a new high (really!?) on Monday."},
		{"a long aside", "The ferry sailed (and nobody on the whole island had ever thought that it would sail again!) on Monday.", "The ferry sailed (and nobody on the whole island had ever thought that it would sail again!) on Monday."},
		{"run into a word", "The ferry (yes!)sailed on Monday at noon.", "The ferry (yes!)sailed on Monday at noon."},
		{"too short after", "Ferries (yay!) sail.", "Ferries (yay!) sail."},
		{"in a quotation", `"The ferry (our ferry!) is back," the mayor said on Monday.`, `"The ferry (our ferry!) is back," the mayor said on Monday.`},
		{"a list's last item", "Avoid the reefs, the rocks, (and the shoals!) as you sail.", "Avoid the reefs, the rocks, (and the shoals!) as you sail."},
		{"no aside", "The ferry sailed (at noon) on Monday.", "The ferry sailed (at noon) on Monday."},
	} {
		if got := cutWriterAside(c.in); got != c.want {
			t.Errorf("%s: cutWriterAside(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestCutWriterAsides(t *testing.T) {
	sum := chorus.Summary{Words: 11, Sentences: []chorus.Sentence{{Text: "The council could let you (yes, you!) ride it."}}}
	cutWriterAsides(&sum)
	if sum.Sentences[0].Text != "The council could let you ride it." || sum.Words != 9 {
		t.Errorf("got %q, %d words", sum.Sentences[0].Text, sum.Words)
	}
}
