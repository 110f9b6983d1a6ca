package summarize

import "testing"

// TestCutOffTrail checks that a sentence the page cut at an ellipsis is
// told from one closed as a style, a quotation's trailing off and a
// sentence with no ellipsis.
func TestCutOffTrail(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"cut after a verb", "The ferry board said it would close the pier and provide...", true},
		{"cut in a word", "Ilse varga leaves the hall in tarnwick on monday, ja...", true},
		{"unicode ellipsis", "Velmor was fined and told to…", true},
		{"open quote", "\"We will not rest until the harbour...", true},
		{"closed quote", "She said: \"we will not rest until the harbour...\"", false},
		{"four dots", "The pier closed for the winter in tarnwick....", false},
		{"full stop", "The ferry stops running in may.", false},
		{"after a colon", "From the harbour master's notice:...", false},
		{"bare ellipsis", "...", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cutOffTrail(tc.s); got != tc.want {
				t.Errorf("cutOffTrail(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

// TestDropCutTrails checks that a later sentence cut at an ellipsis is
// left out, one closed as a style is kept, and the opening stays.
func TestDropCutTrails(t *testing.T) {
	c := &cluster{
		cands: []candidate{
			{text: "The tarnwick ferry was cut short by...", pos: 0},
			{text: "The council voted to keep the pier open through the winter.", pos: 1},
			{text: "The mayor said the board would meet again and decide how to...", pos: 2},
			{text: "Ilse varga was found on the pier at dawn...", pos: 3},
		},
		facts: []fact{{rep: 0}, {rep: 1}, {rep: 2}, {rep: 3}},
	}
	got := c.dropCutTrails([]int{0, 1, 2, 3})
	want := []int{0, 1, 3}
	if len(got) != len(want) {
		t.Fatalf("dropCutTrails = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("dropCutTrails = %v, want %v", got, want)
		}
	}
}
