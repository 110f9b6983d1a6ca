package summarize

import "testing"

// TestSpeechRetold checks which later sentences read as an earlier one's
// speech act told again with another verb of saying, on invented
// sentences.
func TestSpeechRetold(t *testing.T) {
	appeal := "The mayor of Tarnwick has called on residents to leave the harbour front before the storm reaches the coast."
	statement := "Storm season is here: Tarnwick mayor Anna Varga announced on Monday that she will step down at the end of the year."
	tests := []struct {
		name, first, later string
		want               bool
	}{
		{"an appeal told again", appeal, "The mayor of Tarnwick, the harbour town on the east coast, urged residents on Sunday to move inland.", true},
		{"an appeal to others", appeal, "The mayor of Tarnwick urged fishermen on Sunday to keep boats in port.", false},
		{"another speaker's appeal", appeal, "The harbour master called on residents on Sunday to move inland.", false},
		{"an appeal with a number of its own", appeal, "The mayor of Tarnwick called on residents to move 40 miles inland.", false},
		{"a statement told again", statement, "Varga, mayor since 2009, told a council meeting on Monday that she will leave at the end of the year.", true},
		{"a statement of another act", statement, "Varga told a council meeting on Monday that she will sell the harbour at the end of the year.", false},
		{"a statement adding much", statement, "Varga told a council meeting that she will quit to run the island ferry company her late father founded in Ostrel.", false},
		{"a statement with a reason", statement, "Varga told a council meeting she will step down at the end of the year because her health is failing.", false},
		{"a quotation first", statement, "\"It is time,\" Varga told a council meeting, saying she will step down at the end of the year.", false},
		{"a participle in what is said", "Tarnwick harbour board says a storm has injured one person on the quay.", "Harbour board spokesman Anna Varga says one injured person was flown to a hospital in Ostrel.", false},
		{"what is said opening with a noun", "Anna Varga announced that she is closing the harbour to ferries.", "Anna Varga said it is clear that use of the harbour is unsafe.", false},
		{"more said after a comma", statement, "Varga said she will step down at the end of the year, and it is time for a new harbour plan to bring ferries back to the island.", false},
		{"no verb of saying", statement, "Varga will step down at the end of the year.", false},
		{"a so-called speaker", "The so-called harbour party of Tarnwick said on Monday that it will leave the ruling council after a row over ferry fares.", "The harbour party says it will leave.", true},
		{"a verb in a clause first", statement, "Residents who heard Varga said she will step down at the end of the year.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, a, b := ledeFacts(t, tt.first, tt.later)
			if got := c.speechRetold(b, a); got != tt.want {
				t.Errorf("speechRetold = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSpeechAct checks the speaker and class read from a sentence's main
// clause.
func TestSpeechAct(t *testing.T) {
	tests := []struct {
		s       string
		speaker string
		class   speechClass
	}{
		{"Anna Varga, the mayor, said the harbour will close.", "varga", speechStatement},
		{"In a statement, Tarnwick council said the harbour will close.", "council", speechStatement},
		{"The so-called harbour party has called on residents to vote.", "party", speechAppeal},
		{"Anna Varga called it a disgrace.", "", speechNone},
		{"Residents who met Anna Varga said she was calm.", "", speechNone},
		{"Anna Varga sold the harbour, officials said.", "", speechNone},
	}
	for _, tt := range tests {
		sp, ok := speechAct(tt.s)
		if got := subjectHead(sp.speaker); got != tt.speaker || sp.class != tt.class || ok != (tt.class != speechNone) {
			t.Errorf("speechAct(%q) = %q, %v, %v; want %q, %v", tt.s, got, sp.class, ok, tt.speaker, tt.class)
		}
	}
}
