package summarize

import "testing"

// TestResponseStub: a reply's verb with nothing said ("fired back",
// "weighed in", "replied") is a speech stub; a reply with its object, a
// clause that says what, or a speaker's phrase holding a verb is not.
func TestResponseStub(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"fired back", "The harbour master's rival in the 2019 race fired back.", true},
		{"weighed in on a day", "The Tarnwick council weighed in on Thursday.", true},
		{"replied", "Ilse Varga replied.", true},
		{"hit back quickly", "The ferry union hit back quickly.", true},
		{"responded with a time", "The port authority responded Friday morning.", true},
		{"reacted with an opener", "On Monday, the harbour board reacted swiftly.", true},
		{"an object", "The union hit back at the mayor's plan on Friday.", false},
		{"gunfire at someone", "Deputies fired back at the gunman.", false},
		{"responded to", "The mayor responded to the letter.", false},
		{"a clause before", "The gunmen opened fire and the officers fired back.", false},
		{"said before", "Police said the smugglers fired back.", false},
		{"a fired worker", "The clerk was fired.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speechStub(tt.s); got != tt.want {
				t.Errorf("speechStub(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
