package summarize

import "testing"

func TestFilmCreditsOnly(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"box", "Harbour lights May 2, 2031 cast & credits Mara Ilse Vond Tomas Dreel northgate pictures presents a film directed by Oren Pask.", true},
		{"box written", "Dust road June 9, 2030 cast and credits Ana Kell Bo Rinn a film; lakeview media presents a film written and directed by Ida Marl.", true},
		{"review", "The cast and crew of Harbour Lights gave it their best, and the studio presents a film worth seeing.", false},
		{"no studio", "Cast & credits for the play are listed below.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := filmCreditsOnly(tt.in); got != tt.want {
				t.Errorf("filmCreditsOnly(%q) = %v; want %v", tt.in, got, tt.want)
			}
		})
	}
}
