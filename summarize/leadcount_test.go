package summarize

import "testing"

func TestCountsGroupBack(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"count and a verb", "All eight were rescued by the Tarnwick lifeboat on Sunday.", true},
		{"count in digits", "All 12 have been charged with trespass at the harbour.", true},
		{"both alone", "Both were taken to Tarnwick General with minor injuries.", true},
		{"each alone", "Each refused to say how the nets were cut.", true},
		{"count of them", "All three of them have been released on bail.", true},
		{"count and its noun", "All eight fishermen were rescued by the Tarnwick lifeboat on Sunday.", false},
		{"both and its noun", "Both ferries were held in port by the storm.", false},
		{"part of a named group", "All of the harbour's pilots have signed the letter to Anna Varga.", false},
		{"all with no count", "All are welcome at the Tarnwick regatta on Saturday.", false},
		{"all the", "All the boats in Tarnwick were tied up by noon.", false},
		{"news lede", "Anna Varga was elected mayor of Tarnwick on Sunday.", false},
		{"too short", "Both were.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countsGroupBack(tt.s); got != tt.want {
				t.Errorf("countsGroupBack(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
