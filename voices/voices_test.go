package voices

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden runs Find on each folder of testdata: its N.txt files are
// the articles (source N), split the way the summarizer splits them, and
// voices.golden.json holds the expected voices. A folder with a shown.txt
// runs FindBeside with its lines as the summary's sentences.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*/1.txt")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, first := range dirs {
		dir := filepath.Dir(first)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(dir, "[0-9]*.txt"))
			slices.Sort(files)
			var shown []string
			if b, err := os.ReadFile(filepath.Join(dir, "shown.txt")); err == nil {
				shown = strings.Split(strings.TrimSpace(string(b)), "\n")
			}
			find := func(docs []Doc) []chorus.Voice { return FindBeside(docs, shown) }
			var docs []Doc
			for i, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, Doc{Source: i + 1, Sentences: articleSentences(string(b))})
			}
			got, err := json.MarshalIndent(find(docs), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			// The caller's content terms (Doc.Terms) give the same voices.
			var words lex.Words
			for i := range docs {
				for _, s := range docs[i].Sentences {
					docs[i].Terms = append(docs[i].Terms, lex.ContentTerms(nil, &words, s))
				}
			}
			if with, _ := json.MarshalIndent(find(docs), "", "  "); !bytes.Equal(append(with, '\n'), got) {
				t.Errorf("with Doc.Terms:\n%s\nwithout:\n%s", with, got)
			}
			path := filepath.Join(dir, "voices.golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("voices differ from %s (run go test -update if intended):\n%s", path, got)
			}
		})
	}
}

// TestAttribute checks the speaker of single statements and short runs.
func TestAttribute(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  []string // speaker keys of the statements found, in order
		quote []bool
	}{
		{"quote then speaker", []string{`"The dam will hold," Ana Lind said.`}, []string{"lind"}, []bool{true}},
		{"quote then inverted speaker", []string{`"The dam will hold," said Ana Lind, the mayor of Vik.`}, []string{"lind"}, []bool{true}},
		{"speaker then colon quote", []string{`Ana Lind said: "The dam will hold."`}, []string{"lind"}, []bool{true}},
		{"wire quote marks", []string{"``The dam will hold,'' Ana Lind said."}, []string{"lind"}, []bool{true}},
		{"pronoun to nearest speaker", []string{`Ana Lind said the dam was sound.`, `"It will hold," she said.`}, []string{"lind", "lind"}, []bool{false, true}},
		{"pronoun gender from honorific", []string{`Mr. Olsen said the dam was sound.`, `Ms. Berg said it was not.`, `"It will hold," he said.`}, []string{"olsen", "berg", "olsen"}, []bool{false, false, true}},
		{"according to", []string{`The dam was built in 1950, according to Ana Lind, the town historian.`}, []string{"lind"}, []bool{false}},
		{"multi-sentence quote", []string{`"The dam is old.`, `It will hold," Ana Lind said.`}, []string{"lind"}, []bool{true}},
		{"continued quote", []string{`"The dam is old," Ana Lind said.`, `"But it will hold."`}, []string{"lind", "lind"}, []bool{true, true}},
		{"description only", []string{`"The dam will hold," officials said.`}, nil, nil},
		{"unresolved pronoun", []string{`"The dam will hold," he said.`}, nil, nil},
		{"title is no quote", []string{`She read "Dams" by Ana Lind.`}, nil, nil},
		{"clause is no report", []string{`The dam broke after Ana Lind said it would hold.`}, nil, nil},
		{"apposition before verb", []string{`Ana Lind, the town's engineer, said the dam would hold.`}, []string{"lind"}, []bool{false}},
		{"full name outside a statement", []string{"Governor Tomas Reyland declared an emergency.", `"We are searching," Reyland told reporters.`, `"Crews are coming," he said.`}, []string{"reyland", "reyland"}, []bool{true, true}},
		{"organisation is no he", []string{"The quake hit at noon, according to the Caldera Geological Survey.", `"Crews are coming," he said.`}, []string{"survey"}, []bool{false}},
		{"quoted as saying", []string{`"It is safe," Ana Lind was quoted as saying.`}, []string{"lind"}, []bool{true}},
		{"two speakers in one report", []string{`Editor Ana Lind has said that "checks must be signed off" and engineer Bo Berg said he checked the dam alone in 2006.`}, nil, nil},
		{"affiliation after an inverted speaker", []string{`"The moon is failing," said Ana Lind of the Norda Space Center in Vik.`, `"The moon will break up," said Bo Berg of Norda's Vik Flight Center.`}, []string{"lind", "berg"}, []bool{true, true}},
		{"lower-cased", []string{`" the dam will hold , " said ana lind , the mayor .`}, []string{"lind"}, []bool{true}},
		{"lower-cased paper is no speaker", []string{`the dam was built in 1950 , according to county court records .`}, nil, nil},
		{"lower-cased paper named in full before", []string{`the dam has one owner , according to public records .`, `the dam was sold in 1950 , according to records .`}, nil, nil},
		{"lower-cased new research is no speaker", []string{`new research suggests the dam will hold for decades .`}, nil, nil},
		{"lower-cased assessment is no speaker", []string{`the dam will hold , according to a tarnwick hazard assessment .`}, nil, nil},
		{"lower-cased given name before a paper word", []string{`the dam will hold , said paul account .`}, []string{"account"}, []bool{false}},
		{"lower-cased group is no speaker", []string{`the dam will hold , tarnwick firefighters said .`}, nil, nil},
		{"lower-cased advocates are no speaker", []string{`human rights advocates said the dam will hold .`}, nil, nil},
		{"lower-cased surname like a plural", []string{`the dam will hold , said mara sellers .`}, []string{"sellers"}, []bool{false}},
		{"lower-cased world records is a body", []string{`the dam is the tallest in the region , tarnwick world records said .`}, []string{"records"}, []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			var quote []bool
			for _, a := range Attribute(tt.sents) {
				got = append(got, a.Key)
				quote = append(quote, a.Quote)
			}
			if !slices.Equal(got, tt.want) || !slices.Equal(quote, tt.quote) {
				t.Errorf("got speakers %q quotes %v, want %q %v", got, quote, tt.want, tt.quote)
			}
		})
	}
}

