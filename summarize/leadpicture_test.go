package summarize

import "testing"

func TestPictureShowsBack(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"photos show it", "Photos posted on the council's page show it resting in a crate.", true},
		{"video shows the boy", "A video shared online shows the boy climbing the fence.", true},
		{"footage shows her", "Phone footage shows her shouting at the ferry crew.", true},
		{"shows the woman doing", "Mobile phone footage shows the woman throwing a cup at the clerk.", true},
		{"pinned by who", "New video shows the fisherman who drifted for ten days reaching the shore.", false},
		{"an event noun", "Dashcam footage shows the moment the Tarnwick bridge fell.", false},
		{"a name", "A video shows Mayor Ilse Varga dancing at the harbour fair.", false},
		{"no picture", "Officials say the report shows the ferry was overloaded.", false},
		{"picture late in the sentence", "The council of Tarnwick released a video that shows the boy climbing.", false},
		{"pinned by a participle", "A photo from a station camera shows the men suspected of the theft, police say.", false},
		{"a picture of a named thing", "A photo of the Velmora ferry shows the hull split in two.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pictureShowsBack(tt.s); got != tt.want {
				t.Errorf("pictureShowsBack(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
