package summarize

import "testing"

// TestPictureInCaption: a subject said to be in a picture and nothing
// more is a caption; a video's scene, a story and a run-on stay.
func TestPictureInCaption(t *testing.T) {
	for s, want := range map[string]bool{
		"Anna Varga, 35, is shown in a police mugshot.":                                    true,
		"Tomas Rell and Ilse Roe are seen in photos posted to their blog.":                 true,
		"Jon Brask is shown in a scene from \"Harbour Lights,\" a film about Tarnwick.":    true,
		"The old Tarnwick lighthouse is pictured in an undated handout photo.":             true,
		"Anna Varga is seen in a video kicking the door of the Tarnwick ferry office.":     false,
		"It is seen in photos as a symbol of the harbour.":                                 false,
		"Anna Varga is shown in photos that were later deleted, police said.":              false,
		"The harbour board met on Monday. Anna Varga is shown in a police mugshot.":        false,
		"Anna Varga is shown in the harbour report as the owner of the ferry.":             false,
		"The suspect was shown a photo of the Tarnwick pier by detectives.":                false,
		"Anna Varga is not seen in any photo of the night at the Tarnwick pier.":           false,
		"The mayor of Tarnwick is seen in town as the front-runner for the harbour board.": false,
	} {
		if got := pictureInCaption(s); got != want {
			t.Errorf("pictureInCaption(%q) = %v, want %v", s, got, want)
		}
	}
}
