package summarize

import (
	"reflect"
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestTuningSet(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		spec    string
		want    func(p *Tuning)
		wantErr bool
	}{
		{"empty changes nothing", "", func(p *Tuning) {}, false},
		{"one float", "overlap=0.35", func(p *Tuning) { p.Overlap = 0.35 }, false},
		{"several, spaced, any case", " MinSrc=4 , costpow=1 ", func(p *Tuning) { p.MinSources, p.CostPow = 4, 1 }, false},
		{"integer takes the integer part", "bpedge=3.7", func(p *Tuning) { p.BoilerEdge = 3 }, false},
		{"trims as a bit set", "compress=1", func(p *Tuning) { p.Trims = TrimBullet }, false},
		{"trailing comma", "salpair=0,", func(p *Tuning) { p.SalPair = 0 }, false},
		{"unknown name", "bigsal=1", nil, true},
		{"no value", "overlap", nil, true},
		{"bad number", "overlap=high", nil, true},
		{"error after a good pair", "overlap=0.5,nope=1", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DefaultTuning()
			err := got.Set(tt.spec)
			want := DefaultTuning()
			if tt.want != nil {
				tt.want(&want)
			}
			if (err != nil) != tt.wantErr {
				t.Fatalf("Set(%q) error %v, want error %v", tt.spec, err, tt.wantErr)
			}
			if got != want {
				t.Errorf("Set(%q) gave %+v, want %+v", tt.spec, got, want)
			}
		})
	}
}

func TestTuningNames(t *testing.T) {
	t.Parallel()
	names := TuningNames()
	if !slices.IsSorted(names) {
		t.Errorf("names not sorted: %v", names)
	}
	// Every name sets a different field: setting each to an unusual value
	// changes the tuning, and no two names change the same field.
	changed := map[string]string{}
	for _, n := range names {
		p := DefaultTuning()
		if err := p.Set(n + "=17"); err != nil {
			t.Fatalf("Set(%s): %v", n, err)
		}
		v, d := reflect.ValueOf(p), reflect.ValueOf(DefaultTuning())
		var fields []string
		for i := range v.NumField() {
			if !v.Field(i).Equal(d.Field(i)) {
				fields = append(fields, v.Type().Field(i).Name)
			}
		}
		if len(fields) != 1 {
			t.Errorf("%s changes fields %v, want one", n, fields)
			continue
		}
		if other, ok := changed[fields[0]]; ok {
			t.Errorf("%s and %s both set %s", n, other, fields[0])
		}
		changed[fields[0]] = n
	}
	if n := reflect.TypeFor[Tuning]().NumField(); len(changed) != n {
		t.Errorf("names set %d of the %d fields", len(changed), n)
	}
}

// TestSummarizerTuning checks that a Summarizer's tuning reaches every stage
// it governs, and that nil means the default.
func TestSummarizerTuning(t *testing.T) {
	t.Parallel()
	arts := []chorus.Article{
		{ID: "a", Text: "· The county reopened the old ferry crossing on Monday after repairs to the landing. " +
			"The ferry will run every hour until dusk, the harbour master said."},
		{ID: "b", Text: "The old ferry crossing reopened on Monday, the county said, after the landing was repaired. " +
			"Tickets will cost two dollars for adults and nothing for children."},
	}
	opts := chorus.Options{Words: 60}
	def, err := Summarize(arts, opts)
	if err != nil {
		t.Fatal(err)
	}
	explicit := DefaultTuning()
	same, err := (&Summarizer{Tuning: &explicit}).Summarize(arts, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(def, same) {
		t.Errorf("nil tuning and DefaultTuning() differ:\n%v\n%v", def.Sentences, same.Sentences)
	}
	if find(def, "·") != nil {
		t.Errorf("default tuning kept a bullet: %v", def.Sentences)
	}
	noTrim := DefaultTuning()
	noTrim.Trims = 0
	s, err := (&Summarizer{Tuning: &noTrim}).Summarize(arts, chorus.Options{Words: 200})
	if err != nil {
		t.Fatal(err)
	}
	if find(s, "·") == nil {
		t.Errorf("no trims, yet the bullet was cut: %v", s.Sentences)
	}
}

// TestOrderUsesTunedOverlap checks that ordering counts an earlier
// paraphrase as a first mention by the tuned overlap, not a constant.
func TestOrderUsesTunedOverlap(t *testing.T) {
	t.Parallel()
	arts := []chorus.Article{
		{ID: "early", Text: "Workers finished the new library roof in the town centre on Friday. The mayor thanked the volunteers who raised the money."},
		{ID: "late", Text: "Officials praised the volunteers who paid for the library roof. Books will return to the shelves in May."},
	}
	firstOf := func(overlap float64) place {
		p := DefaultTuning()
		p.Overlap = overlap
		c := cluster{p: &p}
		if !c.prepare(arts) {
			t.Fatal("no text")
		}
		f := slices.IndexFunc(c.facts, func(f fact) bool {
			return c.docs[c.cands[f.rep].doc].article.ID == "late" && c.cands[f.rep].pos == 0
		})
		if f < 0 {
			t.Fatalf("the late source's lead is not a fact of its own")
		}
		return c.firstMention(f, c.rank)
	}
	if got := firstOf(0.01); got.rank != 0 {
		t.Errorf("overlap 0.01: first mention %+v, want in the early source", got)
	}
	if got := firstOf(1); got.rank == 0 {
		t.Errorf("overlap 1: first mention %+v, want its own place", got)
	}
}
