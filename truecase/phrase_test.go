package truecase

import (
	"bytes"
	"strings"
	"testing"
)

// phraseFixture is invented cased text: an office of several words that
// texts write capitalised as a whole ("Office of Pond Safety", "Reed and
// Marsh Board"), though each word alone is mostly lower-case, and a
// phrase written capitalised once but lower-case in most uses ("Pond
// Water").
var phraseFixture = []string{
	"A report of the Office of Pond Safety was read. The pond was calm and safety came first. Our office is small.",
	"Staff of the Office of Pond Safety met. The office said pond safety matters, the pond was clean and the office was closed.",
	"The Reed and Marsh Board voted. A reed grew by the marsh, and the board met. Some pond water was tested at the Pond Water hearing.",
	"The Reed and Marsh Board met again. Each reed and each marsh was counted by the board. They drank pond water, and pond water again.",
	"They said pond water was cold. The office checked the reed and the marsh for safety.",
}

func phraseModel(t *testing.T) *Model {
	t.Helper()
	l := NewLearner()
	for _, p := range phraseFixture {
		l.Add(p)
	}
	return l.Model(1, 1)
}

func TestRaisePhrases(t *testing.T) {
	m := phraseModel(t)
	read := roundTrip(t, m)
	tests := []struct {
		name, in, want string
	}{
		{"phrase with a function word", "They wrote to the office of pond safety today.", "They wrote to the Office of Pond Safety today."},
		{"phrase with and", "The reed and marsh board said no.", "The Reed and Marsh Board said no."},
		{"part of a phrase", "The office said no.", "The office said no."},
		{"phrase mostly lower-case", "They drank pond water.", "They drank pond water."},
		{"not across a comma", "The office, of pond safety, said no.", "The office, of pond safety, said no."},
		{"not at a lower-case opening", "Office of pond safety rules changed.", "Office of pond safety rules changed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, mm := range []*Model{m, read} {
				if got := mm.Apply(tt.in, nil); got != tt.want {
					t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
				}
			}
		})
	}
}

func TestTitleFromNamesAlone(t *testing.T) {
	m := Default()
	names := &Names{}
	names.AddName("Senator Tolvan Reese")
	tests := []struct {
		name, in, want string
	}{
		{"title alone stays lower-case", "A state senator testified.", "A state senator testified."},
		{"title before the name", "They met senator Tolvan Reese.", "They met Senator Tolvan Reese."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Apply(tt.in, names); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNoSurnameAfterInitialName(t *testing.T) {
	m := Default()
	if got, want := m.Apply("A song by r. kelly music played.", nil), "A song by R. Kelly music played."; got != want {
		t.Errorf("Apply = %q, want %q", got, want)
	}
}

func TestPhraseOpeners(t *testing.T) {
	m := phraseModel(t)
	read := roundTrip(t, m)
	want := map[string]bool{}
	for k := range m.phrases {
		first, _, _ := strings.Cut(k, " ")
		want[first] = true
	}
	if len(want) == 0 || len(read.tables.phraseOpeners) != len(want) {
		t.Fatalf("openers %v, want those of %d first words", read.tables.phraseOpeners, len(want))
	}
	for k := range want {
		if !read.phraseOpener(k) {
			t.Errorf("phraseOpener(%q) = false, want true", k)
		}
	}
	if read.phraseOpener("safety") || !m.phraseOpener("safety") {
		t.Error(`phraseOpener("safety"): the decoded model opens no phrase with it; a learned one's answer is always true`)
	}
}

// roundTrip returns m written and read back, as the embedded model is.
func roundTrip(t *testing.T, m *Model) *Model {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	read, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return read
}

func TestPhraseAfterDotted(t *testing.T) {
	m := Default()
	for in, want := range map[string]string{
		"the U.S. centers for disease control said": "the U.S. Centers for Disease Control said",
		"in the U.S. centers are closing":           "in the U.S. centers are closing",
	} {
		if got := m.Apply(in, nil); got != want {
			t.Errorf("Apply(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpenPhrase(t *testing.T) {
	tests := []struct {
		name string
		p    phrase
		want bool
	}{
		{"sure and common", phrase{lower: 1, capital: 105, units: 27}, true},
		{"few units", phrase{lower: 0, capital: 36, units: 10}, false},
		{"lower-case too often", phrase{lower: 4, capital: 60, units: 20}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := openPhrase(tt.p); got != tt.want {
				t.Errorf("openPhrase(%+v) = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
	// The embedded model: "white house" opening a sentence.
	if got := Default().Apply("White house aides met on tuesday.", nil); !strings.HasPrefix(got, "White House aides") {
		t.Errorf("Apply = %q, want White House at the opening", got)
	}
}
