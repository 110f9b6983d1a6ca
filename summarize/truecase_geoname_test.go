package summarize

import "testing"

func TestRaiseGeoNamesIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"sea", "The ferry sank in the Mediterranean sea, officials said.", "The ferry sank in the Mediterranean Sea, officials said."},
		{"two words before", "Jets flew over the South China sea on Monday.", "Jets flew over the South China Sea on Monday."},
		{"possessive", "the Panama canal's new locks", "the Panama Canal's new locks"},
		{"falls", "a bakery in Sioux falls closed", "a bakery in Sioux Falls closed"},
		{"noun of place", "a boat on the sea of Galilee sank", "a boat on the Sea of Galilee sank"},
		{"sea creature", "Caribbean sea turtles nest here", "Caribbean sea turtles nest here"},
		{"no capital", "a trip to the red sea coast", "a trip to the red sea coast"},
		{"opening capital of a common word", "Dead sea fish washed up.", "Dead sea fish washed up."},
		{"opening capital of a name", "Aegean sea crossings rose.", "Aegean Sea crossings rose."},
		{"opening capital of a known name", "Mediterranean sea crossings rose.", "Mediterranean Sea crossings rose."},
		{"not listed", "a Greek island ferry", "a Greek island ferry"},
		{"sea of a crowd", "a sea of Orvani fans", "a sea of Orvani fans"},
		{"punctuation between", "near Tampa, bay residents", "near Tampa, bay residents"},
		{"keys", "a storm over the Florida keys", "a storm over the Florida Keys"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseGeoNamesIn(tt.in); got != tt.want {
				t.Errorf("raiseGeoNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
