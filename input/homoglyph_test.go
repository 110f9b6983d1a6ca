package input

import "testing"

func TestIsDisguised(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		// Cyrillic а, е, о, р, с, х and і inside Latin words.
		{"look-alike letters", "Аdvеrtіѕе yоur bоаt with thе Bаy Cоurіеr tоdаy!", true},
		{"plain English", "Advertise your boat with the Bay Courier today!", false},
		{"plain Russian", "Причал откроют осенью, сообщил совет гавани.", false},
		{"Russian with Latin names", "Совет гавани Ellery Bay одобрил ремонт причала North Pier.", false},
		{"two mixed words in a long paragraph", "The harbour board of Ellery Bay voted on Tuesday to rebuild the north pier, and the Bаy Cоurіеr reported it first.", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		if got := isDisguised(tt.in); got != tt.want {
			t.Errorf("%s: isDisguised(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}
