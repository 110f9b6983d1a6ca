package summarize

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dataset"
	"github.com/chorusnews/chorus/truecase"
)

func TestFullNames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"Prosecutors said Marit Osei, 41, lied to the grand jury.",
		"Board chairman Tomas Hall said the ferry was safe.",
		"The town hall was closed on Friday.",
		"Former mayor Ivo B. Brandt opened the bridge.",
		"Marit Osei pleaded guilty on Monday.",
		"Rep. Anna Osei voted against the bill.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got := c.fullNames()
	want := map[string]string{"Hall": "Tomas Hall", "Brandt": "Ivo B. Brandt"}
	for sur, full := range want {
		if got[sur] != full {
			t.Errorf("fullNames()[%q] = %q, want %q", sur, got[sur], full)
		}
	}
	// "Marit Osei" and "Anna Osei": a bare "Osei" may be either.
	for _, not := range []string{"Osei", "Friday", "Monday", "Prosecutors"} {
		if f, ok := got[not]; ok {
			t.Errorf("fullNames() holds %q -> %q, want none", not, f)
		}
	}
}

func TestNameFirstMention(t *testing.T) {
	index := map[string]string{"Osei": "Marit Osei", "Hall": "Tomas Hall", "Brandt": "Ivo Brandt"}
	tests := []struct {
		name, s, before, want string
		changed               bool
	}{
		{"opening surname", "Osei pleaded guilty to perjury.", "", "Marit Osei pleaded guilty to perjury.", true},
		{"speaker at the end", "The ferry was safe, Hall said.", "", "The ferry was safe, Tomas Hall said.", true},
		{"honorific", "Mr. Brandt released a statement.", "", "Ivo Brandt released a statement.", true},
		{"named before", "Osei pleaded guilty.", "Marit Osei lied to the jury.", "Osei pleaded guilty.", false},
		{"already full", "Marit Osei pleaded guilty.", "", "Marit Osei pleaded guilty.", false},
		{"title before", "Rep. Osei said the bill would fail.", "", "Rep. Osei said the bill would fail.", false},
		{"no person context", "The Hall report was read aloud.", "", "The Hall report was read aloud.", false},
		{"unknown surname", "Varga said the ferry was late.", "", "Varga said the ferry was late.", false},
		{"possessive speaker", "Osei's lawyer said she would appeal.", "", "Osei's lawyer said she would appeal.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := nameFirstMention(tt.s, index, tt.before)
			if got != tt.want || changed != tt.changed {
				t.Errorf("nameFirstMention(%q) = %q, %v; want %q, %v", tt.s, got, changed, tt.want, tt.changed)
			}
		})
	}
}

func TestNameInFullWords(t *testing.T) {
	c := &cluster{cands: []candidate{{text: "Marit Osei, a ferry pilot, said the harbour was closed."}}}
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: "The harbour closed on Monday."}, {Text: "Osei said the pier was unsafe."}}, Words: 10}
	c.nameInFull(&sum)
	if got := sum.Sentences[1].Text; got != "Marit Osei said the pier was unsafe." {
		t.Errorf("second sentence = %q", got)
	}
	if sum.Words != 11 {
		t.Errorf("Words = %d, want 11", sum.Words)
	}
}

func TestLowerFullNames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the ferry's owner, said marit osei, would appeal.",
		"mr. osei did not answer questions.",
		"mr. brandt left the port; ivo brandt and anna brandt own the quay.",
		"since holm thanked the crew, ms. holm has said nothing.",
		"the mayor said she expects pell will win; mr. pell declined to comment.",
		"they hope vang stays; mr. vang is the captain.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got := c.lowerFullNames(everyWord(c))
	if got["osei"] != "Marit Osei" {
		t.Errorf("lowerFullNames()[osei] = %q, want %q", got["osei"], "Marit Osei")
	}
	for _, not := range []string{"brandt", "holm", "pell", "vang"} {
		if f, ok := got[not]; ok {
			t.Errorf("lowerFullNames() holds %q -> %q, want none (two given names, a link word, or a verb after its subject)", not, f)
		}
	}
}

