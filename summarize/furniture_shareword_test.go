package summarize

import "testing"

func TestCutShareWord(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"lone", "Share the harbour board voted on Tuesday to raise ferry fares by a fifth.", "The harbour board voted on Tuesday to raise ferry fares by a fifth.", true},
		{"repeated", "Share on more share on more a ferry carrying forty people ran aground off Tarnwick.", "A ferry carrying forty people ran aground off Tarnwick.", true},
		{"advertising", "Share advertising the council says the new bridge will open in the spring of next year.", "The council says the new bridge will open in the spring of next year.", true},
		{"noun", "Share prices fell by a fifth on Tuesday after the ferry firm cut its forecast.", "Share prices fell by a fifth on Tuesday after the ferry firm cut its forecast.", false},
		{"empty byline", "Share by of the a ferry carrying forty people ran aground off Tarnwick.", "A ferry carrying forty people ran aground off Tarnwick.", true},
		{"by before subject", "Share by dunmore police are asking who left a bicycle on the station's front steps.", "Dunmore police are asking who left a bicycle on the station's front steps.", true},
		{"named byline", "Share by anna varga of the tarnwick courier a ferry carrying forty people ran aground.", "Share by anna varga of the tarnwick courier a ferry carrying forty people ran aground.", false},
		{"named byline aux", "Share by anna varga was the first to report that the ferry ran aground off Tarnwick.", "Share by anna varga was the first to report that the ferry ran aground off Tarnwick.", false},
		{"tweet button", "Share it: tweet Ana Varga waves from the deck as the ferry leaves Tarnwick harbour.", "Ana Varga waves from the deck as the ferry leaves Tarnwick harbour.", true},
		{"share it", "Share it with the people you love before the ferry season ends in Tarnwick.", "Share it with the people you love before the ferry season ends in Tarnwick.", false},
		{"short", "Share the news today.", "Share the news today.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutShareWord(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("cutShareWord(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
