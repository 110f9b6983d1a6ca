package summarize

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// furniture is an invented page-furniture sentence that every invented
// training cluster carries and no reference uses.
const furniture = "This copy of the page was captured by the archive crawler during a routine visit to the whole site."

// learnFixture learns a table from n invented clusters about unrelated
// events, each carrying furniture.
func learnFixture(n int) *Boilerplate {
	var l BoilerplateLearner
	for i := range n {
		story := fmt.Sprintf("The council of town number %d approved a new bridge over the river on Tuesday after a long debate.", i)
		other := fmt.Sprintf("Residents of town %d said the bridge would cut their commute by twenty minutes each day.", i)
		l.Add([]chorus.Article{
			{ID: "a", Text: story + " " + furniture},
			{ID: "b", Text: other + " " + furniture},
		}, []string{story + " " + other})
	}
	return l.Table(3, 0.1)
}

func TestBoilerplateLearn(t *testing.T) {
	t.Parallel()
	b := learnFixture(4)
	ns, ng := b.Len()
	if ns != 1 {
		t.Fatalf("learned %d boilerplate sentences, want only the furniture", ns)
	}
	if ng == 0 {
		t.Fatal("learned no boilerplate 4-grams")
	}
	p := DefaultTuning()
	cases := []struct {
		name, text string
		want       bool
	}{
		{"whole sentence", furniture, true},
		{"case and punctuation differ", strings.ToUpper(furniture[:1]) + strings.ToLower(furniture[1:len(furniture)-1]) + "!", true},
		{"truncated variant", "Captured by the archive crawler during a routine visit to the site.", true},
		{"news sentence", "The council of town number 9 approved a new bridge over the river on Tuesday after a long debate.", false},
		{"unseen sentence", "A storm closed the harbour for two days.", false},
		{"too short", "The archive crawler.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := b.is(wordHashes(nil, tc.text), &p); got != tc.want {
				t.Errorf("is(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	if few := learnFixture(2); few.sentence(sentenceHash(wordHashes(nil, furniture))) != 0 {
		t.Error("a sentence in 2 clusters was learned with -min-clusters 3")
	}
}

func TestBoilerplateRoundTrip(t *testing.T) {
	t.Parallel()
	b := learnFixture(5)
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadBoilerplate(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := got.Write(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("table changed in a write/read round trip")
	}
	for _, bad := range [][]byte{nil, []byte("chorusbp1"), append(bytes.Clone(buf.Bytes()), 0), []byte("notatable\x00\x00\x00\x00\x00\x00\x00\x00")} {
		if _, err := ReadBoilerplate(bytes.NewReader(bad)); err == nil {
			t.Errorf("ReadBoilerplate(%q) succeeded", bad)
		}
	}
}

func TestDefaultBoilerplate(t *testing.T) {
	t.Parallel()
	if ns, ng := DefaultBoilerplate().Len(); ns == 0 || ng == 0 {
		t.Errorf("embedded table has %d sentences and %d 4-grams", ns, ng)
	}
}

func TestSummarizeDropsBoilerplate(t *testing.T) {
	t.Parallel()
	articles := []chorus.Article{
		{ID: "1", Source: "One", Text: furniture + " The city council approved a new bridge over the river on Tuesday after a long debate. " +
			"Construction will start in the spring and cost twelve million dollars."},
		{ID: "2", Source: "Two", Text: furniture + " Councillors voted to build a new bridge over the river on Tuesday. " +
			"Residents said the bridge would cut their commute by twenty minutes."},
	}
	sz := Summarizer{Boilerplate: learnFixture(4)}
	sum, err := sz.Summarize(articles, chorus.Options{Words: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sum.Sentences {
		if s.Text == furniture {
			t.Errorf("summary kept the boilerplate sentence: %q", s.Text)
		}
	}
	only := []chorus.Article{{ID: "1", Text: furniture}}
	sum, err = sz.Summarize(only, chorus.Options{Words: 100})
	if err != nil || len(sum.Sentences) != 1 {
		t.Errorf("a cluster of nothing but boilerplate gave %v, %v; want its one sentence", sum.Sentences, err)
	}
}

func TestBoilerplateEdges(t *testing.T) {
	t.Parallel()
	b := learnFixture(4)
	cases := []struct {
		name, in, want string
		drop           bool
	}{
		{"lead run in", "Captured by the archive crawler the council approved a new bridge over the wide river on Tuesday after a debate.",
			"The council approved a new bridge over the wide river on Tuesday after a debate.", false},
		{"trail run in after a mark", "The council approved a new bridge over the wide river on Tuesday after a debate: captured by the archive crawler.",
			"The council approved a new bridge over the wide river on Tuesday after a debate.", false},
		// Run on in lower case, the learned words may be the clause's
		// own ("... the deadliest | shooting in ..."): kept.
		{"trail going on with the clause", "The council approved a new bridge over the wide river on Tuesday after a debate captured by the archive crawler.",
			"The council approved a new bridge over the wide river on Tuesday after a debate captured by the archive crawler.", false},
		{"clean sentence", "The council approved a new bridge on Tuesday after a long debate.",
			"The council approved a new bridge on Tuesday after a long debate.", false},
		{"whole furniture", furniture, furniture, true},
		{"mostly furniture", "This copy of the page was captured by the archive crawler on Tuesday.",
			"This copy of the page was captured by the archive crawler on Tuesday.", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := cluster{bp: b}
			got, drop := c.boilerplate(tc.in)
			if got != tc.want || drop != tc.drop {
				t.Errorf("boilerplate(%q) = %q, %v; want %q, %v", tc.in, got, drop, tc.want, tc.drop)
			}
		})
	}
}

func TestHolds(t *testing.T) {
	var none *Boilerplate
	if none.Holds("Anything at all goes here today.") {
		t.Error("a nil table holds a sentence")
	}
	bp := DefaultBoilerplate()
	if bp.Holds("The council voted on Thursday to close the old bridge to traffic.") {
		t.Error("the default table holds a plain news sentence")
	}
}

func TestMidClauseTail(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		tail string
		want bool
	}{
		{" ferry disaster in modern tarnwick history.", true},
		{" the harbour court.", true},
		{", the tarnwick gazette is exclusively reporting.", false},
		{": download the app for your phone.", false},
		{" [ + - ] copyright 2031 tarnwick media.", false},
		{" copyright 2031 tarnwick media, inc.", false},
		{"", false},
	} {
		if got := midClauseTail(tc.tail); got != tc.want {
			t.Errorf("midClauseTail(%q) = %v, want %v", tc.tail, got, tc.want)
		}
	}
}
