package defect

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/fixtures.golden")

type fixture struct {
	want Class
	text string
}

func readFixtures(t *testing.T) []fixture {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "fixtures.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fixture
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad fixture line %q", line)
		}
		c, err := ParseClass(label)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fixture{c, text})
	}
	return out
}

// TestFixtures checks every invented fixture sentence against the class
// written beside it, and that every class has fixtures.
func TestFixtures(t *testing.T) {
	fixtures := readFixtures(t)
	seen := map[Class]int{}
	for _, fx := range fixtures {
		seen[fx.want]++
		if got := Classify(fx.text, Context{}); got != fx.want {
			t.Errorf("Classify(%q) = %s, want %s (detected %s)", fx.text, got, fx.want, Detect(fx.text, Context{}))
		}
	}
	for _, c := range Classes() {
		if seen[c] < 3 {
			t.Errorf("class %s has %d fixtures, want at least 3", c, seen[c])
		}
	}
}

// TestGolden records every class Detect finds for each fixture, so that a
// change of rules shows up as a diff; go test -update rewrites it.
func TestGolden(t *testing.T) {
	var b strings.Builder
	for _, fx := range readFixtures(t) {
		fmt.Fprintf(&b, "%s\t%s\n", Detect(fx.text, Context{}), fx.text)
	}
	path := filepath.Join("testdata", "fixtures.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("Detect output differs from %s (run go test -update and review the diff):\n%s", path, b.String())
	}
}

