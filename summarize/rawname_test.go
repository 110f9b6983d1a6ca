package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
)

// rawCluster returns a lower-cased cluster of one article whose text is
// the sentences of text (its paragraphs as read gives them) and whose
// candidates are those of cands.
func rawCluster(text string, cands ...string) *cluster {
	c := &cluster{}
	c.docs = []document{{article: &chorus.Article{Text: text}, paras: clean.Paragraphs(text)}}
	for _, s := range cands {
		c.cands = append(c.cands, candidate{text: s})
	}
	return c
}

// A full name the sources write only in a sentence that is no candidate
// is found there; a surname written after a pronoun is a verb.
func TestRawGivenNames(t *testing.T) {
	c := rawCluster("Harbour board aide helen marchetti was charged on monday. "+
		"Police say marchetti surrendered at noon. Doctors say helen falls often, and she falls at night. "+
		"Witnesses heard helen shriek, a \"blood-curdling\" shriek.",
		"Police say marchetti surrendered at noon.", "At night she falls.", "Witnesses heard the ferry shriek.")
	want := map[string]bool{"police": true, "say": true, "marchetti": true, "surrendered": true, "falls": true, "shriek": true}
	bare, given := c.lowerGivenNames(want)
	if _, ok := bare["marchetti"]; ok {
		t.Fatalf("the candidates alone name marchetti: %v", bare)
	}
	added := c.rawGivenNames(want, bare, given)
	if bare["marchetti"] != "Helen Marchetti" {
		t.Errorf("bare[marchetti] = %q, want %q", bare["marchetti"], "Helen Marchetti")
	}
	if f, ok := bare["falls"]; ok {
		t.Errorf("bare[falls] = %q, want none (\"she falls\")", f)
	}
	if f, ok := bare["shriek"]; ok {
		t.Errorf("bare[shriek] = %q, want none (a \"blood-curdling\" shriek)", f)
	}
	if strings.Join(added, ",") != "Helen Marchetti" {
		t.Errorf("rawGivenNames() = %v, want [Helen Marchetti]", added)
	}
}

// The summary names the person in full at the first mention, and a kept
// sentence that names them in full again reads the surname alone.
func TestWriteFullNamesRaw(t *testing.T) {
	c := rawCluster("Harbour board aide helen marchetti was charged on monday. "+
		"Police say marchetti surrendered at noon. Helen marchetti told the court she was sorry.",
		"Police say marchetti surrendered at noon.")
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "Police say marchetti surrendered at noon."},
		{Text: "Helen marchetti told the court she was sorry."},
	}}
	c.writeFullNames(&sum)
	want := []string{"Police say Helen Marchetti surrendered at noon.", "Marchetti told the court she was sorry."}
	for i, w := range want {
		if sum.Sentences[i].Text != w {
			t.Errorf("sentence %d = %q, want %q", i, sum.Sentences[i].Text, w)
		}
	}
}
