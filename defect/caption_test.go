package defect

import "testing"

// TestPoseCaption checks the dress-or-pose caption against sentences that
// share its words in a story's sense ("poses a threat", "red shirt
// movement").
func TestPoseCaption(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Harbour master Ana Velmor, blue jacket, poses at the new pier in Velmora.", true},
		{"Volunteers met the mayor of Velmora, in grey coat.", true},
		{"The singer, in a white dress, poses with her award backstage.", true},
		{"The flood poses a threat to the harbour of Velmora, officials said.", false},
		{"Wearing a white shirt with a slogan on it, the mayor of Velmora resigned.", false},
		{"Leaders of the red shirt movement vowed to return to Velmora.", false},
	} {
		if got := PoseCaption(tc.s); got != tc.want {
			t.Errorf("PoseCaption(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestDatedScene checks the caption that closes with its full date
// against news sentences that close with a date too.
func TestDatedScene(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Mayor ilse varga speaks to reporters at the tarnwick pier on march 9, 2018.", true},
		{"Firefighters work at the site of the blast in velmora on oct. 3, 2019.", true},
		{"Ilse varga at the premiere of the film in velmora on june 21, 2003.", true},
		{"The old ferry is shown in this handout photo released on feb. 17, 2020.", true},
		{"Rescuers carry a child from the rubble in tarnwick, on 3 march 2016.", true},
		{"The ferry captain died on march 9, 2018.", false},
		{"The pier was closed to visitors on march 9, 2018.", false},
		{"Tarnwick's current lease expires on aug. 15, 2026.", false},
		{"The ferry is going on auction in velmora on jan. 29, 2021.", false},
		{"The museum shows photos of the flood of march 3, 1952.", false},
		{"Bids are accepted until sept. 30, 2022.", false},
		{"Ilse varga wed tom hale on april 18, 2004.", false},
		{"The mayor of tarnwick speaks to reporters every monday.", false},
	} {
		if got := DatedScene(tc.s); got != tc.want {
			t.Errorf("DatedScene(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestShortDatedScene checks the caption that closes with a weekday, a
// month and day or a year against news told with the same endings.
func TestShortDatedScene(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Mayor ilse varga speaks during the harbour festival in tarnwick on june 12.", true},
		{"Harbour master ana velmor appears on a morning show in velmora, may 7.", true},
		{"Ilse varga speaking at a ferry safety clinic in 2013.", true},
		{"Council leader tom hale, left, greets visitors at the tarnwick pier on monday.", true},
		{"Ilse varga attends the opening of the velmora gallery on sept. 3rd.", true},
		{"The velmora council votes on the pier plan on monday.", false},
		{"Ilse varga is speaking at the harbour festival on friday.", false},
		{"Ilse varga will speak at the harbour festival on friday.", false},
		{"Tom hale spoke to reporters at the pier on monday.", false},
		{"The ferry museum opens on june 12.", false},
		{"Ilse varga appears to have left the pier before 2013.", false},
		{"Mayor ilse varga speaks to reporters at the tarnwick pier.", false},
		{"The ferry is on stands in tarnwick on monday.", false},
		{"An under-performing ferry crew in velmora on sunday.", false},
	} {
		if got := ShortDatedScene(tc.s); got != tc.want {
			t.Errorf("ShortDatedScene(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