func TestDangles(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"pronoun", "She left the car running.", true},
		{"connective", "Still, the levee held.", true},
		{"the common noun", "The company denied it.", true},
		{"the noun of", "The number of deaths rose.", false},
		{"the proper name", "The Taliban denied it.", false},
		{"the dotted acronym", "The u.s. navy denied it.", false},
		{"the title", "The rev. dell roe denied it.", false},
		{"the initial", "The dell j. roe library denied it.", false},
		{"the noun before a title", "The footage shows mr. roe at the pier.", true},
		{"the noun after an initial", "The j. roe ferry sank.", true},
		{"this year", "This year the fair was cancelled.", false},
		{"that year", "That year the fair was cancelled.", true},
		{"that's", "That's why she left.", true},
		{"expletive it", "It was not immediately clear who fired.", false},
		{"it refers", "It carries a camera and a drill.", true},
		{"it took ... to", "It took rescuers nine hours to reach the village.", false},
		{"it took without to", "It took the town by surprise.", true},
		{"also after subject", "Crews also cleared the road.", true},
		{"also known as", "Rubella, also known as German measles, spreads fast.", false},
		{"then-", "Then-mayor Ruth Calder opened the bridge.", false},
		{"so far", "So far, 12 people have been rescued.", false},
		{"inside a quote", `We will stay," said Ruth Calder.`, false},
		{"opening quote", `"They left," she said.`, false},
		{"empty", "", false},
		{"punctuation only", "--", false},
		{"group reports a pronoun", "Police say he fired twice at the van.", true},
		{"officials report it", "Investigators said it had no brakes.", true},
		{"the subject's own it", "Norland said it would recall its envoy.", false},
		{"the subject's own they", "Firefighters say they reached the barn at noon.", false},
		{"the subject's own he", "Ivo Brandt said he would appeal the ruling.", false},
		{"time later", "Some weeks later, the ferry sailed again.", true},
		{"in the meantime", "In the meantime, the pier stays closed.", true},
		{"all told", "All told, about 90 boats took part.", true},
		{"soon after", "Soon after, the alarm sounded.", true},
		{"at the same time", "At the same time, rents kept rising.", true},
		{"that night", "That night, the river rose a metre.", true},
		{"at first pronoun", "At first she thought it was thunder.", true},
		{"later this year", "Later this year, the council will vote on the plan.", false},
		{"dateline phrase", "In a statement, the ministry denied the report.", false},
		{"long opener", "After nine days at sea without radio contact, the crew landed.", false},
		{"at first name", "At first light rescuers reached the village.", false},
		{"pronoun after a phrase", "On Tuesday, he told reporters the pier would reopen.", true},
		{"pronoun after a participle", "Speaking from her own experience, she argued for the levy.", true},
		{"pronoun after a subordinate participle", "While walking to the market, she saw the flood.", true},
		{"pronoun after a subordinate clause", "As Calder left the hall, she waved.", false},
		{"it after a phrase", "In the ferry's case, it seems to have worked.", true},
		{"expletive it after a phrase", "On Monday, it was announced that the pier would close.", false},
		{"reported pronoun after a phrase", "Like in the capital, officials said he posed a threat.", true},
		{"name after a phrase", "On Tuesday, Ruth Calder told reporters the pier would reopen.", false},
		{"quote after a phrase", `In a statement, "we regret it," the ministry said.`, false},
		{"however after the subject", "Calder, however, has held firm.", true},
		{"in fact after the subject", "The weather service, in fact, counted seven tornadoes.", true},
		{"apposition not a connective", "Ruth Calder, the mayor, opened the bridge.", false},
		{"then after the subject", "The brothers then sailed home.", true},
		{"then after a modal", "The robot will then be set free.", true},
		{"the then", "Ruth Calder, the then mayor, opened the bridge.", false},
		{"if then", "If it floods, then the pier closes.", true},
		{"this time", "This time, the evidence comes from the river bed.", true},
		{"other", "Other finalists were two plays from Tarnwick.", true},
		{"a separate", "A separate spray may have been used.", true},
		{"conversely", "Conversely, the river fell.", true},
		{"this as an object", "Even when taking this into account, the river fell.", true},
		{"despite that", "Despite that, the council voted for the bridge.", true},
		{"said that", "Ruth Calder said last week that, unlike the council, she backs the bridge.", false},
		{"this before a noun", "Under this year's budget, the council set aside 12 ferries.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Dangles(tt.s); got != tt.want {
				t.Errorf("Dangles(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestNeedsSpeaker(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"bare quote", `"We are not leaving."`, true},
		{"pronoun speaker", `"We are not leaving," he said.`, true},
		{"named after", `"We are not leaving," said Ruth Calder.`, false},
		{"named before", `Ruth Calder said: "We are not leaving this town."`, false},
		{"according to", `"The dam will hold," according to the state engineer.`, false},
		{"according to him", `"The dam will hold," according to him.`, true},
		{"wire quotes", "``We are not leaving,'' the mayor said.", false},
		{"title", `The film "Night Harbour" opens Friday.`, false},
		{"scare quotes", `Critics called the plan a "disaster" on Monday.`, false},
		{"continued quote", `Nobody told us anything."`, true},
		{"tokenized", `" we will rebuild, " said ana ruiz.`, false},
		{"no quote", "The mayor said the dam would hold.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NeedsSpeaker(tt.s); got != tt.want {
				t.Errorf("NeedsSpeaker(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	a := TextHash(`"We will rebuild," she said.`)
	b := TextHash(`" we will rebuild, " she said .`)
	if a != b || len(a) != 12 {
		t.Errorf("TextHash differs across spacing and case: %q vs %q", a, b)
	}
	if TextHash("one sentence") == TextHash("another sentence") {
		t.Error("different sentences share a hash")
	}
	k := Key("duc2003", "d30001t", 3, "Some text.")
	l := Label{Key: k}
	if l.Dataset() != "duc2003" || l.Cluster() != "d30001t" || l.Doc() != "3" || l.Hash() != TextHash("Some text.") {
		t.Errorf("key parts of %q: %q %q %q %q", k, l.Dataset(), l.Cluster(), l.Doc(), l.Hash())
	}
	if HeldOut("x", "1") != HeldOut("x", "1") {
		t.Error("HeldOut is not deterministic")
	}
	held := 0
	for i := range 1000 {
		if HeldOut("multinews-val", fmt.Sprint(i)) {
			held++
		}
	}
	if held < 230 || held > 370 {
		t.Errorf("HeldOut kept %d of 1000 clusters, want about 300", held)
	}
}

func TestReadLabels(t *testing.T) {
	in := "key\tlabel\n# note\nb:1:0:abc\tok\n\na:2:1:def\tCaption\textra note\n"
	got, err := ReadLabels(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Key != "a:2:1:def" || got[0].Class != Caption || got[1].Class != OK {
		t.Errorf("ReadLabels = %+v", got)
	}
	var b strings.Builder
	if err := WriteLabels(&b, got); err != nil {
		t.Fatal(err)
	}
	again, err := ReadLabels(strings.NewReader(b.String()))
	if err != nil || len(again) != 2 || again[0] != got[0] || again[1] != got[1] {
		t.Errorf("round trip = %+v, %v", again, err)
	}
	for _, bad := range []string{"a:1:0:x\tnonsense\n", "nokey\tok\n", "a:1:0:x\n", "a:1:0:x\tok\na:1:0:x\tok\n"} {
		if _, err := ReadLabels(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadLabels(%q) accepted bad input", bad)
		}
	}
}

func TestKappa(t *testing.T) {
	var m Confusion
	if !math.IsNaN(m.Kappa()) {
		t.Error("kappa of nothing is not NaN")
	}
	for range 10 {
		m.Add(OK, OK)
		m.Add(Caption, Caption)
	}
	if k := m.Kappa(); math.Abs(k-1) > 1e-9 {
		t.Errorf("perfect agreement kappa = %v", k)
	}
	// 20 items, 2 classes split evenly, agreeing on 15: po = .75, pe = .5.
	var h Confusion
	for range 8 {
		h.Add(OK, OK)
	}
	for range 7 {
		h.Add(Caption, Caption)
	}
	for range 2 {
		h.Add(OK, Caption)
	}
	for range 3 {
		h.Add(Caption, OK)
	}
	if k := h.Kappa(); math.Abs(k-0.5) > 1e-9 {
		t.Errorf("kappa = %v, want 0.5", k)
	}
	judged, gold, both := h.PrecisionRecall(Caption)
	if judged != 9 || gold != 10 || both != 7 {
		t.Errorf("PrecisionRecall(Caption) = %d %d %d, want 9 10 7", judged, gold, both)
	}
}

func TestClassNames(t *testing.T) {
	for _, c := range Classes() {
		got, err := ParseClass(c.String())
		if err != nil || got != c {
			t.Errorf("ParseClass(%q) = %v, %v", c, got, err)
		}
	}
	if _, err := ParseClass("nonsense"); err == nil {
		t.Error("ParseClass accepted nonsense")
	}
	var s Set
	if s.First() != OK || s.String() != "ok" {
		t.Errorf("empty set: %v %q", s.First(), s)
	}
	s = s.With(DanglingReference).With(Caption)
	if s.First() != Caption || s.String() != "caption+dangling-reference" || !s.Has(DanglingReference) || s.Has(Promo) {
		t.Errorf("set %q first %v", s, s.First())
	}
	if !Caption.Furniture() || Fragment.Furniture() || OK.Furniture() {
		t.Error("Furniture misclassifies")
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", `"`, `"a" b "c`, "(", "[ x", "The", "It is", "ALL: caps", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := Detect(s, Context{})
		if b := Detect(s, Context{}); a != b {
			t.Fatalf("Detect(%q) not deterministic: %v vs %v", s, a, b)
		}
		_ = Dangles(s)
		_ = NeedsSpeaker(s)
	})
}

func TestInSummary(t *testing.T) {
	sents := []string{
		"Ruth Calder, the mayor of Elmsford, said the dam would hold.", // 0 ok
		`"We are safe," she said.`,                                     // 1 quote resolved by 0
		"He was arrested on Monday.",                                   // 2 dangling, not resolved
		"She left the town on Tuesday.",                                // 3 dangling, resolved by follows
		"Click here to see more photos.",                               // 4 promo
	}
	follows := []bool{false, false, false, true, false}
	got := InSummary(sents, follows)
	want := []Set{0, 0, Set(0).With(DanglingReference), 0, Set(0).With(Promo)}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d %q: %s, want %s", i, sents[i], got[i], want[i])
		}
	}
	named := InSummary([]string{"A storm flooded Elmsford on Sunday.", "The storm moved east on Monday.", "The mayor quit."}, nil)
	if named[1] != 0 || !named[2].Has(DanglingReference) {
		t.Errorf("'the X' named before: %s; not named: %s", named[1], named[2])
	}
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"The storms moved east.", []string{"storm", "moved"}},
		{"The council also voted.", nil}, // leans back through "also" too
		{"The number of deaths rose.", nil},
		{"Storms moved east.", nil},
	} {
		if got := DefiniteHeads(tt.s); !slices.Equal(got, tt.want) {
			t.Errorf("DefiniteHeads(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	if got := InSummary([]string{`"We are safe," she said.`}, nil); !got[0].Has(UnattributedQuote) {
		t.Errorf("a quote opening a summary is unattributed: %s", got[0])
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"lower-cased place and region", "Little rock, ark. - a high school posted a sign on its door.", true},
		{"lower-cased place", "Elmsford – a local bakery gave away 500 loaves on Sunday.", true},
		{"bar and date", "Tarnwick, ostland | tarnwick, ostland feb 8 - ice fever is sweeping the town.", true},
		{"agency tag", "ELMSFORD, Ostland (AP) - The dam held overnight.", true},
		{"dash inside a sentence", "The council voted - and lost - on Monday.", false},
		{"subject and aside", "Police said the man - who was not named - fled.", false},
		{"plain sentence", "The dam held overnight in Elmsford.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Dateline(tt.s); got != tt.want {
				t.Errorf("Dateline(%q) = %v, want %v", tt.s, got, tt.want)
			}
			if got := Furniture(tt.s); got != OK {
				t.Errorf("Furniture(%q) = %v: a dated sentence is the story's own", tt.s, got)
			}
		})
	}
}

