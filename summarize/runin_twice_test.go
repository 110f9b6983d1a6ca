package summarize

import "testing"

func TestTwiceHeadline(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Ferry service halted in Tarnwick ferry service halted in Tarnwick the harbour board voted on Monday to stop all crossings.",
			"The harbour board voted on Monday to stop all crossings.", true},
		{"Rents rise 40% in Velmora rents rise 40 percent in Velmora tenants say they can no longer afford the old town.",
			"Rents rise 40 percent in Velmora tenants say they can no longer afford the old town.", true},
		{"The loud noise that fills the loud noise that fills Tarnwick's harbour every night is keeping the town awake.",
			"The loud noise that fills Tarnwick's harbour every night is keeping the town awake.", true},
		{"Rents rose 40 percent in Velmora this year rents rose 40% in Velmora this year.",
			"Rents rose 40% in Velmora this year.", true},
		// A speaker repeating himself, a short tail, or no repeat at all.
		{"\"We will rebuild, we will rebuild,\" the mayor said again and again at the harbour.", "", false},
		{"Ferry service halted in Tarnwick ferry service halted in Tarnwick today.", "", false},
		{"The harbour board voted on Monday to stop all crossings to the island.", "", false},
	} {
		got, ok := twiceHeadline(tc.in)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("twiceHeadline(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
