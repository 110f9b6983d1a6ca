package summarize

import (
	"regexp"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestNameBareSurnames(t *testing.T) {
	sources := []string{
		"the ferry ran aground near the pier, harbour pilot david halvorsen said on monday.",
		"halvorsen said the crew swam ashore. the pier was shut. the tide was high. later, anna brevik spoke.",
		"the pilot's union backs halvorsen.",
		"emily stroud of the council said the pier would reopen.",
		"emily stroud said the crew was safe.",
		"a ferry from stroud county joined the search.",
		"ruth okafor and her son lyle okafor were aboard.",
		"the rescue was led by ruth okafor, a nurse.",
		"officer mark tellen said his brother, james tellen, had sailed. james tellen is a pilot.",
		"witnesses include maria quill, who called quill's sister. maria quill was on the pier.",
		"divers met james \" tolly \" norden and james norden said so. james \"tolly\" norden left.",
		"divers found john kessig. john kessig said the diving was hard.",
		"kessig museum faces the pier.",
		"the winners were named. oscar winners spoke. oscar winners left.",
		"nora pell and her son, tobias pell, sailed. nora pell said so.",
		"clayton velmora and anna velmora sailed. anna velmora said so. maria clayton waved. maria clayton left.",
	}
	tests := []struct {
		name string
		sum  []string
		want []string
	}{
		{"bare surname", []string{"The ferry ran aground.", "Halvorsen said the crew swam ashore."},
			[]string{"The ferry ran aground.", "David Halvorsen said the crew swam ashore."}},
		{"lower-cased, after a verb of saying", []string{"the union said halvorsen was right."},
			[]string{"the union said David Halvorsen was right."}},
		{"possessive", []string{"The union stands by halvorsen's account."},
			[]string{"The union stands by David Halvorsen's account."}},
		{"named before", []string{"David Halvorsen steered.", "Halvorsen said the crew swam ashore."},
			[]string{"David Halvorsen steered.", "Halvorsen said the crew swam ashore."}},
		{"named in full later", []string{"Halvorsen steered.", "David Halvorsen said the crew swam ashore."},
			[]string{"Halvorsen steered.", "David Halvorsen said the crew swam ashore."}},
		{"once, not in an opening", []string{"Brevik spoke later."},
			[]string{"Brevik spoke later."}},
		{"a place too", []string{"Stroud said the pier would reopen."},
			[]string{"Stroud said the pier would reopen."}},
		{"a second given name the list lacks", []string{"Okafor was aboard."},
			[]string{"Okafor was aboard."}},
		{"two listed given names", []string{"Tellen had sailed."},
			[]string{"Tellen had sailed."}},
		{"after a title", []string{"The officer, pilot halvorsen, steered."},
			[]string{"The officer, pilot halvorsen, steered."}},
		{"after a determiner", []string{"The halvorsen account is disputed."},
			[]string{"The halvorsen account is disputed."}},
		{"quoted", []string{`"Thank halvorsen," a diver said.`},
			[]string{`"Thank halvorsen," a diver said.`}},
		{"compound", []string{"The halvorsen-led crew swam ashore."},
			[]string{"The halvorsen-led crew swam ashore."}},
		{"a namesake noun", []string{"Kessig said the museum was old."},
			[]string{"Kessig said the museum was old."}},
		{"the other gender", []string{"Quill said his boat was lost."},
			[]string{"Quill said his boat was lost."}},
		{"a nickname", []string{"The trial of tolly norden ended."},
			[]string{"The trial of tolly norden ended."}},
		{"a plural noun", []string{"Few of the winners spoke."},
			[]string{"Few of the winners spoke."}},
		{"a family word", []string{"Her son, pell, sailed."},
			[]string{"Her son, pell, sailed."}},
		{"a given name of the summary's surname", []string{"A friend of clayton and anna velmora sailed."},
			[]string{"A friend of clayton and anna velmora sailed."}},
		{"the same gender", []string{"Quill said her boat was lost."},
			[]string{"Maria Quill said her boat was lost."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkNamePass(t, (*cluster).nameBareSurnames, sources, tt.sum, tt.want) })
	}
}

// TestOpeningEnd compares openingEnd with the regular expression it
// replaced, on invented texts and every prefix of them.
func TestOpeningEnd(t *testing.T) {
	re := regexp.MustCompile(`[.!?]["”’']?\s+`)
	texts := []string{
		"ada velmora spoke. the mayor left! did she go? yes.",
		"he said \"no.\" then \"yes.\"\tand later...  more. end",
		"she wrote “fine.” and ‘so.’ then it’s done.\n\nnext one. last",
		"a.b.c. d!e ?f. \"g\" h.” i.’x j.'\r\nk.\f l",
		"no stop at all here",
		"",
		"...   !!  ??\"  .”",
	}
	for _, text := range texts {
		for end := 0; end <= len(text); end++ {
			s := text[:end]
			for n := 1; n <= 4; n++ {
				want := len(s)
				if loc := re.FindAllStringIndex(s, n); len(loc) == n {
					want = loc[n-1][1]
				}
				if got := openingEnd(s, n); got != want {
					t.Errorf("openingEnd(%q, %d) = %d, want %d", s, n, got, want)
				}
			}
		}
	}
}

// checkNamePass runs pass, a pass that writes names into a reader's
// summary, on a cluster of sources and a summary of the sentences sum
// (10 words counted), and checks each sentence against want and the word
// count against one more word for each sentence that changes.
func checkNamePass(t *testing.T, pass func(*cluster, *chorus.Summary), sources, sum, want []string) {
	t.Helper()
	c := &cluster{}
	for _, s := range sources {
		c.cands = append(c.cands, candidate{text: s})
	}
	out := chorus.Summary{Words: 10}
	for _, s := range sum {
		out.Sentences = append(out.Sentences, chorus.Sentence{Text: s})
	}
	pass(c, &out)
	changed := 0
	for i := range want {
		if got := out.Sentences[i].Text; got != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got, want[i])
		}
		if want[i] != sum[i] {
			changed++
		}
	}
	if out.Words != 10+changed {
		t.Errorf("Words = %d, want %d", out.Words, 10+changed)
	}
}
