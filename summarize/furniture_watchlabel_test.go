package summarize

import "testing"

func TestCutWatchLabel(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want string
	}{
		{"heading run in", "Ferry bells ring again watch: the harbour band played for an hour as the first ferry docked.",
			"The harbour band played for an hour as the first ferry docked."},
		{"player notice", "Player unavailable on your phone WATCH: the mayor says the pier will reopen by the spring.",
			"The mayor says the pier will reopen by the spring."},
		{"video label", "Velmora regatta VIDEO: crews from nine towns raced along the coast on Sunday morning.",
			"Crews from nine towns raced along the coast on Sunday morning."},
		{"the text's own invitation", "Ilse Varga lost her temper on stage, just watch: you can barely make it out but she shouted at the band.",
			"Ilse Varga lost her temper on stage, just watch: you can barely make it out but she shouted at the band."},
		{"pointer and rule", `Watch here: ---- "we think the same man was seen on the pier an hour earlier," Chief Roe said.`,
			`"We think the same man was seen on the pier an hour earlier," Chief Roe said.`},
		{"pointer alone", "Watch here: the harbour channel is airing the regatta from start to finish.",
			"Watch here: the harbour channel is airing the regatta from start to finish."},
		{"how to watch", "How to watch: the harbour channel is airing the regatta from start to finish.",
			"How to watch: the harbour channel is airing the regatta from start to finish."},
		{"on video", "The crew caught the whole rescue on video: the tug pulled the ferry off the rocks at dawn.",
			"The crew caught the whole rescue on video: the tug pulled the ferry off the rocks at dawn."},
		{"short rest", "Ferry bells ring again watch: the band plays.", "Ferry bells ring again watch: the band plays."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutWatchLabel(tt.s)
			if got != tt.want || ok != (tt.want != tt.s) {
				t.Errorf("cutWatchLabel(%q) = %q, %v, want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}
