package story

import (
	"reflect"
	"testing"
)

// dfByTerm returns the stream's document frequencies by term (terms with a
// count only) and the number of documents counted.
func dfByTerm(c *Clusterer) (map[string]int32, int) {
	out := make(map[string]int32)
	for t, id := range c.terms {
		if n := c.df[id]; n != 0 {
			out[t] = n
		}
	}
	return out, c.docs
}

func TestReplaceDocumentFrequency(t *testing.T) {
	docs := stream()
	dam1, dam2 := docs[0], docs[2]
	rewritten := dam2
	rewritten.Title = "Valdoria counts the cost of the Korvath flood"
	rewritten.Text = "Insurers in Valdoria began counting claims on Thursday. Farmers below the broken Korvath dam lost their harvest, and the regional council promised compensation."

	for _, tc := range []struct {
		name    string
		replace []Doc // successive new texts of dam2
	}{
		{"once", []Doc{rewritten}},
		{"twice", []Doc{rewritten, dam2, rewritten}},
		{"same text", []Doc{dam2, rewritten}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Options{})
			c.Load(dam1, 1, "")
			c.Load(dam2, 1, "")
			for _, d := range tc.replace {
				if _, held := c.Replace(d); !held {
					t.Fatalf("Replace(%s) reported the article not held", d.ID)
				}
			}
			want := New(Options{})
			want.Load(dam1, 1, "")
			want.Load(tc.replace[len(tc.replace)-1], 1, "")
			gotDF, gotDocs := dfByTerm(c)
			wantDF, wantDocs := dfByTerm(want)
			if gotDocs != wantDocs || !reflect.DeepEqual(gotDF, wantDF) {
				t.Errorf("after Replace: %d docs, df %v; want %d docs, df %v", gotDocs, gotDF, wantDocs, wantDF)
			}
			if got, want := len(c.stories[1].members), 2; got != want {
				t.Errorf("story holds %d members, want %d", got, want)
			}
		})
	}
}

func TestReplaceCopyTest(t *testing.T) {
	docs := stream()
	dam1, dam2, copyText := docs[0], docs[2], docs[4].Text
	asCopy := dam2
	asCopy.Text = copyText
	c := New(Options{})
	c.Load(dam1, 1, "")
	c.Load(dam2, 1, "")

	if dup, _ := c.Replace(asCopy); dup != dam1.ID {
		t.Fatalf("dam2 rewritten as a copy of dam1: DuplicateOf %q, want %q", dup, dam1.ID)
	}
	if c.articles[dam2.ID].vec != nil {
		t.Error("a copy still counts in the centroid")
	}
	// dam1 rewritten to copy dam2's text: dam2 is dam1's copy, never its
	// original.
	asCopyOf2 := dam1
	asCopyOf2.Text = copyText
	if dup, _ := c.Replace(asCopyOf2); dup != "" {
		t.Errorf("dam1 marked a copy of %q, its own copy", dup)
	}
	c.Replace(dam1)
	if dup, _ := c.Replace(dam2); dup != "" {
		t.Errorf("dam2 with its own text again: DuplicateOf %q, want none", dup)
	}
	if c.articles[dam2.ID].vec == nil {
		t.Error("an original again is left out of the centroid")
	}
	if c.Story(dam2.ID) != 1 {
		t.Errorf("updated article moved to story %d", c.Story(dam2.ID))
	}
}

func TestCopyOf(t *testing.T) {
	docs := stream()
	dam1, dam2, copy1 := docs[0], docs[2], docs[4]
	c := New(Options{})
	for _, tc := range []struct {
		name      string
		d         Doc
		originals []Doc
		want      string
	}{
		{"copy", copy1, []Doc{dam2, dam1}, dam1.ID},
		{"same event, own words", dam2, []Doc{dam1}, ""},
		{"itself skipped", dam1, []Doc{dam1}, ""},
		{"no originals", copy1, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.CopyOf(tc.d, tc.originals); got != tc.want {
				t.Errorf("CopyOf = %q, want %q", got, tc.want)
			}
		})
	}
	if c.docs != 0 || len(c.articles) != 0 {
		t.Errorf("CopyOf changed the clusterer: %d docs, %d articles", c.docs, len(c.articles))
	}
}
