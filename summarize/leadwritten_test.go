package summarize

import "testing"

func TestWrittenBack(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"note with a dated apposition", "The note, dated 3 May 1871, was addressed to the harbour master.", true},
		{"memo", "The memo was finished at 9am on a Tuesday.", true},
		{"comment with a made-by apposition", "The comment, made by a Tarnwick councillor, came as the vote neared.", true},
		{"tweets", "The tweets came as Anna Varga toured the harbour.", true},
		{"lower-cased opening", "the emails leave many questions unanswered.", true},
		{"pinned by of", "The memo of the harbour board says the pier will close.", false},
		{"pinned by on", "The memo on the ferry timetable was leaked on Monday.", false},
		{"pinned by that", "The emails that Anna Varga sent were released.", false},
		{"pinned by a participle", "The tweet posted to Varga's account was deleted.", false},
		{"another noun", "The ferry ran aground off Tarnwick on Monday.", false},
		{"a name", "The Tarnwick Gazette reported the sale.", false},
		{"indefinite", "A note by the poet sold at auction in Tarnwick.", false},
		{"noun as modifier", "The note-taking app was updated.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := writtenBack(tt.s); got != tt.want {
				t.Errorf("writtenBack(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