// TestDayBeforeMonth checks the filter before captionDate: it holds
// wherever the expression matches, and spares sentences without the
// weekday-and-month pattern.
func TestDayBeforeMonth(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		want bool
	}{
		{"comma", "crowds gather in the square sunday, aug. 21, 2016.", true},
		{"no comma", "the harbor on tuesday april 4, 2017 (photo)", true},
		{"september", "on friday sept. 9, 2011", true},
		{"today", "today the council met in march", false},
		{"weekday alone", "the vote is on monday.", false},
		{"two spaces", "monday  aug. 2, 2015", false},
		{"at the end", "it rained on sunday", false},
		{"empty", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := dayBeforeMonth(c.in); got != c.want {
				t.Errorf("dayBeforeMonth(%q) = %v, want %v", c.in, got, c.want)
			}
			if captionDate.MatchString(c.in) && !dayBeforeMonth(c.in) {
				t.Errorf("captionDate matches %q but the filter says no", c.in)
			}
		})
	}
}

func FuzzDayBeforeMonth(f *testing.F) {
	for _, s := range []string{"sunday, aug. 21, 2016", "tuesday april 4, 2017", "today in march"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if captionDate.MatchString(s) && !dayBeforeMonth(s) {
			t.Errorf("captionDate matches %q but the filter says no", s)
		}
	})
}

