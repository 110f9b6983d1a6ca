package summarize

import "testing"

func TestCutGalleryWidget(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"pager", "Ferry fares rise again click photo to enlarge « 1 2 3 » the harbour board voted on Tuesday to raise fares by a fifth.", "The harbour board voted on Tuesday to raise fares by a fifth.", true},
		{"expired", "Sorry, this video has expired video: the mayor opens the bridge (Varnia news) the new bridge over the Tarn opened on Monday after six years of work.", "The new bridge over the Tarn opened on Monday after six years of work.", true},
		{"short rest", "Ferry fares rise click photo to enlarge « 1 2 » more soon.", "Ferry fares rise click photo to enlarge « 1 2 » more soon.", false},
		{"not pages", "Ferry fares rise click photo to enlarge « next » the harbour board voted on Tuesday to raise fares by a fifth.", "Ferry fares rise click photo to enlarge « next » the harbour board voted on Tuesday to raise fares by a fifth.", false},
		{"plain", "The harbour board voted on Tuesday to raise fares.", "The harbour board voted on Tuesday to raise fares.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cutGalleryWidget(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("cutGalleryWidget(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
