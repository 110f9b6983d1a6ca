package truecase

import (
	"bytes"
	"strings"
	"testing"
)

// fixture is invented cased text: each paragraph its own unit, so that a
// word capitalised in several of them passes DefaultMinCount.
var fixture = []string{
	"The council met in Varnholm on Tuesday after a long and quiet winter of small talks about the old harbour. Its chair, Odile Brack, spoke at a White House event in May 2019, and I was there to hear what she would say about the plan.",
	"A report from the city of Varnholm said that the last ferry of the season left early on Tuesday with most of its seats empty. Officials at the White House said they will wait, and I think they may be right to wait for the spring.",
	"Residents of Varnholm voted on Tuesday, and then Odile Brack said that the result of the vote will stand for now. They may appeal in May 2020, but few of the people who spoke to me think that they will.",
	"The white paint of the house was new. We painted the white fence, and the house looked clean and bright in the sun. It may rain later, and the paint may not dry. The TRB inspector came too.",
	"Flights to the U.S. resumed after a week of delays at the small airport on the coast. The U.S. embassy and NATO staff met with McKeown, who runs the port and most of the boats in it.",
	"Staff of the U.S. mission met McKeown and the NATO envoys in the morning; the white van and the house next to it were searched by the police, and an anti-Varnholm group was told to leave.",
	"Reporters waited outside the White House for most of the day, and a spokesman came out in the evening to say that the talks would go on until May 2021 at the latest.",
	"A letter sent to the White House in the spring asked for more money for the harbour, and the answer came back in May 2018 with a promise and little else.",
	"A NATO team flew to the U.S. base, and McKeown said the old house will be sold before the end of the year. We will see what the new owners do with it, and I hope they keep the garden.",
}

func fixtureModel(t *testing.T) *Model {
	t.Helper()
	l := NewLearner()
	for _, p := range fixture {
		l.Add(p)
	}
	return l.Model(1, 1)
}

