package summarize

import "testing"

func TestSubjectCaption(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"visit dated last", "President Ilse Varga visits a ferry yard in Tarnwick on Feb. 16.", true},
		{"place after the weekday", "Former Gov. Tomas Rell speaks to the crowd at a rally Tuesday at the harbour hotel in Velmora.", true},
		{"plural subject", "Students protest against the new tolls in Velmora, Ostland, on Thursday.", true},
		{"two names and a plural verb", "Ilse Varga and Tomas Rell walk to the council chamber Wednesday.", true},
		{"present passive", "Tomas Rell is escorted out of the Velmora courthouse in cuffs on June 6.", true},
		{"participle before by", "Mayor Ilse Varga speaks during a debate sponsored by the harbour board on Monday.", true},
		{"shown with a participle", "The old ferry is shown docked at the pier on Dec. 27, 2013.", true},
		{"year only", "A man holds a sign outside the town hall in Velmora in January 2013.", true},
		{"month may before its day", "People walk past the cemetery gate on May 3 in Velmora.", true},
		{"past tense before the verb", "Students held rallies across Ostland on Thursday to protest the tolls.", false},
		{"story's verb after", "Mayor Ilse Varga speaks at the pier on Monday, and the council has agreed.", false},
		{"past participle of the story", "Mayor Ilse Varga speaks at the pier on Monday after the ferry docked.", false},
		{"scheduled", "Mayor Ilse Varga speaks at the harbour forum next Tuesday.", false},
		{"no date", "Mayor Ilse Varga speaks to reporters at the pier.", false},
		{"date before the verb", "On Monday Mayor Ilse Varga speaks to reporters at the pier.", false},
		{"pronoun subject", "She visits a ferry yard in Tarnwick on Feb. 16.", false},
		{"noun object", "Mayor Ilse Varga visits Tarnwick on Feb. 16.", false},
		{"occasion", "Harbour day celebrates the anniversary of the first ferry on May 4, 1911.", false},
		{"quotation", "Ilse Varga speaks at the pier on Monday \"for the last time\".", false},
		{"aside before the verb", "Ilse Varga, the mayor, speaks at the pier on Monday.", false},
		{"plural after a singular", "The mayor walk to the pier on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := subjectCaption(tt.s); got != tt.want {
				t.Errorf("subjectCaption(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
