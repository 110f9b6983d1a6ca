package summarize

import (
	"strings"
	"testing"
)

func TestCutPageReference(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"pictured", "Mara Velt (pictured) said the ferry would run again in May.", "Mara Velt said the ferry would run again in May."},
		{"shown below", "The note she left on the door (shown below) asked for quiet.", "The note she left on the door asked for quiet."},
		{"see photo", "The old mill (see photo) burned on Sunday night.", "The old mill burned on Sunday night."},
		{"more below", "Each town votes for one member (more on that below), and the count is on Friday.", "Each town votes for one member, and the count is on Friday."},
		{"positions", "The two founders (left to right) met at a school in Orvale.", "The two founders met at a school in Orvale."},
		{"opening paren", "(see the credits below) the river towns lost a third of their jobs.", "The river towns lost a third of their jobs."},
		{"video lead", "In the video above, the mayor of Tarnwick thanks the crews.", "In a video, the mayor of Tarnwick thanks the crews."},
		{"adjective", "In the awkward interview below, the host asks about the dam.", "In an awkward interview, the host asks about the dam."},
		{"above video", "In the above clip, the coach explains the new rule.", "In a clip, the coach explains the new rule."},
		{"other paren", "The council (which met on Monday) voted to close the pier.", "The council (which met on Monday) voted to close the pier."},
		{"right up to", "The phones (right up to the newest model) can be opened.", "The phones (right up to the newest model) can be opened."},
		{"number", "Prices rose to a high (above 40 crowns) in March.", "Prices rose to a high (above 40 crowns) in March."},
		{"title", `His films did worse (see "The Long Ferry") than before.`, `His films did worse (see "The Long Ferry") than before.`},
		{"colon left", "The ads ran from boats to buses: (see all the ads at example.org/ads).", "The ads ran from boats to buses."},
		{"nothing left", "(see photo)", "(see photo)"},
		{"at left", "Anna Varga, 16, (at left) was found safe in Tarnwick.", "Anna Varga, 16, was found safe in Tarnwick."},
		{"seen at right", "Tomas Rell (seen at right) said he called the harbour master.", "Tomas Rell said he called the harbour master."},
		{"at right with more", "Tomas Rell (at right, holding a flag) spoke at the pier on Tuesday.", "Tomas Rell spoke at the pier on Tuesday."},
		{"right to", "Dockworkers walked out (on the right to strike, see below) in May.", "Dockworkers walked out in May."},
		{"right to clause", "The union stood firm (on the right to strike) through May.", "The union stood firm (on the right to strike) through May."},
		{"at a left turn", "The ferry swung wide (at left turns the pilot slows) near Tarnwick.", "The ferry swung wide (at left turns the pilot slows) near Tarnwick."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutPageReference(tt.s)
			if got != tt.want || ok != (tt.want != tt.s) {
				t.Errorf("cutPageReference(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

func TestPagePointer(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"You can watch it above.", true},
		{"The rest was, well, just watch above.", true},
		{"A longer cut of the speech is below.", true},
		{"Watch here:", true},
		{"Shares of the mill fell below their March price.", false},
		{"Analysts will watch the price closely as it moves toward the line that sits just above.", false},
		{"The new ferry is here.", false},
	}
	for _, tt := range tests {
		if got := pagePointer.MatchString(tt.s) && countWords(tt.s) <= pagePointerMaxWords; got != tt.want {
			t.Errorf("pagePointer(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// FuzzPageFilters: the tests cutPageReference and pagePointerOnly make
// before their expressions pass every text the expressions match.
func FuzzPageFilters(f *testing.F) {
	for _, s := range []string{"You can watch it above.", "WATCH HERE!", "The map is below:", "In the short video above, a crane lifts a barge.",
		"In The Above Clip, a dog swims.", "Brill Harlan (pictured) spoke at the dock.", "It was over.", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if pagePointer.MatchString(s) && !pagePointerEnd(s) {
			t.Errorf("pagePointerEnd(%q) = false; pagePointer matches", s)
		}
		if got := pageParenReplace(s, func(string) string { return "" }); got != pageParen.ReplaceAllString(s, "") {
			t.Errorf("pageParenReplace(%q) = %q, want %q", s, got, pageParen.ReplaceAllString(s, ""))
		}
		if m := pageMediaLead.FindStringSubmatchIndex(s); m != nil && !strings.EqualFold(s[:7], "in the ") {
			t.Errorf("pageMediaLead matches %q (%v), which does not open with \"in the \"", s, m)
		}
	})
}