func TestCollapse(t *testing.T) {
	for _, s := range []string{"", " ", "One two.", " One two.", "One two. ", "One  two.", "One\ttwo.",
		"One\u00a0two.", "“One” — two…", "One\u2009two", "a\xffb c", "One two.\n"} {
		if got, want := collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"One  two.", "“One” — two…", "One\u00a0two."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestHasLineNumber checks the filter before phoneNumber: it holds wherever
// the expression matches.
func TestHasLineNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Call (555) 010-0142 for tickets.", true},
		{"Call 555-010-0142.", true},
		{"The 2019-2020 season", true}, // the expression decides: no phone number
		{"The 2019-20 season", false},
		{"Route 66-a", false},
		{"010-014", false},
		{"", false},
	} {
		if got := hasLineNumber(c.in); got != c.want {
			t.Errorf("hasLineNumber(%q) = %v, want %v", c.in, got, c.want)
		}
		if phoneNumber.MatchString(c.in) && !hasLineNumber(c.in) {
			t.Errorf("phoneNumber matches %q but the filter says no", c.in)
		}
	}
}

func FuzzHasLineNumber(f *testing.F) {
	for _, s := range []string{"(555) 010-0142", "555-010-0142", "2019-2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if phoneNumber.MatchString(s) && !hasLineNumber(s) {
			t.Errorf("phoneNumber matches %q but the filter says no", s)
		}
	})
}

func TestDataRowAndAcronymEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"Westvale > ferries: 12 > crossings a day: 40 > pier length: 300 m the town's harbour is the busiest.": true,
		"Fares rose > 5% this year, the harbour board said.":                                                   false,
		"The ferry line offered free crossings to u.s.":                                                        true,
		"The captain is believed to be on a u.s.":                                                              true,
		"The captain flew back to the u.s.":                                                                    false,
		"The ferry sailed to the continental u.s.":                                                             false,
		"The ferry sailed to westvale.":                                                                        false,
	} {
		if got := DataRow(s) || EndsAtAcronym(s); got != want {
			t.Errorf("DataRow || EndsAtAcronym(%q) = %v, want %v", s, got, want)
		}
		if got := isFragment(s); got != want {
			t.Errorf("isFragment(%q) = %v, want %v", s, got, want)
		}
	}
}
