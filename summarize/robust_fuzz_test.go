package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// FuzzSummarize runs the whole summarizer over two invented articles, the
// second built from the fuzzer's bytes, and checks that it never panics,
// that every summary sentence cites a source and that the output is
// deterministic. Seeds are shapes that stress the text rules: quotes
// and names, unbalanced quotes and brackets, figures, run-on text.
func FuzzSummarize(f *testing.F) {
	seeds := []string{
		"",
		"\x00\xff\xfe",
		`"We will rebuild the bridge," John Smith said. "It will cost 40 million," Smith said.`,
		`Mr. Smith. Mr. Smith. Mr. Smith said "he would.`,
		"The toll rose to 12. The toll rose to twelve. Officials said 14 people died, not 12.",
		strings.Repeat("John Smith ", 200),
		strings.Repeat("((( [[ \"\" '' ", 50) + "The council met on Tuesday.",
		"HEADLINE IN CAPS\n\nBy Ann Lee\n\nTessbury (Reuters) - The Marle flooded. Photo: Getty Images. Our Standards: The Thomson Reuters Trust Principles.",
		strings.Repeat("word ", 500),
		"He denied the allegations. She said he lied. He said she lied, according to Smith, who denied it.",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	base := "Marle floods Tessbury\n\nThe River Marle burst its banks in Tessbury on Sunday, flooding the lower town. Hundreds of residents spent the night in the school gym, the mayor Ada Brix said."
	f.Fuzz(func(t *testing.T, s string) {
		arts := []chorus.Article{
			{ID: "1", Title: "Marle floods Tessbury", Text: base},
			{ID: "2", Title: "Fuzz", Text: s},
		}
		a, err := Summarize(arts, chorus.Options{})
		if err != nil {
			return
		}
		b, _ := Summarize(arts, chorus.Options{})
		for i, sent := range a.Sentences {
			if len(sent.Sources) == 0 {
				t.Errorf("sentence %q cites no source", sent.Text)
			}
			if i >= len(b.Sentences) || b.Sentences[i].Text != sent.Text {
				t.Fatalf("not deterministic: %q", sent.Text)
			}
		}
	})
}
