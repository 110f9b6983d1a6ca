package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/clean"
)

func TestArticlePlace(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"wire tag", "VELMORA (AP) _ The council of the river towns met on Friday to vote on the new dam.", "Velmora"},
		{"country after comma", "PORT ELSIN, Kavaria _ The council of the river towns met on Friday to vote on the dam.", "Port Elsin"},
		{"particle", "DAR ES SALAAM, Tanzania _ The council of the river towns met on Friday to vote on it.", "Dar es Salaam"},
		{"dash", "KESSBRIDGE — The council of the river towns met on Friday to vote on the new dam.", "Kessbridge"},
		{"lower-cased corpus", "new velmora, kavaria ( reuters ) - the council of the river towns met on friday to vote on the new dam.", "New Velmora"},
		{"no dateline", "The council of the river towns met on Friday to vote on the new dam.", ""},
		{"byline", "By Jane Roe - The council of the river towns met on Friday to vote on the new dam.", ""},
		{"too many words", "THE OLD TOWN OF VELMORA — The council of the river towns met on Friday to vote on it.", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := articlePlace(tt.text, clean.Paragraphs(tt.text)); got != tt.want {
				t.Errorf("articlePlace(%q) = %q, want %q (paragraphs %q)", tt.text, got, tt.want, clean.Paragraphs(tt.text))
			}
		})
	}
}

func TestPlaceHere(t *testing.T) {
	tests := []struct {
		name, s, place, want string
	}{
		{"noun here", "A diplomat here said the evidence was weak.", "Velmora", "A diplomat in Velmora said the evidence was weak."},
		{"before a comma", "The talks resumed here, officials said.", "Velmora", "The talks resumed in Velmora, officials said."},
		{"opening", "Here, the river rose two metres overnight.", "Velmora", "In Velmora, the river rose two metres overnight."},
		{"motion", "The minister flew here on Monday.", "Velmora", "The minister flew to Velmora on Monday."},
		{"from", "Buses left from here every morning.", "Velmora", "Buses left from Velmora every morning."},
		{"presentational", "Here is what the council decided.", "Velmora", "Here is what the council decided."},
		{"here and there", "Shops reopened here and there on Monday.", "Velmora", "Shops reopened here and there on Monday."},
		{"straight quote", `"We live here," said Ana Berg, a farmer here.`, "Velmora", `"We live here," said Ana Berg, a farmer in Velmora.`},
		{"curly quote", "“Nothing like it happened here,” the mayor said.", "Velmora", "“Nothing like it happened here,” the mayor said."},
		{"wire quote", "``It is quiet here,'' said a guard here.", "Velmora", "``It is quiet here,'' said a guard in Velmora."},
		{"spaced quote", `" we stay here , " said a farmer here .`, "velmora", `" we stay here , " said a farmer in velmora .`},
		{"unpaired quote", "The people here want peace,” she said.", "Velmora", "The people here want peace,” she said."},
		{"no place", "A diplomat here said so.", "", "A diplomat here said so."},
		{"word containing here", "Adherents gathered there.", "Velmora", "Adherents gathered there."},
		{"here in", "The talks here in the old town went on.", "Velmora", "The talks here in the old town went on."},
		{"click here", "To read the ruling, click here.", "Velmora", "To read the ruling, click here."},
		{"speaker", "I came here because my family lives in the hills.", "Velmora", "I came here because my family lives in the hills."},
		{"left here", "The envoy left here on Monday.", "Velmora", "The envoy left Velmora on Monday."},
		{"of here", "The farm lies 20 miles north of here.", "Velmora", "The farm lies 20 miles north of Velmora."},
		{"right here", "It all started right here in the square.", "Velmora", "It all started right here in the square."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := placeHere(tt.s, tt.place); got != tt.want {
				t.Errorf("placeHere(%q, %q) =\n %q, want\n %q", tt.s, tt.place, got, tt.want)
			}
		})
	}
}
