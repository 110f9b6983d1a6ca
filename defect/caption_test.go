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
