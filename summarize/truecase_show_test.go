package summarize

import "testing"

func TestRaiseShowTitles(t *testing.T) {
	writes := func(words ...string) func(string) bool {
		set := make(map[string]bool)
		for _, w := range words {
			set[w] = true
		}
		return func(w string) bool { return set[w] }
	}
	tests := []struct {
		name, in, want string
		cluster        []string
	}{
		{"a title with its article", "The singer laughed on the daily show last night.", "The singer laughed on The Daily Show last night.", []string{"noah"}},
		{"an opening", "The late show ran long.", "The Late Show ran long.", []string{"colbert"}},
		{"a title without its article", "She told the today show she would stay.", "She told the Today show she would stay.", []string{"nbc"}},
		{"no evidence", "The singer laughed on the daily show last night.", "The singer laughed on the daily show last night.", nil},
		{"a possessive before", "He spoke on Tarnwick TV's meet the press.", "He spoke on Tarnwick TV's Meet the Press.", []string{"nbc"}},
		{"a common phrase", "She walked out to meet the press.", "She walked out to meet the press.", []string{"nbc"}},
		{"a word after", "Her 60 minutes interview aired Sunday.", "Her 60 Minutes interview aired Sunday.", []string{"cbs"}},
		{"a length of time", "The talks lasted 60 minutes.", "The talks lasted 60 minutes.", []string{"cbs"}},
		{"part of a longer word", "He watched the daily showcase.", "He watched the daily showcase.", []string{"noah"}},
		{"written already", "He watched Game of Thrones.", "He watched Game of Thrones.", []string{"hbo"}},
		{"a series", "Fans of game of thrones waited.", "Fans of Game of Thrones waited.", []string{"season"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseShowTitlesIn(tt.in, writes(tt.cluster...)); got != tt.want {
				t.Errorf("raiseShowTitlesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
