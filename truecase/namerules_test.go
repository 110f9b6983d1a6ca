package truecase

import "testing"

// nameFixture is invented cased text for the name rules: a surname the
// text also writes lower-case, a verb that follows names, and an office
// written capitalised as a pair alone.
var nameFixture = []string{
	"The quarry near the river was closed. Work in the quarry stopped, and Ilsa Quarry said the quarry would open again. Ilsa speaks often.",
	"Men at the quarry waited. A quarry truck left, and then a second quarry truck came down the hill. Ilsa speaks to them.",
	"Staff of the Harbour Survey met, and the harbour was quiet. A harbour survey is slow, they said.",
	"Staff of the Harbour Survey met again, and the survey was done. They speak of it and speak well.",
	"Staff of the Harbour Survey met once more; they speak of the harbour and of a survey.",
	"Staff of the Harbour Survey left the harbour. We speak to them.",
	"The vote went ahead, and the mayor said it was fair. Later Mayor Tolvan Reese spoke, and a judge Monday agreed.",
}

func nameModel(t *testing.T) *Model {
	t.Helper()
	l := NewLearner()
	for _, p := range nameFixture {
		l.Add(p)
	}
	return l.Model(1, 1)
}

func TestNameRules(t *testing.T) {
	m := nameModel(t)
	tests := []struct {
		name, in, want string
	}{
		{"surname after a listed given name", "Then Karen quarry spoke.", "Then Karen Quarry spoke."},
		{"a verb after a given name", "Then Karen speaks.", "Then Karen speaks."},
		{"not after a comma", "They met Karen, quarry owners.", "They met Karen, quarry owners."},
		{"not after a surname", "The Ilsa Karen quarry was shut.", "The Ilsa Karen quarry was shut."},
		{"title before a name", "They met mayor Tolvan Reese.", "They met Mayor Tolvan Reese."},
		{"title before a day", "They met the judge Monday.", "They met the judge Monday."},
		{"title alone", "The mayor spoke.", "The mayor spoke."},
		{"pair written capitalised together", "The harbour survey said no.", "The Harbour Survey said no."},
		{"pair word alone", "The survey said no.", "The survey said no."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Apply(tt.in, nil); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHonorificSurname(t *testing.T) {
	m := Default()
	for in, want := range map[string]string{
		"He said that Mr. choi left.":         "He said that Mr. Choi left.",
		"Later Ms. black and Mr. woods spoke": "Later Ms. Black and Mr. Woods spoke",
		"Then Mr qabrel left.":                "Then Mr Qabrel left.",
		"Then Mr. al-bakri's plan failed.":    "Then Mr. Al-Bakri's plan failed.",
		"Then Mr. president spoke.":           "Then Mr. president spoke.",
		"Then Mr. de Blasio spoke.":           "Then Mr. de Blasio spoke.",
		"Women with Ms have more.":            "Women with Ms have more.",
		"She told Dr that it was so.":         "She told Dr that it was so.",
	} {
		if got := m.Apply(in, nil); got != want {
			t.Errorf("Apply(%q) = %q, want %q", in, got, want)
		}
	}
}