// FuzzAttribute checks that Attribute and Find never panic and that every
// statement has a speaker key and text.
func FuzzAttribute(f *testing.F) {
	f.Add(`"The dam will hold," said Ana Lind, the mayor.`, `"More," she said.`)
	f.Add(`"`, `'' `)
	f.Add("according to", ", said , ,")
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, at := range Attribute([]string{a, b}) {
			if at.Key == "" || at.Name == "" {
				t.Errorf("statement without speaker: %+v", at)
			}
		}
		Find([]Doc{{Source: 1, Sentences: []string{a, b}}, {Source: 2, Sentences: []string{b}}})
	})
}

// TestAttributions checks that Doc.Attributions gives what Attribute gives
// for the Doc's sentences: before Find, after Find (from what Find read)
// and after the Doc's Sentences are replaced.
func TestAttributions(t *testing.T) {
	a := []string{"Governor Tomas Reyland declared an emergency.", `"We are searching," Reyland told reporters.`, `"Crews are coming," he said.`}
	b := []string{`"The dam will hold," said Ana Lind, the mayor of Vik.`, `Lind said the dam was sound.`}
	c := []string{`Bo Berg said the road was closed.`}
	keys := func(atts []Attribution) []string {
		var out []string
		for _, at := range atts {
			out = append(out, at.Key+"|"+at.Name+"|"+at.Text)
		}
		return out
	}
	docs := []Doc{{Source: 1, Sentences: a}, {Source: 2, Sentences: b}}
	tests := []struct {
		name string
		run  func()
		doc  int
		want []string
	}{
		{"before Find", func() {}, 0, a},
		{"after Find", func() { Find(docs) }, 1, b},
		{"sentences replaced after Find", func() { docs[1].Sentences = c }, 1, c},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.run()
			got, want := keys(docs[tt.doc].Attributions()), keys(Attribute(tt.want))
			if len(want) == 0 {
				t.Fatalf("fixture %q has no statement", tt.want)
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// BenchmarkFind runs Find on the testdata clusters and then reads each
// Doc's attributions the way package dispute does.
func BenchmarkFind(b *testing.B) {
	firsts, err := filepath.Glob("testdata/*/1.txt")
	if err != nil || len(firsts) == 0 {
		b.Fatalf("no fixtures: %v", err)
	}
	var clusters [][][]string
	for _, first := range firsts {
		files, _ := filepath.Glob(filepath.Join(filepath.Dir(first), "*.txt"))
		slices.Sort(files)
		var docs [][]string
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, articleSentences(string(text)))
		}
		clusters = append(clusters, docs)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range clusters {
			docs := make([]Doc, len(c))
			for i, s := range c {
				docs[i] = Doc{Source: i + 1, Sentences: s}
			}
			Find(docs)
			for _, d := range docs {
				d.Attributions()
			}
		}
	}
}

// TestUnclaused checks which speaker names are cut from a clause of
// lower-cased text and how a name a verb opens is shown.
func TestUnclaused(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Research Published", "", false},
		{"Charges Filed", "", false},
		{"Varna Quoted Organisers", "", false},
		{"Harbour-Based Art Dealer", "", false},
		{"Arrested Tomas Veldt", "Tomas Veldt", true},
		{"Called Lorn Haversham", "Lorn Haversham", true},
		{"United Nations", "United Nations", true},
		{"Khaled Orvani", "Khaled Orvani", true},
		{"Ted Orvani", "Ted Orvani", true},
		{"Paul Stedford", "Paul Stedford", true},
		{"Mara Lind", "Mara Lind", true},
		{"Lind", "Lind", true},
		{"Representing Mara Lind", "", false},
		{"Named Mara Lind", "Mara Lind", true},
		{"Rolling Stone", "Rolling Stone", true},
		{"Evening Standard", "Evening Standard", true},
		{"Pushing Orvani", "", false},
		{"Accuse Varnia", "", false},
		{"See Orvani", "", false},
		{"Paul Orvani Called", "Paul Orvani", true},
		{"Paul Orvani Sent", "Paul Orvani", true},
		{"Varna Didn't", "", false},
		{"Paul Orvani Wouldn't", "Paul Orvani", true},
		{"Details We're", "", false},
		{"Orvani Whose", "", false},
		{"Strangely Orvani", "", false},
		{"Dietary Fiber Already", "", false},
		{"Testimony Given", "", false},
		{"Tomas Veldt Died", "", false},
		{"Wrote Orvani", "", false},
		{"Met Varga", "", false},
		{"Met Office", "Met Office", true},
		{"Get Acme", "", false},
		{"Quotes Orvani", "", false},
		{"Kelly Orvani", "Kelly Orvani", true},
		{"Mara Connolly", "Mara Connolly", true},
		{"Mara Mcnally", "Mara Mcnally", true},
	}
	for _, tt := range tests {
		got, ok := unclaused(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("unclaused(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestUntitled checks how a title or job written before a name in
// lower-cased text is taken off the name and put into the role.
func TestUntitled(t *testing.T) {
	tests := []struct {
		name, role       string
		wantName, wantRo string
	}{
		{"Screenwriter Paul Orvani", "", "Paul Orvani", "screenwriter"},
		{"Coroner Mary Veldt", "Harbour county", "Mary Veldt", "Harbour county coroner"},
		{"Det. Paul Orvani", "Harbour police", "Paul Orvani", "Harbour police det."},
		{"Det. Paul Orvani", "", "Paul Orvani", ""},
		{"Astronomer Mary Veldt", "of the Lorn observatory", "Mary Veldt", "astronomer of the Lorn observatory"},
		{"Historian Paul Orvani", "a professor at Lorn university", "Paul Orvani", "a professor at Lorn university"},
		{"Rival Paul Orvani", "sen.", "Paul Orvani", "sen."},
		{"Means Paul Orvani", "", "Paul Orvani", ""},
		{"Fifteen-Year-Old Mary Veldt", "", "Mary Veldt", ""},
		{"Mary Ann Veldt", "", "Mary Ann Veldt", ""},
		{"Paul Orvani", "", "Paul Orvani", ""},
		{"Qarim Paul Orvani", "", "Qarim Paul Orvani", ""},
		{"Geneticist Ilsabet Varga", "population", "Ilsabet Varga", "population geneticist"},
		{"Roommate Ilsabet Varga", "", "Ilsabet Varga", "roommate"},
		{"Co-Investigator Ilsabet Varga", "of Lorn university", "Ilsabet Varga", "co-investigator of Lorn university"},
		{"Tanner Ilsabet Varga", "", "Tanner Ilsabet Varga", ""},
		{"Franchisee Ilsabet Varga", "Acme's", "Ilsabet Varga", "Acme's franchisee"},
		{"Veterinarian Ilsabet Varga", "Chief", "Ilsabet Varga", "Chief veterinarian"},
		{"Creator Mary Veldt", "the show's", "Mary Veldt", "the show's creator"},
		{"Coroner Mary Veldt", "the county's chief", "Mary Veldt", "the county's chief"},
		{"Christian Ilsabet Varga", "", "Christian Ilsabet Varga", ""},
	}
	for _, tt := range tests {
		name, title, job := untitled(tt.name)
		role := tt.role
		if title != "" {
			role = withTitle(role, title, job)
		}
		if name != tt.wantName || role != tt.wantRo {
			t.Errorf("%q, %q: got %q, %q; want %q, %q", tt.name, tt.role, name, role, tt.wantName, tt.wantRo)
		}
	}
}

// TestUnclausedRole checks how a clause run into an apposition is cut
// off a role or makes it none.
func TestUnclausedRole(t *testing.T) {
	tests := []struct{ role, want string }{
		{"head of the Lorn ministry while the cabinet is formed", "head of the Lorn ministry"},
		{"his daughter had never missed a ferry", ""},
		{"the dam was", ""},
		{"is mayor Ilse Varga", ""},
		{"speaking at the Tarnwick summit", ""},
		{"on holiday with her husband", ""},
		{"This week", ""},
		{"this county's coroner", "this county's coroner"},
		{"a former Tarnwick councillor", "a former Tarnwick councillor"},
		{"the Tarnwick woman accused of fraud", "the Tarnwick woman accused of fraud"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := unclausedRole(tt.role); got != tt.want {
			t.Errorf("unclausedRole(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// TestJunkRole checks which roles are pieces of a page or a clause.
func TestJunkRole(t *testing.T) {
	tests := []struct {
		role string
		want bool
	}{
		{"Reuters 22", true},
		{"the bbc reported", true},
		{"Newsletter sign-up", true},
		{"the 2016 democratic nominee", false},
		{"Harbour county coroner", false},
		{"Manchester united", false},
		{"Kpix 5 reporter", false},
		{"a resident of one of the buildings ordered evacuated", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := junkRole(tt.role); got != tt.want {
			t.Errorf("junkRole(%q) = %v, want %v", tt.role, got, tt.want)
		}
	}
}

// TestFullName checks that a one-word voice name is shown as the full
// name an article of the cluster writes, when one does.
func TestFullName(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"lower-cased full name elsewhere", []string{`the dam was built by mary veldt in 1950 .`}, "Mary Veldt"},
		{"unlisted first word", []string{`the dam was built by harbour veldt in 1950 .`}, "Veldt"},
		{"three words", []string{`the dam was built by the mary ann veldt trust in 1950 .`}, "Veldt"},
		{"cased full name", []string{"The dam was built by Tomas Veldt in 1950.", "It is sound, engineers said."}, "Tomas Veldt"},
		{"no full name", []string{`the dam was built in 1950 .`}, "Veldt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fullName("Veldt", "veldt", []*article{read(tt.sents)}); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
