package summarize

import "testing"

func TestEnlargeCredit(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"credit and label", "Enlarge by Jon Roe, Tarnwick Courier New chief: Ana Varga took charge of the harbour board in May.",
			"Ana Varga took charge of the harbour board in May.", true},
		{"studio credit", "Enlarge harbour lights films a quiet triumph: Ilse Varga also stars in the ferryman, but it is Tom Roe who carries it.",
			"Ilse Varga also stars in the ferryman, but it is Tom Roe who carries it.", true},
		{"expand image", "Expand image Roe was thought to have been at home with his two sons at the time.",
			"Roe was thought to have been at home with his two sons at the time.", true},
		{"no label", "Enlarge by Jon Roe, Tarnwick Courier the harbour board met on Monday to vote on fares.",
			"Enlarge by Jon Roe, Tarnwick Courier the harbour board met on Monday to vote on fares.", false},
		{"comma without credit", "Enlarge the pier, the board said: the old one is too small for the ferries now in service.",
			"Enlarge the pier, the board said: the old one is too small for the ferries now in service.", false},
		{"short caption", "Enlarge by Jon Roe, Tarnwick Courier New chief: Ana Varga.",
			"Enlarge by Jon Roe, Tarnwick Courier New chief: Ana Varga.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutGalleryWidget(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("cutGalleryWidget(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
