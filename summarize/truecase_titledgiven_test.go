package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaiseTitledKnownNamesIn(t *testing.T) {
	// The cluster writes "ed tolliver", "al brannick" and "kasim drew"
	// together in every use of their first word, "barack pennow" once of
	// three, "grant dowling" twice of three.
	pairs := map[string][2]int{
		"ed\x00tolliver":     {2, 2},
		"al\x00brannick":     {3, 3},
		"kasim\x00drew":      {1, 1},
		"barack\x00pennow":   {1, 3},
		"grant\x00dowling":   {2, 3},
		"barack\x00whistles": {1, 1},
	}
	uses := map[string]int{"ed": 2, "al": 3, "kasim": 1, "barack": 3, "grant": 3}
	pairUses := func(a, b string) (int, int) {
		p := pairs[a+"\x00"+b]
		return p[0], uses[a]
	}
	tests := []struct{ name, in, want string }{
		{"two words before a verb of saying", "Mayor ed tolliver said the pier would reopen.", "Mayor Ed Tolliver said the pier would reopen."},
		{"al as a given name", "Sen. al brannick's office was closed.", "Sen. Al Brannick's office was closed."},
		{"before a comma", "The Rev. al brannick, a pastor, spoke.", "The Rev. Al Brannick, a pastor, spoke."},
		{"before a verb", "Prince kasim drew announced a visit to Tarnwick.", "Prince Kasim Drew announced a visit to Tarnwick."},
		{"written together twice", "President barack pennow met the envoy.", "President barack pennow met the envoy."},
		{"written apart as well", "Governor grant dowling spoke.", "Governor grant dowling spoke."},
		{"one word after an abbreviated title", "Sen. brown is expected to vote no.", "Sen. Brown is expected to vote no."},
		{"before a capitalised surname", "Rep. beto O'Rourke spoke in Tarnwick.", "Rep. Beto O'Rourke spoke in Tarnwick."},
		{"one word before a verb of saying", "Judge kode said the case was closed.", "Judge Kode said the case was closed."},
		{"a verb after a title", "Judge rules there is no case.", "Judge rules there is no case."},
		{"a noun after a title", "Sheriff deputies will search the lake.", "Sheriff deputies will search the lake."},
		{"a lower-case title", "The mayor ed tolliver said no.", "The mayor ed tolliver said no."},
		{"a particle", "Mayor bill de Blasio said no; Ms. le pen did too.", "Mayor bill de Blasio said no; Ms. le pen did too."},
		{"three words", "President recep tayyip ozlan spoke.", "President recep tayyip ozlan spoke."},
		{"a common word's ending", "Sheriff kasim deputy said so.", "Sheriff kasim deputy said so."},
		{"a place's abbreviation", "St. louis is on the river.", "St. louis is on the river."},
		{"an adverb after a title", "The former Senator also said no.", "The former Senator also said no."},
		{"an initial after the given name", "Gen. dale m. orrin spoke.", "Gen. dale m. orrin spoke."},
		{"a capitalised surname after an initial", "Atty. Gen. dale M. Orrin spoke.", "Atty. Gen. Dale M. Orrin spoke."},
		{"already raised", "Sen. Al Brannick said so.", "Sen. Al Brannick said so."},
	}
	tc := truecase.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseTitledKnownNamesIn(tt.in, tc, pairUses); got != tt.want {
				t.Errorf("raiseTitledKnownNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
