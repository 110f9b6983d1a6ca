package dispute

import (
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/voices"
)

// TestRumourDenial checks which denials are held to MinRumourConfidence:
// a denial of the rumours beside a claim that tells a rumour.
func TestRumourDenial(t *testing.T) {
	rumour := "Rumours of a secret engagement between Mr. Tallis and Ms. Orme persisted all through the spring."
	tests := []struct {
		name          string
		claim, denial string
		want          bool
	}{
		{"dismissed the rumours", rumour,
			"But aides to Mr. Tallis dismissed the rumours, saying the two had not met since March.", true},
		{"denied those rumors", "Mr. Tallis was rumored to be leaving the firm.",
			"His office denied those rumors on Friday.", true},
		{"claim tells no rumour", "Mr. Tallis was seen leaving the firm's offices with Ms. Orme.",
			"But aides to Mr. Tallis dismissed the rumours, saying the two had not met since March.", false},
		{"denial of allegations", rumour,
			"But aides to Mr. Tallis dismissed the allegations on Friday.", false},
		{"rumours named by whom", rumour,
			"Aides dismissed the tabloid rumours on Friday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := chorus.Dispute{Topic: deniedBy("Aides"), Claims: []chorus.Claim{{Text: tt.claim}, {Text: tt.denial}}}
			if got := rumourDenial(d); got != tt.want {
				t.Errorf("rumourDenial = %v, want %v", got, tt.want)
			}
			if want := map[bool]float64{true: MinRumourConfidence, false: MinConfidence}[tt.want]; minConfidence(d) != want {
				t.Errorf("minConfidence = %.2f, want %.2f", minConfidence(d), want)
			}
		})
	}
	// The pair as Find reads it from one source: the rumour told, then its
	// denial.
	got := Find([]voices.Doc{{Source: 1, Sentences: []string{rumour,
		"But aides to Mr. Tallis dismissed the rumours, saying the two had not met since March."}}})
	if len(got) != 1 || got[0].Claims[0].Text != rumour {
		t.Errorf("Find = %+v, want the rumour and its denial", got)
	}
}
