package summarize

import "testing"

func TestRaisePaperNamesIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"place raised", "she told the Sacramento bee on Friday.", "she told the Sacramento Bee on Friday."},
		{"two place words", "the Des Moines register's poll shows", "the Des Moines Register's poll shows"},
		{"hyphened", "a Chicago sun-times columnist wrote", "a Chicago Sun-Times columnist wrote"},
		{"network", "CBS news reported that the dam held.", "CBS News reported that the dam held."},
		{"after the", "Orla Penn told the daily mail, adding", "Orla Penn told the Daily Mail, adding"},
		{"opening the", "The financial times first reported the sale.", "The Financial Times first reported the sale."},
		{"possessive before", "today's mail on Sunday says", "today's Mail on Sunday says"},
		{"capital before", "a poll for the Scottish mail on Sunday", "a poll for the Scottish Mail on Sunday"},
		{"common sense", "in tough financial times, families cut back", "in tough financial times, families cut back"},
		{"opening common word", "Daily mail deliveries stopped.", "Daily mail deliveries stopped."},
		{"place left low", "the miami herald said", "the miami herald said"},
		{"post office", "the Washington post office closed", "the Washington post office closed"},
		{"free", "he told sky news on Monday", "he told Sky News on Monday"},
		{"longest name", "the Minneapolis star tribune said", "the Minneapolis Star Tribune said"},
		{"written already", "the Miami Herald said", "the Miami Herald said"},
		{"not listed", "the Tarnwick herald said", "the Tarnwick herald said"},
		{"comma between", "in Miami, herald trumpets sounded", "in Miami, herald trumpets sounded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raisePaperNamesIn(tt.in); got != tt.want {
				t.Errorf("raisePaperNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
