package summarize

import "testing"

func TestCutTextSizeWidget(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"buttons", "Text size - + reset the tarnwick council said the ferry would run again in june.",
			"The tarnwick council said the ferry would run again in june.", true},
		{"comment counter", "Text size comments (3) a ferry worker was hurt on monday when he fell from the pier.",
			"A ferry worker was hurt on monday when he fell from the pier.", true},
		{"prose about text size", "Text sizes on the ferry timetable are too small, a council member said.", "", false},
		{"too little after", "Text size - + reset good evening.", "", false},
	} {
		got, ok := cutTextSizeWidget(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutTextSizeWidget(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}
