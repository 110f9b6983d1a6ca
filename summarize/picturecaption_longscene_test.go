package summarize

import "testing"

func TestLongScene(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"comma in the subject", "Ilse Varga, harbour master of Velmora, speaks at the pier.", true},
		{"long subject", "A harbour worker in a bright orange coat and a helmet with a lamp on the front inspects the hull of the ferry.", true},
		{"plural after commas", "Tomas Rell, the mayor, and Ilse Varga greet the crew of the tug.", true},
		{"short subject is subjectScene's", "Ilse Varga speaks at the pier.", false},
		{"clause before the verb", "When the ferry docked, Ilse Varga speaks at the pier.", false},
		{"story verb", "Ilse Varga, the harbour master, said the ferry waits at the pier.", false},
		{"credit in the subject", "The storm scene in Harbour Lights (Velmora Films) arrives with a roar.", false},
		{"no scene verb", "Ilse Varga, the harbour master of Velmora, opened the pier in 1998.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := longScene(tt.s); got != tt.want {
				t.Errorf("longScene(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