func TestNameHonorific(t *testing.T) {
	index := map[string]string{"osei": "Marit Osei", "brandt": "Susan Brandt", "holm": "John Holm"}
	tests := []struct {
		name, s, before, want string
		changed               bool
	}{
		{"mr before her given name", "Mr. Brandt did not answer.", "", "Mr. Brandt did not answer.", false},
		{"mrs before his given name", "Mrs. Holm did not answer.", "", "Mrs. Holm did not answer.", false},
		{"ms before her given name", "Ms. Brandt did not answer.", "", "Susan Brandt did not answer.", true},
		{"opening", "Mr. Osei did not answer.", "", "Marit Osei did not answer.", true},
		{"possessive", "the court read ms. osei's letter.", "", "the court read Marit Osei's letter.", true},
		{"named before", "Mr. Osei did not answer.", "marit osei owns the ferry.", "Mr. Osei did not answer.", false},
		{"named earlier in the sentence", "marit osei left, and mr. osei's son stayed.", "", "marit osei left, and mr. osei's son stayed.", false},
		{"unknown", "Mr. Varga did not answer.", "", "Mr. Varga did not answer.", false},
		{"no honorific", "Osei did not answer.", "", "Osei did not answer.", false},
		{"no period", "Mr Osei did not answer.", "", "Marit Osei did not answer.", true},
		{"miss is a verb too", "fans will miss osei's goals.", "", "fans will miss osei's goals.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := nameHonorific(tt.s, index, tt.before)
			if got != tt.want || changed != tt.changed {
				t.Errorf("nameHonorific(%q) = %q, %v; want %q, %v", tt.s, got, changed, tt.want, tt.changed)
			}
		})
	}
}

func TestTwoPeople(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"Mrs Lind fell from the ridge, the inquest heard.",
		"Mr Lind called the rescue team at 9 p.m.",
		"Mr. Osei said the ferry was safe.",
		"mrs. varga and mr. varga ran the bakery .",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got := c.twoPeople()
	if !got["lind"] || !got["varga"] || got["osei"] || len(got) != 2 {
		t.Errorf("twoPeople() = %v, want lind and varga", got)
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: "Mrs Lind fell from the ridge, the inquest heard."}}}
	c.cands = append(c.cands, candidate{text: "Tomas Lind, her husband, raised the alarm."})
	c.nameInFull(&sum)
	if got := sum.Sentences[0].Text; got != "Mrs Lind fell from the ridge, the inquest heard." {
		t.Errorf("nameInFull wrote %q: a couple's surname must stay", got)
	}
}

func TestLowerGivenNames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"harbour police said helen brekke, 52, was arrested on the pier.",
		"brekke told officers he had no choice.",
		"ferry captain gunnar hall said the hall was closed.",
		"on friday, odile nkemba watched the water rise.",
		"\" it was gone, \" nkemba said later.",
		"nkemba's car was pulled from the river.",
		"his father, ivo lund, said lund was not badly hurt.",
		"lund told the paramedics he was cold.",
		"anna varga and peter varga own the bakery; varga said it will reopen.",
		"her dog, molly jane, went missing last week.",
		"molly jane went missing, and then she went home.",
		"the minister will meet okafor on monday.",
		"angela okafor said the port would stay open.",
		"ross dunmore said the boat was his.",
		"on friday, cooper dunmore sailed it out; police say cooper dunmore took it.",
		"dunmore told reporters nothing.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got, given := c.lowerGivenNames(everyWord(c))
	// "meet okafor": a verb before the surname is no second given name.
	want := map[string]string{"brekke": "Helen Brekke", "nkemba": "Odile Nkemba", "okafor": "Angela Okafor"}
	for sur, full := range want {
		if got[sur] != full {
			t.Errorf("lowerGivenNames()[%q] = %q, want %q", sur, got[sur], full)
		}
	}
	// "the hall": a common word; "his father, ivo lund": a family that
	// may share the name; two given names before "varga"; "went" follows a
	// given name but is a verb; "cooper dunmore", written twice, may be
	// another person than "ross dunmore".
	for _, not := range []string{"hall", "lund", "varga", "went", "jane", "dunmore"} {
		if f, ok := got[not]; ok {
			t.Errorf("lowerGivenNames() holds %q -> %q, want none", not, f)
		}
	}
	if !given["brekke"]["helen"] {
		t.Errorf("given[brekke] = %v, want helen in it", given["brekke"])
	}
}

