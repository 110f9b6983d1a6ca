package summarize

import "testing"

func TestHereListItem(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"name and brand", "Here are some stars cashing in on their fame: ana varga, tidewear london the singer's line of boots went on sale at shops last spring.", true},
		{"colon label", "Here's what the singer told the magazine: on her stage fright: \"I shake for an hour before every show.\"", true},
		{"question label", "Here are the details: who can apply: anyone who has worked at the mill for a year or more.", true},
		{"dash item", "Here are the key dates in her life: — May 3, 1970, born in Tarnwick to a family of ferry pilots.", true},
		{"handle", "Here are some of the replies: @tarnwickpier they must have been rehearsing for the regatta.", true},
		{"item is a sentence", "Here are some tips for the regatta: the best places to watch are on the north pier before noon.", false},
		{"speaker's words", "Here's what the mayor said: the pier will close in june and reopen in the autumn after repairs.", false},
		{"verb in the label", "Here's how it looked after the hack: one of the posts read: \"we sold the ferry to a rival line.\"", false},
		{"appositive", "Here are the facts: Ana Varga, the famous singer, and Jon Holt, the actor, spent a weekend on the coast.", false},
		{"short", "Here are the dates: — May 3.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hereListItem(tt.in); got != tt.want {
				t.Errorf("hereListItem(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
