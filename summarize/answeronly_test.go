package summarize

import "testing"

func TestAnswerOnly(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"dash", "According to the county's lawyers — yes.", true},
		{"double hyphen", "According to a 1987 appeals ruling -- no.", true},
		{"colon", "After weeks of talks, an answer came on Friday: no.", true},
		{"hedged", "According to the coach, quite possibly yes.", true},
		{"no-no", "In the ferry's dress code, sandals are a no-no.", false},
		{"said no", "The council voted on the toll, and the mayor said no.", false},
		{"quoted", `Asked if he would run, Varga said: "no."`, false},
		{"long", "The board, which met for six hours on Tuesday night in the old Tarnwick town hall, finally said — yes.", false},
		{"bare", "Yes.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := answerOnly(tt.in); got != tt.want {
				t.Errorf("answerOnly(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