func TestNameBare(t *testing.T) {
	index := map[string]string{"brekke": "Helen Brekke", "mccabe": "Ivo McCabe"}
	given := map[string]map[string]bool{"brekke": {"helen": true, "t.": true, "say": true}, "mccabe": {"ivo": true, "unlike": true}}
	tests := []struct {
		name, s, before, want string
		onlyLower, changed    bool
	}{
		{"opening", "Brekke is charged with murder.", "", "Helen Brekke is charged with murder.", false, true},
		{"possessive", "the hole swallowed brekke's car.", "", "the hole swallowed Helen Brekke's car.", false, true},
		{"speaker", "\" we lost it, \" brekke told reporters.", "", "\" we lost it, \" Helen Brekke told reporters.", false, true},
		{"title", "police chief brekke said so.", "", "police chief Helen Brekke said so.", false, true},
		{"two surnames", "brekke and mccabe left.", "", "Helen Brekke and Ivo McCabe left.", false, true},
		{"named before", "brekke left.", "helen brekke owns the ferry.", "brekke left.", false, false},
		{"given name before", "helen brekke left.", "", "helen brekke left.", false, false},
		{"honorific", "mr. brekke left.", "", "mr. brekke left.", false, false},
		{"initial", "helen t. brekke left.", "", "helen t. brekke left.", false, false},
		{"role noun", "the teacher brekke met left.", "", "the teacher brekke met left.", false, false},
		{"named later in the sentence", "brekke was hurt, his father, helen brekke, said.", "", "brekke was hurt, his father, helen brekke, said.", false, false},
		{"cased cluster, capitalised", "Brekke said no.", "", "Brekke said no.", true, false},
		{"cased cluster, lower case", "she said brekke was calm.", "", "she said Helen Brekke was calm.", true, true},
		{"unknown", "varga left.", "", "varga left.", false, false},
		{"after a verb the sources write before it", "police say brekke fled.", "", "police say Helen Brekke fled.", false, true},
		{"after like", "unlike mccabe, she stayed.", "", "unlike Ivo McCabe, she stayed.", false, true},
		{"duo", "hall & brekke sang.", "", "hall & brekke sang.", false, false},
		{"given name before a quoted nickname", "helen \" nell \" brekke, 40, left.", "", "helen \" nell \" brekke, 40, left.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := nameBare(tt.s, index, given, nil, nil, tt.before, tt.onlyLower)
			if got != tt.want || changed != tt.changed {
				t.Errorf("nameBare(%q) = %q, %v; want %q, %v", tt.s, got, changed, tt.want, tt.changed)
			}
		})
	}
}

func TestNameInFullLowerCase(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"harbour police said helen brekke, 52, was arrested on the pier.",
		"brekke told officers he had no choice.",
		"mrs. lind said the ferry left early.",
		"mr. lind, her husband, said karl lind would sail.",
		"the ferry's owner is peter aalto.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "A ferry left the harbour early."},
		{Text: "Brekke is charged with arson."},
		{Text: "brekke told officers he had no choice."},
		{Text: "lind said the ferry left early."},
		{Text: "Mr aalto declined to comment."},
	}, Words: 25}
	c.nameInFull(&sum)
	want := []string{
		"A ferry left the harbour early.",
		"Helen Brekke is charged with arson.",
		"brekke told officers he had no choice.", // named in full before
		"lind said the ferry left early.",        // a couple: Mr and Mrs Lind
		"Peter Aalto declined to comment.",       // no honorific index entry: the given-name one
	}
	for i, w := range want {
		if got := sum.Sentences[i].Text; got != w {
			t.Errorf("sentence %d = %q, want %q", i, got, w)
		}
	}
	if sum.Words != 26 {
		t.Errorf("Words = %d, want 26", sum.Words)
	}
}