func TestApply(t *testing.T) {
	m := fixtureModel(t)
	tests := []struct {
		name, in, want string
	}{
		{"place and day", "The vote in varnholm was held on tuesday.", "The vote in Varnholm was held on Tuesday."},
		{"person and possessive", "Critics of odile brack's plan spoke.", "Critics of Odile Brack's plan spoke."},
		{"pair", "Aides at the white house said no.", "Aides at the White House said no."},
		{"pair absent", "They saw the white fence.", "They saw the white fence."},
		{"month beside a number", "It opens in may 2021, they said.", "It opens in May 2021, they said."},
		{"modal stays", "The plan may fail.", "The plan may fail."},
		{"dotted acronym", "Talks with the u.s. envoy began.", "Talks with the U.S. envoy began."},
		{"capitals and mixed", "A nato officer met mckeown.", "A NATO officer met McKeown."},
		{"written capitals kept", "Aides at the White house met Brack.", "Aides at the White House met Brack."},
		{"unknown word", "The zorbal fell.", "The zorbal fell."},
		{"pronoun", "He said i will go.", "He said I will go."},
		{"lone letter", "He said i ' m here.", "He said I ' m here."},
		{"handle", "Follow @varnholm today.", "Follow @varnholm today."},
		{"words joined by a slash", "The varnholm/nato poll came.", "The Varnholm/NATO poll came."},
		{"words joined by a slash, closing", "A poll of the nato/varnholm.", "A poll of the NATO/Varnholm."},
		{"address", "See varnholm.org/nato today.", "See varnholm.org/nato today."},
		{"path", "See /varnholm/nato today.", "See /varnholm/nato today."},
		{"hyphen part", "An anti-varnholm group met.", "An anti-Varnholm group met."},
		{"acronym one text wrote", "A trb inspector met.", "A TRB inspector met."},
		{"acronym as a hyphen part", "A trb-harbour plan followed.", "A TRB-harbour plan followed."},
		{"acronym beside a name part", "A trb-varnholm plan followed.", "A trb-Varnholm plan followed."},
		{"acronym in a game's name", "They played trb-man all day.", "They played trb-man all day."},
		{"given name and surname", "Later melissa quorvant spoke.", "Later Melissa Quorvant spoke."},
		{"given name before a verb", "Later melissa painted it.", "Later melissa painted it."},
		{"given name that is a verb", "They would rob a shop.", "They would rob a shop."},
		{"words run together", "Then melissa in'the end left.", "Then melissa in'the end left."},
		{"empty", "", ""},
		{"sentence-opening capital reshaped", "U.s. envoys met. Nato staff left. Mckeown spoke.", "U.S. envoys met. NATO staff left. McKeown spoke."},
		{"capitalised alone kept", "White paint dried. It may rain. I left.", "White paint dried. It may rain. I left."},
		{"capitals before a name kept", "Nato Brack spoke. Nato brack spoke.", "Nato Brack spoke. Nato Brack spoke."},
		{"unknown Celtic name reshaped", "Mcbrannigan spoke. Mcfe left.", "McBrannigan spoke. Mcfe left."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Apply(tt.in, nil); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestApplyNames(t *testing.T) {
	m := fixtureModel(t)
	var names Names
	names.Add("The mayor, Pell Quarrington, opened the bridge.")
	names.AddName("Will Danforth")
	tests := []struct {
		name, in, want string
	}{
		{"surname elsewhere", "Later quarrington left.", "Later Quarrington left."},
		{"common word beside its name", "Critics of will danforth spoke.", "Critics of Will Danforth spoke."},
		{"common word alone", "They will stay.", "They will stay."},
		{"after a title", "Aides to mr. quarrington spoke.", "Aides to mr. Quarrington spoke."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Apply(tt.in, &names); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestApplySourcesAfterRead checks that sources added after Apply read
// the counts are counted: the lower-case uses of a word counted on
// first need are counted again.
func TestApplySourcesAfterRead(t *testing.T) {
	m := fixtureModel(t)
	var names Names
	names.AddSource("Morvik rode out. Morvik came home. Morvik slept.")
	in := "They met morvik."
	if got, want := m.Apply(in, &names), "They met Morvik."; got != want {
		t.Fatalf("Apply(%q) = %q, want %q", in, got, want)
	}
	// Thirty lower-case uses: three openings are under a tenth of them.
	names.AddSource(strings.Repeat("the morvik ", 30))
	if got := m.Apply(in, &names); got != in {
		t.Errorf("Apply(%q) = %q after more lower-case uses", in, got)
	}
}

func TestApplySources(t *testing.T) {
	m := fixtureModel(t)
	var names Names
	for _, src := range []string{
		"Zelvani sang on the night. Zelvani is back, they wrote.",
		"Fans of zelvani waited. Zelvani waved at them.",
		"Painted walls stood. Painted doors too.",
		"The paint was wet. Painted fences dried.",
		"House prices rose. House sales fell. House builders spoke.",
		"Trenvo opened a shop. Trenvo sold bread and milk to trenvo fans.",
	} {
		names.AddSource(src)
	}
	tests := []struct {
		name, in, want string
	}{
		{"opens three sentences", "The crowd cheered for queen zelvani.", "The crowd cheered for Queen Zelvani."},
		{"an inflection", "They saw painted walls.", "They saw painted walls."},
		{"a word cased text writes lower-case", "The house was old.", "The house was old."},
		{"opens two sentences only", "Fans of trenvo waited.", "Fans of trenvo waited."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Apply(tt.in, &names); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAddWordList(t *testing.T) {
	m := fixtureModel(t)
	m.AddWordList([]string{"Quillmoor", "Brandle", "brandle", "D'Tarry", "house", "House", "Ferrow"})
	tests := []struct{ in, want string }{
		{"They flew to quillmoor.", "They flew to Quillmoor."},               // capitalised alone in the list
		{"A brandle stood there.", "A brandle stood there."},                 // the list holds it lower-case too
		{"Aides at the house met ferrow.", "Aides at the house met Ferrow."}, // "house": the model knows it
		{"They met d'tarry.", "They met d'tarry."},                           // an apostrophe
	}
	for _, tt := range tests {
		if got := m.Apply(tt.in, nil); got != tt.want {
			t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if out := got.Apply("They flew to quillmoor.", nil); out != "They flew to Quillmoor." {
		t.Errorf("read model gives %q", out)
	}
}

// TestAddWordListForms checks the list's capitals and mixed forms and a
// word the cased text capitalised in one unit alone.
func TestAddWordListForms(t *testing.T) {
	l := NewLearner()
	l.Add("The boats of Quarnish sailed at dawn, and the crews of Quarnish sang.")
	l.Add("A storm came, and the boats came back to the harbour at noon.")
	m := l.Model(1, 1)
	m.AddWordList([]string{"ZELCOR", "DuVarne", "Kelm", "KELM", "TROB", "trob", "Quarnish"})
	tests := []struct{ in, want string }{
		{"The zelcor report came out.", "The ZELCOR report came out."},     // capitals alone in the list
		{"They met duvarne at noon.", "They met DuVarne at noon."},         // mixed case alone
		{"They met kelm at noon.", "They met KELM at noon."},               // capitals beside capitalised, unknown to cased text
		{"They saw a trob at noon.", "They saw a trob at noon."},           // lower-case beside capitals
		{"The boats of quarnish left.", "The boats of Quarnish left."},     // one unit, never lower-case, listed
		{"The harbour at dawn was calm.", "The harbour at dawn was calm."}, // known lower-case
	}
	for _, tt := range tests {
		if got := m.Apply(tt.in, nil); got != tt.want {
			t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCelticNames(t *testing.T) {
	m := fixtureModel(t)
	tests := []struct{ in, want string }{
		{"They met mcbrannigan at noon.", "They met McBrannigan at noon."},
		{"They met o'dorrel at noon.", "They met O'Dorrel at noon."},
		{"They met at six o'clock.", "They met at six o'clock."},
		{"A mcx fell.", "A mcx fell."}, // too short for a name
	}
	for _, tt := range tests {
		if got := m.Apply(tt.in, nil); got != tt.want {
			t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBesideCapital checks a word cased text capitalises before any
// capitalised word ("Warden <Name>") without the pair of that name.
func TestBesideCapital(t *testing.T) {
	l := NewLearner()
	names := []string{"Odile Brack", "Lena Marsh", "Ivo Tansk", "Per Lund", "Ada Quill", "Rok Vell", "Ema Dorn", "Uli Fenk", "Oda Stirr", "Jon Pallet", "Kai Morrow", "Ines Harl", "J. Pell", "Tom J. Ebbe", "Ian J. Roe", "Al J. Kit", "Bo J. Lin", "Cy J. Dun"}
	for _, n := range names {
		l.Add("The crowd cheered when Warden " + n + " came out, and the warden waved back at them.")
	}
	m := l.Model(1, 1)
	tests := []struct{ in, want string }{
		{"Later warden Corvo spoke.", "Later Warden Corvo spoke."},
		{"Later the warden spoke.", "Later the warden spoke."},
		{"They saw the warden Friday.", "They saw the warden Friday."},   // a day says nothing
		{"Later warden, Corvo spoke.", "Later warden, Corvo spoke."},     // not side by side
		{"Later Warden j. Corvo spoke.", "Later Warden J. Corvo spoke."}, // an initial
		{"In Corvo v. Brack they met.", "In Corvo v. Brack they met."},   // versus
	}
	for _, tt := range tests {
		if got := m.Apply(tt.in, nil); got != tt.want {
			t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestApplyCaseOnly checks that Apply changes letters only in case and
// never lowers one.
func TestApplyCaseOnly(t *testing.T) {
	m := fixtureModel(t)
	for _, p := range fixture {
		in := strings.ToLower(p)
		out := m.Apply(in, nil)
		if strings.ToLower(out) != in {
			t.Errorf("Apply changed letters: %q -> %q", in, out)
		}
		if got := m.Apply(p, nil); strings.ToLower(got) != strings.ToLower(p) || len(got) != len(p) {
			t.Errorf("Apply(cased) = %q", got)
		}
	}
}

func TestHeadingNotCounted(t *testing.T) {
	l := NewLearner()
	l.Add("Storm Hits The Coast Road Again\nthe coast road was shut when the storm came.")
	m := l.Model(1, 1)
	if w := m.words["coast"]; w.capital() != 0 {
		t.Errorf("a title-case heading was counted: %+v", w)
	}
}

func TestWriteRead(t *testing.T) {
	m := fixtureModel(t)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	in := "The vote in varnholm: the u.s. and nato met at the white house."
	if a, b := m.Apply(in, nil), got.Apply(in, nil); a != b {
		t.Errorf("read model gives %q, written %q", b, a)
	}
	if _, err := Read(strings.NewReader("not a model")); err == nil {
		t.Error("Read accepted junk")
	}
}

func TestDefault(t *testing.T) {
	m := Default()
	if w, p := m.Len(); w < 1000 || p < 1000 {
		t.Fatalf("embedded model holds %d words and %d pairs", w, p)
	}
	in := "The senator flew to washington on monday, officials in the u.s. said."
	want := "The senator flew to Washington on Monday, officials in the U.S. said."
	if got := m.Apply(in, nil); got != want {
		t.Errorf("Apply(%q) = %q, want %q", in, got, want)
	}
}

func FuzzApply(f *testing.F) {
	for _, p := range fixture {
		f.Add(strings.ToLower(p))
	}
	m := Default()
	f.Fuzz(func(t *testing.T, s string) {
		out := m.Apply(s, nil)
		if strings.ToLower(out) != strings.ToLower(s) {
			t.Errorf("Apply(%q) = %q: letters changed", s, out)
		}
	})
}

func TestAcronym(t *testing.T) {
	l := NewLearner()
	l.Add("Members of the QRB met in the hall, and the QRB chair spoke about the DOS rules of the port.")
	m := l.Model(1, 1)
	tests := []struct {
		name, in, want string
	}{
		{"one story's capitals", "Then the qrb voted.", "Then the QRB voted."},
		{"a stopword's plural", "Then the dos and don'ts.", "Then the dos and don'ts."},
		{"between two names", "Then Lena qrb Marsh spoke.", "Then Lena qrb Marsh spoke."},
		{"unknown", "Then the zqx voted.", "Then the zqx voted."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Apply(tt.in, nil); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestApplyHyphenParticle(t *testing.T) {
	l := NewLearner()
	for _, p := range []string{
		"Traders in Varnholm said Au prices rose, and the port was busy.",
		"The port of Varnholm sold Au coins, and the port stayed open.",
		"A port near Varnholm shut; the old port and the new port were quiet.",
	} {
		l.Add(p)
	}
	m := l.Model(1, 1)
	for in, want := range map[string]string{
		"a port-au-varnholm road": "a port-au-Varnholm road", // a particle inside stays lower-case
		"an au-varnholm deal":     "an Au-Varnholm deal",     // the first part is no particle inside
	} {
		if got := m.Apply(in, nil); got != want {
			t.Errorf("Apply(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCommon(t *testing.T) {
	l := NewLearner()
	var b strings.Builder
	for i := 0; i < 12; i++ {
		b.WriteString("They were given a map and Mark gave a mark. ")
	}
	l.Add(b.String())
	l.Add("Mark said the mark was given.")
	m := l.Model(1, 1)
	if !m.Common("given") {
		t.Errorf("Common(given) = false, want true: cased text writes it lower-case alone")
	}
	for _, w := range []string{"mark", "zorbal"} {
		if m.Common(w) {
			t.Errorf("Common(%q) = true, want false (capitalised as often, or unknown)", w)
		}
	}
}
