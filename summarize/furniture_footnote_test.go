package summarize

import "testing"

func TestStripFootnoteMarks(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"single mark at the end", "No one could place the beasts in the family tree1.", "No one could place the beasts in the family tree."},
		{"list of marks", "Gusts cause damage to harbour cranes1,2,3.", "Gusts cause damage to harbour cranes."},
		{"list with a space, mid-sentence", "It is linked to jet streams6, 7, which grow stronger.", "It is linked to jet streams, which grow stronger."},
		{"two digits before a comma", "The reserves fell in the tidal flats18, the survey found.", "The reserves fell in the tidal flats, the survey found."},
		{"before a closing quote", `"It grows with the harbour economy1."`, `"It grows with the harbour economy."`},
		{"station after a word of telling", "Anna Varga told kare11.", "Anna Varga told kare11."},
		{"station after a preposition", "The drama begins on more4.", "The drama begins on more4."},
		{"outlet word", "Sources tell the paper news4.", "Sources tell the paper news4."},
		{"outlet after a newspaper", "That was reported by the newspaper tarnwick21.", "That was reported by the newspaper tarnwick21."},
		{"product before a noun", "Some 50,000 mazda6 sedans were recalled.", "Some 50,000 mazda6 sedans were recalled."},
		{"promo code", "The promo code holiday30 takes 30% off.", "The promo code holiday30 takes 30% off."},
		{"money", "He faces a fine of euro30,000 in Tarnwick.", "He faces a fine of euro30,000 in Tarnwick."},
		{"short word", "The file was an mp3.", "The file was an mp3."},
		{"capital letters", "Varga spoke to WTRN4.", "Varga spoke to WTRN4."},
		{"hashtag", "She posted #harbour11.", "She posted #harbour11."},
		{"domain", "He flew with tarnjet2.com.", "He flew with tarnjet2.com."},
		{"three digits", "The count rose to section101.", "The count rose to section101."},
		{"no clause end", "The ship sentinel2 took the images.", "The ship sentinel2 took the images."},
		{"colon", "The game called harbour2: winter opens.", "The game called harbour2: winter opens."},
	} {
		if got := stripFootnoteMarks(tc.in); got != tc.want {
			t.Errorf("%s: stripFootnoteMarks(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestStripFootnoteMarksNames(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"gene after called", "It boosts a protein called tarn1.", "It boosts a protein called tarn1."},
		{"gene after a comma", "The gene, varnal1, was vital.", "The gene, varnal1, was vital."},
		{"genes after and", "It regulates two genes, tarn1 and tarn2.", "It regulates two genes, tarn1 and tarn2."},
		{"product after an article", `"It is dangerous to own a phone7."`, `"It is dangerous to own a phone7."`},
		{"after a number", "It was posted on 3 june1, and read widely.", "It was posted on 3 june, and read widely."},
		{"list after and", "It reached the sea and harbours1,2.", "It reached the sea and harbours."},
	} {
		if got := stripFootnoteMarks(tc.in); got != tc.want {
			t.Errorf("%s: stripFootnoteMarks(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestStripStopMarks(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"mark after a stop", "The harbour seals declined by a third in colder bays.7 the aim of this survey was to count them again.",
			"The harbour seals declined by a third in colder bays. The aim of this survey was to count them again."},
		{"list of marks", "Salt marshes store carbon.3,4 they cover less than one percent of the coast.",
			"Salt marshes store carbon. They cover less than one percent of the coast."},
		{"range of marks", "Tarnwick lies on the estuary.2-5 its ferries carry some nine thousand riders a day.",
			"Tarnwick lies on the estuary. Its ferries carry some nine thousand riders a day."},
		{"decimal after a stopword", "The limit fell from.08 percent down to a lower level over two years.", "The limit fell from.08 percent down to a lower level over two years."},
		{"decimal before a unit", "Inflation rose.5 percent in the third quarter of the year.", "Inflation rose.5 percent in the third quarter of the year."},
		{"short rest", "Her level was found to reach.33 while she was driving.", "Her level was found to reach.33 while she was driving."},
		{"three digits", "The rate was about.125 in the harbour towns of the north coast.", "The rate was about.125 in the harbour towns of the north coast."},
		{"count run into the next sentence", "Two boats sank in the storm, the coastguard said.14 people were pulled from the water.",
			"Two boats sank in the storm, the coastguard said.14 people were pulled from the water."},
		{"count of them", "Two boats sank in the storm, the coastguard said.14 of the crew were pulled from the water.",
			"Two boats sank in the storm, the coastguard said.14 of the crew were pulled from the water."},
		{"short word", "The film opens feb.17 from a small studio in the valley town.", "The film opens feb.17 from a small studio in the valley town."},
	} {
		if got := stripStopMarks(tc.in); got != tc.want {
			t.Errorf("%s: stripStopMarks(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}