func TestNameCase(t *testing.T) {
	for in, want := range map[string]string{"brekke": "Brekke", "mccabe": "McCabe", "o'neil": "O'Neil", "al-tamimi": "Al-Tamimi"} {
		if got := nameCase(in); got != want {
			t.Errorf("nameCase(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLowerCasedSurnameGolden summarizes a lower-cased cluster (as
// Multi-News writes its sources) whose later sentences name a woman by
// surname alone: the reader's summary names her in full at her first
// mention and by surname after it.
func TestLowerCasedSurnameGolden(t *testing.T) {
	arts := readCase(t, "lower-surname")
	s, err := Summarize(arts, chorus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	first := -1
	for i, x := range s.Sentences {
		if strings.Contains(strings.ToLower(x.Text), "brekke") {
			first = i
			break
		}
	}
	if first < 0 {
		t.Fatalf("no sentence names Brekke: %+v", s.Sentences)
	}
	if text := strings.ToLower(s.Sentences[first].Text); !strings.Contains(text, "helen brekke") {
		t.Errorf("first mention of Brekke is bare: %q", s.Sentences[first].Text)
	}
	golden(t, filepath.Join("testdata", "lower-surname", "summary.golden.json"), s)
}

// BenchmarkMultiNewsReader summarizes the first 500 Multi-News validation
// clusters as a reader's default summary (no Fill): the path chorus
// summarize takes, with the full-name rule (nameInFull) and voices that
// BenchmarkMultiNews's fixed-length summaries skip.
func BenchmarkMultiNewsReader(b *testing.B) {
	dir, err := dataset.Dir()
	if err != nil {
		b.Skipf("no data: %v", err)
	}
	var clusters [][]chorus.Article
	err = dataset.Read(dir, "multinews-val", 500, func(ex dataset.Example) error {
		clusters = append(clusters, ex.Cluster.Articles)
		return nil
	})
	if err != nil {
		b.Skipf("cannot read multinews-val: %v", err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, arts := range clusters {
			Summarize(arts, chorus.Options{})
		}
	}
	b.ReportMetric(float64(b.N*len(clusters))/b.Elapsed().Seconds(), "clusters/s")
}

// everyWord returns every word of c's sentences as summaryCores reads a
// summary's: the names of the whole cluster are looked for.
func everyWord(c *cluster) map[string]bool {
	sum := chorus.Summary{}
	for _, cd := range c.cands {
		sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: cd.text})
	}
	return summaryCores(&sum)
}

// TestLowerAfterDots: writeFullNames lowers the capital Multi-News leaves
// after a dotted acronym in a sentence it writes a name into, which
// tidyQuotes then reads as cased.
func TestLowerAfterDots(t *testing.T) {
	for in, want := range map[string]string{
		"the 6 p.m. Show in velmora was cut.":            "the 6 p.m. show in velmora was cut.",
		"the u.s. Navy and the u.k. Coast guard helped.": "the u.s. navy and the u.k. coast guard helped.",
		"ivo brask jr. Said nothing.":                    "ivo brask jr. Said nothing.", // "jr." is a name's
		"gov. Dell roe spoke at 9 a.m. US time.":         "gov. Dell roe spoke at 9 a.m. US time.",
	} {
		if got := lowerAfterDots(in); got != want {
			t.Errorf("lowerAfterDots(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGivenSurnames: a surname that is a given name too ("warren",
// "henry") is named in full at its bare first mention when the cluster
// writes it after one listed given name; not where it stands before
// another name, after "and"/"or" beside a given name, or where the
// cluster writes it as a middle name.
func TestGivenSurnames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the singer colin warren was arrested in velmora on friday.",
		"police said warren was charged with assault.",
		"harbour master oscar henry said the pier was closed.",
		"henry told reporters the ferry would sail on monday.",
		"the couple, peter lucas marden and anna marden, own a bakery.",
		"lucas was charged with fraud, police said.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "A fight broke out in velmora on friday."},
		{Text: "Police said warren was charged with assault."},
		{Text: "henry told reporters the ferry would sail, and warren left."},
		{Text: "Lucas was charged with fraud."},
		{Text: "The ferry carried oscar and henry to the pier."},
	}, Words: 36}
	c.writeFullNames(&sum)
	want := []string{
		"A fight broke out in velmora on friday.",
		"Police said Colin Warren was charged with assault.",
		"Oscar Henry told reporters the ferry would sail, and warren left.", // warren named before
		"Lucas was charged with fraud.",                                     // a middle name: "peter lucas marden"
		"The ferry carried oscar and henry to the pier.",                    // named before
	}
	for i, w := range want {
		if got := sum.Sentences[i].Text; got != w {
			t.Errorf("sentence %d = %q, want %q", i, got, w)
		}
	}
	if sum.Words != 38 {
		t.Errorf("Words = %d, want 38", sum.Words)
	}
	// "oscar or henry": two given names, not a bare surname.
	sum = chorus.Summary{Sentences: []chorus.Sentence{{Text: "The ferry carried oscar or henry to the pier."}}, Words: 9}
	c.writeFullNames(&sum)
	if got := sum.Sentences[0].Text; got != "The ferry carried oscar or henry to the pier." {
		t.Errorf("two given names rewritten: %q", got)
	}
}

// TestTitledGivenName: a given name the list lacks counts before its
// surname when an abbreviated title stands before the two, where
// Multi-News leaves the capital it writes after a stop ("sen. Ebbe
// velm"); a capitalised word before the surname with no title before it
// (a headline's word) does not.
func TestTitledGivenName(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the bill passed, said sen. Ebbe velm of the harbour district.",
		"velm said the vote was close.",
		"Strongest brask ferry sails again.",
		"brask said the ferry was safe.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got, _ := c.lowerGivenNames(everyWord(c))
	if got["velm"] != "Ebbe Velm" {
		t.Errorf("lowerGivenNames()[velm] = %q, want %q", got["velm"], "Ebbe Velm")
	}
	if f, ok := got["brask"]; ok {
		t.Errorf("lowerGivenNames() holds brask -> %q, want none", f)
	}
	for in, want := range map[string]bool{"Sen.": true, "lt.": true, "st.": false, "mr.": false, "sen": false} {
		if got := titleAbbrev(in); got != want {
			t.Errorf("titleAbbrev(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestUnlistedGivenEverywhere: a given name the list lacks counts when
// the cluster writes it nowhere but before the surname, where a name
// opens (after a verb of saying) and elsewhere too ("a photo of odwin
// brekke"); a word written anywhere without the surname does not.
func TestUnlistedGivenEverywhere(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"a photo of odwin brekke was shown at the pier.",
		"the harbour was closed, said odwin brekke on monday.",
		"brekke said the ferry would sail.",
		"the storm hit, said harbour velm on friday.",
		"velm said the pier was safe.",
		"the harbour was quiet.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got, _ := c.lowerGivenNames(everyWord(c))
	if got["brekke"] != "Odwin Brekke" {
		t.Errorf("lowerGivenNames()[brekke] = %q, want %q", got["brekke"], "Odwin Brekke")
	}
	if f, ok := got["velm"]; ok {
		t.Errorf("lowerGivenNames() holds velm -> %q, want none (harbour is written alone)", f)
	}
}

func TestUnlistedGivenTwoSources(t *testing.T) {
	c := &cluster{}
	for _, s := range []struct {
		doc  int
		text string
	}{
		{0, "deputies arrested tarnel osk near the harbour."},
		{0, "osk was booked into the county jail."},
		{1, "a neighbour saw tarnel osk leave the pier."},
		{1, "the ferry sailed at noon."},
		// One source only: no name.
		{0, "the storm pushed quarrow dunmere inland."},
		{0, "dunmere was flooded."},
		// Two sources but the same words before the pair: one text twice.
		{0, "visitors met brindle kasko there."},
		{1, "visitors met brindle kasko there."},
		{1, "kasko was closed."},
		// Two sources, but the word is never the subject of a singular verb.
		{0, "crews reached the lower velmarks by noon."},
		{1, "maps show lower velmarks and more."},
		{1, "velmarks were flooded."},
	} {
		c.cands = append(c.cands, candidate{doc: s.doc, text: s.text})
	}
	// A sentence's first word counts with another source's pair.
	c.cands = append(c.cands, candidate{doc: 0, text: "Quillan fenwary was charged on monday."},
		candidate{doc: 1, text: "the court heard from quillan fenwary."}, candidate{doc: 1, text: "later, fenwary was freed."},
		candidate{doc: 0, text: "Harbour views were blocked."}, candidate{doc: 1, text: "Harbour views were blocked."})
	got, _ := c.lowerGivenNames(everyWord(c))
	if got["fenwary"] != "Quillan Fenwary" {
		t.Errorf("lowerGivenNames()[fenwary] = %q, want %q", got["fenwary"], "Quillan Fenwary")
	}
	if f, ok := got["views"]; ok {
		t.Errorf("lowerGivenNames() holds views -> %q, want none (two sentence openings only)", f)
	}
	if got["osk"] != "Tarnel Osk" {
		t.Errorf("lowerGivenNames()[osk] = %q, want %q", got["osk"], "Tarnel Osk")
	}
	for _, not := range []string{"dunmere", "kasko", "velmarks"} {
		if f, ok := got[not]; ok {
			t.Errorf("lowerGivenNames() holds %s -> %q, want none", not, f)
		}
	}
}

func TestLowerFullNamesBareHonorific(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"the ferry left, said edda tarnwick on monday.",
		"mr tarnwick did not answer.",
		"officials want to praise velm's work; mr velm was away.",
		"it is classic dunmore; ms dunmore smiled.",
		"after her arrest brisk, ms brisk was freed.",
		"they will not meet osk; mr osk left.",
		"the part went to her, given varl's record; ms. varl declined.",
		"she preferred mrs. to ms., said her heir to the estate.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got := c.lowerFullNames(everyWord(c))
	if got["tarnwick"] != "Edda Tarnwick" {
		t.Errorf("lowerFullNames()[tarnwick] = %q, want %q (an honorific with no period marks the surname)", got["tarnwick"], "Edda Tarnwick")
	}
	for _, not := range []string{"velm", "dunmore", "brisk", "osk", "varl", "to"} {
		if f, ok := got[not]; ok {
			t.Errorf("lowerFullNames() holds %q -> %q, want none (a verb after \"to\" or \"not\", a predicate, a noun after a determiner, a participle, a stopword)", not, f)
		}
	}
}

func TestNameHonorificQuoted(t *testing.T) {
	index := map[string]string{"osei": "Marit Osei"}
	for _, tt := range []struct{ s, want string }{
		{`"Mrs osei, at the top of the stairs, slipped," the judge said.`, `"Mrs osei, at the top of the stairs, slipped," the judge said.`},
		{`" he and mr. osei said they came.`, `" he and Marit Osei said they came.`},
	} {
		if got, _ := nameHonorific(tt.s, index, ""); got != tt.want {
			t.Errorf("nameHonorific(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestLowerGivenNamesKin(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sents []string
		sur   string
		want  string // "" for none
	}{
		{"family word beside the bare surname", []string{
			"police said mary tarnwick, 34, was charged.",
			"tarnwick's mother said she was shocked.",
			"tarnwick said nothing.",
		}, "tarnwick", "Mary Tarnwick"},
		{"family word before the full name", []string{
			"his father, peter dunmore, said the boy was safe.",
			"dunmore said the ferry was late.",
		}, "dunmore", ""},
		{"the person's given name written apart", []string{
			"friends of ellen said the ferry was late.",
			"ellen and her husband, peter orlov, were aboard.",
			"orlov's husband said she was safe.",
			"orlov said the crossing was rough.",
		}, "orlov", ""},
		{"pronoun of the other gender", []string{
			"the firm hired peter vantrell in march.",
			"vantrell's mother said she had not heard from her.",
			"vantrell said she would sue.",
		}, "vantrell", ""},
		{"a generational suffix", []string{
			"fans cheered dale vantrell jr. at the track.",
			"vantrell's fiancee said he was fine.",
			"vantrell said he was fine.",
		}, "vantrell", ""},
		{"an adverb after a given name", []string{
			"sen. peter vantrell also said he would run.",
			"also's mother said he was fine.",
			"voters also said he was right.",
		}, "also", ""},
		{"a spouse written in full beside the titled one", []string{
			"mayor tarnwick and mary tarnwick hosted the dinner.",
			"mayor tarnwick said the ferry was late.",
			"first lady mary tarnwick said nothing.",
		}, "tarnwick", ""},
		{"a spouse's name, her own pronouns", []string{
			"first lady mary tarnwick visited the school.",
			"tarnwick said she was pleased.",
			"tarnwick told reporters she would return.",
		}, "tarnwick", "Mary Tarnwick"},
		{"pronoun of the same gender", []string{
			"the firm hired peter vantrell in march.",
			"vantrell's mother said he had not called.",
			"vantrell said he would sue.",
		}, "vantrell", "Peter Vantrell"},
	} {
		got := givenNamesFrom(tc.sents...)
		if got[tc.sur] != tc.want {
			t.Errorf("%s: lowerGivenNames()[%s] = %q, want %q", tc.name, tc.sur, got[tc.sur], tc.want)
		}
	}
}

func TestVerbFormNoSurname(t *testing.T) {
	got := givenNamesFrom(
		"senator peter vantrell spoke at the fair.",
		"the candidate spoke for an hour.",
		"peter spoke again on monday.",
	)
	if f, ok := got["spoke"]; ok {
		t.Errorf("lowerGivenNames()[spoke] = %q, want none (a verb)", f)
	}
}

// givenNamesFrom returns lowerGivenNames' full names for a cluster of the
// given lower-cased sentences, every word asked.
func givenNamesFrom(sents ...string) map[string]string {
	c := &cluster{}
	for _, s := range sents {
		c.cands = append(c.cands, candidate{text: s})
	}
	got, _ := c.lowerGivenNames(everyWord(c))
	return got
}

// A bare surname before a thing named for its bearer ("<surname> tower",
// "the <surname> administration") is left as written; its possessive is
// still named in full.
func TestNameBareNamesake(t *testing.T) {
	index := map[string]string{"brekke": "Helen Brekke"}
	given := map[string]map[string]bool{"brekke": {"helen": true}}
	for _, tt := range []struct{ s, want string }{
		{"the ferry docks beside brekke tower.", "the ferry docks beside brekke tower."},
		{"the incoming brekke administration, sources said.", "the incoming brekke administration, sources said."},
		{"brekke's team met the board.", "Helen Brekke's team met the board."},
		{"brekke met the board.", "Helen Brekke met the board."},
	} {
		if got, _ := nameBare(tt.s, index, given, nil, nil, "", false); got != tt.want {
			t.Errorf("nameBare(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// A bare surname that is the subject of a past-tense verb stands in a
// person's place as "<surname> said" does: a politician written bare
// mostly before verbs other than "said" gets the full name.
func TestPastVerbPersonPlace(t *testing.T) {
	got := givenNamesFrom(
		"harbour board leader peter vantrell met the ferrymen on monday.",
		"critics described vantrell as stubborn, while vantrell countered that the pier was safe.",
		"the union, which vantrell needled for weeks, walked out.",
		"as vantrell emerged from the hall, the crowd booed.",
		"vantrell told reporters the board would not bend.",
		"ferrymen and peter vantrell met again on friday.",
	)
	if got["vantrell"] != "Peter Vantrell" {
		t.Errorf("lowerGivenNames()[vantrell] = %q, want %q", got["vantrell"], "Peter Vantrell")
	}
	for _, tt := range []struct {
		next, prev string
		want       bool
	}{
		{"countered", "while", true},
		{"spoke", "", true},
		{"needed", "the", false}, // "the vantrell needed": a determiner before it
		{"red", "", false},       // too short for a regular past
		{"meets", "", false},
		{"", "", false},
	} {
		if got := pastVerbAfter(tt.next, tt.prev); got != tt.want {
			t.Errorf("pastVerbAfter(%q, %q) = %v, want %v", tt.next, tt.prev, got, tt.want)
		}
	}
}

// One given name written two ways ("ken" and "kenneth", "lynette" and
// "lynnette", an accent) still names a bare surname; two given names of
// two people do not.
func TestGivenSpellings(t *testing.T) {
	got := givenNamesFrom(
		"harbour board member ken vantrell said the pier would close.",
		"on monday, kenneth vantrell met the ferrymen.",
		"vantrell told reporters the board would not bend.",
	)
	if got["vantrell"] != "Ken Vantrell" {
		t.Errorf("lowerGivenNames()[vantrell] = %q, want %q", got["vantrell"], "Ken Vantrell")
	}
	got = givenNamesFrom(
		"harbour board member peter okonjo said the pier would close.",
		"on monday, helen okonjo met the ferrymen.",
		"okonjo told reporters the board would not bend.",
	)
	if f, ok := got["okonjo"]; ok {
		t.Errorf("lowerGivenNames()[okonjo] = %q, want none (two people)", f)
	}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"ken", "kenneth", true},
		{"pete", "peter", true},
		{"lynette", "lynnette", true},
		{"mohamed", "mohammed", true},
		{"raúl", "raul", true},
		{"mark", "mary", false},           // a letter changed in a short name: two names
		{"alexander", "alexandra", false}, // listed for different genders
		{"peter", "helen", false},
		{"jo", "john", false},
	} {
		if got := sameGiven(tt.a, tt.b); got != tt.want {
			t.Errorf("sameGiven(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCommonWordsOut(t *testing.T) {
	bare := map[string]string{"brekke": "Helen Brekke", "japan": "Sink Japan", "last": "Ivo Last",
		"tower": "Helen Tower", "nella": "Helen Nella"}
	c := &cluster{}
	for _, s := range []string{"they heard nella varga sing.", "nella varga sang."} {
		c.cands = append(c.cands, candidate{text: s})
	}
	given := c.commonWordsOut(map[string]map[string]bool{
		"brekke": {"helen": true, "let": true, "thought": true, "nell": true, "several": true},
		"japan":  {"sink": true, "will": true},
		"last":   {"ivo": true, "found": true},
		"tower":  {"helen": true, "clock": true},
		"nella":  {"helen": true, "heard": true},
	}, bare)
	// The verbs before "brekke" are no given names; a word the model
	// does not know as common stays. An unlisted first name ("Sink") or
	// a common surname keeps the set whole.
	if want := map[string]bool{"helen": true, "nell": true, "several": true}; !maps.Equal(given["brekke"], want) {
		t.Errorf("given[brekke] = %v, want %v", given["brekke"], want)
	}
	// "tower": mostly lower case in cased text; "nella": written twice
	// before "varga", a given name itself.
	for sur, w := range map[string]string{"japan": "sink", "last": "found", "tower": "clock", "nella": "heard"} {
		if !given[sur][w] {
			t.Errorf("given[%s] = %v, want it whole", sur, given[sur])
		}
	}
	index := map[string]string{"brekke": "Helen Brekke"}
	for _, tt := range []struct{ s, want string }{
		{"at first they thought brekke was lost.", "at first they thought Helen Brekke was lost."},
		{"she let brekke, 37, drive.", "she let Helen Brekke, 37, drive."},
		{"they relieved brekke of duty, and brekke left.", "they relieved Helen Brekke of duty, and brekke left."},
		{"they honored several brekke guides.", "they honored several brekke guides."},
		{"brekke partners llc builds walls.", "brekke partners llc builds walls."},
	} {
		if got, _ := nameBare(tt.s, index, given, nil, nil, "", false); got != tt.want {
			t.Errorf("nameBare(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestSourceFullNames(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"harbour police said helen brekke, 52, was arrested on the pier.",
		"brekke told officers he had no choice.",
		"the morning show's joe co-hosts said so.",
		"co-hosts said they would marry.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: "Brekke, the ferry's owner, said co-hosts left."}}}
	// "co-hosts": a part of it is a common word, no surname.
	if got, want := c.sourceFullNames(&sum), []string{"Helen Brekke"}; !slices.Equal(got, want) {
		t.Errorf("sourceFullNames() = %q, want %q", got, want)
	}
	if !commonPart(truecase.Default(), "six-time") || commonPart(truecase.Default(), "al-brekke") {
		t.Error("commonPart: want six-time common, al-brekke not")
	}
}

// TestLowerFullNamesLoose: a given name after a role noun or a relative,
// or a listed given name after any word, names a surname that no
// noun-phrase opening names, and never makes one ambiguous.
func TestLowerFullNamesLoose(t *testing.T) {
	c := &cluster{}
	for _, s := range []string{
		"tarnwick's harbour poet edda lund read first.", // a role noun of repeatPhraseHeads
		"ms. lund thanked the crowd.",
		"her girlfriend marit osei sailed.", // a relative
		"ms. osei sailed.",
		"the festival curator peter brandt opened it.", // a listed given name after an unknown noun
		"mr. brandt opened it.",
		"said bob vang, the harbour master.", // a stopword opening wins over the loose reading
		"harbour master robert vang, 60, retired.",
		"mr. vang retired.",
		"the festival curator ivo holm opened it.", // neither a role nor a listed given name
		"mr. holm opened it.",
		"she kissed her peter pell goodbye.", // a determiner before a listed given name
		"mr. pell left.",
	} {
		c.cands = append(c.cands, candidate{text: s})
	}
	got := c.lowerFullNames(everyWord(c))
	for sur, want := range map[string]string{"lund": "Edda Lund", "osei": "Marit Osei", "brandt": "Peter Brandt", "vang": "Bob Vang"} {
		if got[sur] != want {
			t.Errorf("lowerFullNames()[%s] = %q, want %q", sur, got[sur], want)
		}
	}
	for _, not := range []string{"holm", "pell"} {
		if f, ok := got[not]; ok {
			t.Errorf("lowerFullNames() holds %q -> %q, want none", not, f)
		}
	}
}
