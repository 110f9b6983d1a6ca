package summarize

import "testing"

func TestRestartedSubhead(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"name box", "Ilse Varga Ilse Varga is the harbour editor at the Tarnwick Post.",
			"Ilse Varga is the harbour editor at the Tarnwick Post."},
		{"lower-cased", "Tarnwick ferry tarnwick ferry crews walked out on monday over pay.",
			"Tarnwick ferry crews walked out on monday over pay."},
		{"heading with a word more", "Ilse Varga's ferry Ilse Varga, 48, has not been seen since the storm.",
			"Ilse Varga, 48, has not been seen since the storm."},
		{"participle before", "Harbour seals chasing harbour seals is banned on the north beach now.",
			"Harbour seals chasing harbour seals is banned on the north beach now."},
		{"role modifier", "Tarnwick Post former Tarnwick Post editor Ilse Varga has died at 80.",
			"Tarnwick Post former Tarnwick Post editor Ilse Varga has died at 80."},
		{"possessive", "Ilse Varga Ilse Varga's ferry company has filed for bankruptcy in Tarnwick.",
			"Ilse Varga's ferry company has filed for bankruptcy in Tarnwick."},
		{"middle initial", "Ilse Varga Ilse K. Varga, 48, of Tarnwick has been charged with arson.",
			"Ilse K. Varga, 48, of Tarnwick has been charged with arson."},
		{"conjunction between", "Tarnwick police and Tarnwick firefighters searched the harbour all night.",
			"Tarnwick police and Tarnwick firefighters searched the harbour all night."},
		{"verb in heading", "Ilse Varga said Ilse Varga would never leave the harbour town again.",
			"Ilse Varga said Ilse Varga would never leave the harbour town again."},
		{"comma", "Ilse Varga, Ilse Varga is a name she shares with her grandmother.",
			"Ilse Varga, Ilse Varga is a name she shares with her grandmother."},
		{"short rest", "Ilse Varga Ilse Varga is here.", "Ilse Varga Ilse Varga is here."},
		{"no repeat", "Ilse Varga is the harbour editor at the Tarnwick Post since May.",
			"Ilse Varga is the harbour editor at the Tarnwick Post since May."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := restartedSubhead(tt.in)
			if got != tt.want {
				t.Errorf("restartedSubhead(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
