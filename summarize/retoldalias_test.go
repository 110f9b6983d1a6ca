package summarize

import "testing"

// TestRetoldAlias checks which asides giving a subject's other name are
// cut, on invented sentences.
func TestRetoldAlias(t *testing.T) {
	before := []string{"Harbour master Odo Wren, known as the Gull of Tarnwick, has retired after forty years."}
	tests := []struct {
		name, s, want string
		ok            bool
	}{
		{"given before", "The harbour master, also known as the Gull of Tarnwick, was given a pension.", "The harbour master was given a pension.", true},
		{"a saying verb after it", "Wren, called the Gull of Tarnwick, said he would keep sailing.", "Wren said he would keep sailing.", true},
		{"a name of its own", "His boat, known as the Ostrel Star, was sold on Friday.", "", false},
		{"no verb after it", "He sailed a ketch, called the Gull of Tarnwick, across the bay.", "", false},
		{"one word only", "The harbour master, known as Gull, was given a pension.", "", false},
		{"the two names never tied", "The old lighthouse keeper, known as the Gull of Tarnwick, was given a pension.", "", false},
		{"a relative clause's object", "The board, which hired the harbour master, known as the Gull of Tarnwick, said it would pay.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := retoldAlias(tt.s, before)
			if ok != tt.ok || ok && got != tt.want {
				t.Errorf("retoldAlias = %q, %v, want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
