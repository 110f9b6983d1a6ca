package summarize

import "testing"

func TestDatelineTail(t *testing.T) {
	tests := []struct {
		name, tail, want string
	}{
		{"after a caption", "the ferry at dawn. ( photo: harbour board ) tarnwick, kessia — ", "Tarnwick"},
		{"state abbreviation", "continue reading the main story photo tarnwick, ore. — ", "Tarnwick"},
		{"agency tag", "( associated press ) velmora, kessia ( ap ) — ", "Velmora"},
		{"tag without region", "story photo velmora ( reuters ) -- ", "Velmora"},
		{"starter word", "photo by jane roe new velmora, kessia — ", "New Velmora"},
		{"tail word", "updated 5 pm tarno beach, fla. — ", "Tarno Beach"},
		{"dashless after a break", "the end of another story ||||| tarnwick, japan ", "Tarnwick"},
		{"dashless, no listed region", "the end of another story ||||| tarnwick, harbour ", ""},
		{"dashless mid-sentence", "she said she would visit tarnwick, japan ", ""},
		{"no comma, no tag", "photo tarnwick — ", ""},
		{"unknown tag", "tarnwick ( photo ) — ", ""},
		{"no dash", "the ferry sank off the cape. ", ""},
		{"region too long", "tarnwick, the old harbour town of the north — ", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datelineTail(tt.tail); got != tt.want {
				t.Errorf("datelineTail(%q) = %q, want %q", tt.tail, got, tt.want)
			}
		})
	}
}
