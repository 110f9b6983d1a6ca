package render

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"

	"github.com/chorusnews/chorus"
)

// link is one link as a CommonMark parser reads it.
type link struct{ label, dest string }

// linkRE matches a link in goldmark's HTML output.
var linkRE = regexp.MustCompile(`<a href="([^"]*)">([^<]*)</a>`)

// parseLinks returns the links of a Markdown document as a CommonMark
// parser (goldmark) renders them: label and address, in document order.
func parseLinks(t *testing.T, src []byte) []link {
	t.Helper()
	var h bytes.Buffer
	if err := goldmark.Convert(src, &h); err != nil {
		t.Fatal(err)
	}
	var links []link
	for _, m := range linkRE.FindAllStringSubmatch(h.String(), -1) {
		links = append(links, link{html.UnescapeString(m[2]), html.UnescapeString(m[1])})
	}
	return links
}

// TestMarkdownCitationsLink checks, with a CommonMark parser, that every
// citation of a sentence citing three linked sources is a link labelled
// [n] to source n (reference-style links once collided: "[1][2]" read as a
// link labelled 1 to source 2, and [2] vanished).
func TestMarkdownCitationsLink(t *testing.T) {
	sum := chorus.Summary{
		Sentences: []chorus.Sentence{
			{Text: "The bridge reopened on Monday.", Sources: []int{1, 2, 3}, Support: 3},
			{Text: "Tolls stay [for now] at the old rate.", Sources: []int{2, 4}, Support: 2},
		},
		Sources: []chorus.Source{
			{ID: 1, Article: "a", Title: "Bridge open", URL: "https://one.example/bridge"},
			{ID: 2, Article: "b", Title: "Traffic returns", URL: "https://two.example/a b(c)"},
			{ID: 3, Article: "c", Title: "Crossing restored", URL: "https://three.example/x?y=1&z=<2>"},
			{ID: 4, Article: "d", Title: "No link here"},
		},
	}
	var b bytes.Buffer
	if err := Write(&b, sum, Options{Format: Markdown}); err != nil {
		t.Fatal(err)
	}
	got := parseLinks(t, b.Bytes())
	want := []link{
		{"[1]", "https://one.example/bridge"},
		{"[2]", "https://two.example/a%20b(c)"},
		{"[3]", "https://three.example/x?y=1&z=%3C2%3E"},
		{"[2]", "https://two.example/a%20b(c)"},
		{"Bridge open", "https://one.example/bridge"},
		{"Traffic returns", "https://two.example/a%20b(c)"},
		{"Crossing restored", "https://three.example/x?y=1&z=%3C2%3E"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("links = %v\nwant    %v\nmarkdown:\n%s", got, want, b.Bytes())
	}
	// The unlinked source's citation is still shown, as text.
	if !strings.Contains(b.String(), `\[4\]`) {
		t.Errorf("citation [4] missing:\n%s", b.String())
	}
}

// TestTextCitationsStayWithSentence checks that the text layout's line
// wrap never starts a line with a citation.
func TestTextCitationsStayWithSentence(t *testing.T) {
	var sum chorus.Summary
	for i := range 40 {
		words := strings.Repeat("word ", i%13+1)
		sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: words + "end.", Sources: []int{1, 2, 3, 4, 5}[:i%5+1]})
	}
	sum.Sources = []chorus.Source{{ID: 1, Article: "a"}}
	var b bytes.Buffer
	if err := Write(&b, sum, Options{}); err != nil {
		t.Fatal(err)
	}
	para, _, _ := strings.Cut(b.String(), "\n\nSources:")
	cites := 0
	for _, line := range strings.Split(para, "\n") {
		if strings.HasPrefix(line, "[") {
			t.Errorf("line opens with a citation: %q", line)
		}
		if len([]rune(line)) > 78 && strings.Contains(strings.TrimSpace(line), " ") {
			t.Errorf("line longer than 78: %q", line)
		}
		cites += strings.Count(line, "end. [")
	}
	if cites != len(sum.Sentences) {
		t.Errorf("%d sentences end with their citation on the same line, want %d", cites, len(sum.Sentences))
	}
}
