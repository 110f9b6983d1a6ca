package truecase

import "testing"

// spanFixture is invented cased text for the name-span rules: given
// names and a surname the model knows capitalised, common words it knows
// lower-case, and "New" capitalised only before a place.
var spanFixture = []string{
	"We met Tolvan at the fair, and Vasquell was there. Tolvan and Vasquell left early. A brisk wind blew.",
	"Later Tolvan spoke, and Vasquell smiled. It was a brisk walk, and the columnist wrote a brisk note.",
	"Staff flew in from New Harlow, and others came in New Harlow to see it. The columnist was brisk.",
	"They live in New Harlow now. Their places are in the hills, and places change; the places are cold.",
	"Harlow is far. A mansion stood in Harlow, and the columnist liked places with a brisk pace.",
	"We stayed in New Harlow. Friends stayed in New Harlow too, and we drove in New Harlow.",
	"A new road, a new bridge, new homes and new shops went up; new places, new faces, new cars.",
	"The new school had new desks, new books, a new roof and new doors, and a new bell.",
	"Rain fell in New Harlow, snow fell in New Harlow, and sun shone in New Harlow and in New Harlow.",
	"Tents stood in New Harlow, boats sailed in New Harlow, and trains ran in New Harlow and in New Harlow.",
	"New rules, new fees, a new plan, new staff and new hours came with the new year and a new mood.",
	"A new song, a new dance, new hats, new coats, new shoes, new gloves, new socks and a new tune.",
	"We were in New Harlow.", "They were in New Harlow.", "She was in New Harlow.", "He was in New Harlow.",
}

// sourceCase is a text to truecase (in) after reading a cluster's
// sources (src), and the text wanted.
type sourceCase struct{ name, src, in, want string }

// checkSourceCases truecases each case's text with m after reading its
// sources.
func checkSourceCases(t *testing.T, m *Model, tests []sourceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names Names
			names.AddSource(tt.src)
			if got := m.Apply(tt.in, &names); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func spanModel(t *testing.T) *Model {
	t.Helper()
	l := NewLearner()
	for _, p := range spanFixture {
		l.Add(p)
	}
	return l.Model(1, 1)
}

func TestNameSpans(t *testing.T) {
	m := spanModel(t)
	tests := []sourceCase{
		{"surname the sources write after the given name, and with an age",
			"They saw tolvan brisk at home. Then tolvan brisk left; brisk, 44, said no.",
			"Then Tolvan brisk spoke.", "Then Tolvan Brisk spoke."},
		{"a common word after the given name without a surname's use",
			"They saw tolvan brisk at home. Then tolvan brisk left.",
			"Then Tolvan brisk spoke.", "Then Tolvan brisk spoke."},
		{"given name the sources write before the surname",
			"It was orin vasquell who spoke. Later orin vasquell left.",
			"Then orin Vasquell spoke.", "Then Orin Vasquell spoke."},
		{"a surname the model never saw, after a name word the sources often write alone",
			"It was velk quendry who spoke. Later velk quendry left. Velk said no, velk left, velk came, velk went, and quendry said so.",
			"Then Velk quendry spoke.", "Then Velk Quendry spoke."},
		{"a word the model never saw, before a verb of saying only after the name word",
			"It was velk quendry who spoke. Later velk quendry left. Velk said no, velk left, velk came, velk went, and velk quendry said so.",
			"Then Velk quendry spoke.", "Then Velk quendry spoke."},
		{"a word the model never saw, never where a surname stands",
			"It was velk quendry who spoke. Later velk quendry left. Velk said no, velk left, velk came, velk went.",
			"Then Velk quendry spoke.", "Then Velk quendry spoke."},
		{"a word the model never saw, written after many others too",
			"It was velk quendry who spoke. Later velk quendry left. Velk said no, velk left, velk came. Bold quendry, brisk quendry, dry quendry, old quendry.",
			"Then Velk quendry spoke.", "Then Velk quendry spoke."},
		{"a short word ending a name of three words",
			"It was harlow vey ul who spoke. Later harlow vey ul left.",
			"Then Harlow Vey ul spoke.", "Then Harlow Vey Ul spoke."},
		{"a short word the sources write alone too",
			"It was harlow vey ul who spoke. Later harlow vey ul left. Vey came, vey left, vey went. The ul and ul and ul fell.",
			"Then Harlow Vey ul spoke.", "Then Harlow Vey ul spoke."},
		{"given name once in the sources",
			"It was orin vasquell who spoke.",
			"Then orin Vasquell spoke.", "Then orin Vasquell spoke."},
		{"not after a determiner",
			"It was orin vasquell who spoke. Later orin vasquell left.",
			"Then the orin Vasquell spoke.", "Then the orin Vasquell spoke."},
		{"no role before a name",
			"The columnist tolvan vasquell wrote. A columnist tolvan vasquell read.",
			"Then columnist Tolvan Vasquell wrote.", "Then columnist Tolvan Vasquell wrote."},
		{"a plural whose singular the sources write",
			"The harlow weevils came. The harlow weevils left, and one weevil stayed.",
			"Then the Harlow weevils came.", "Then the Harlow weevils came."},
		{"a common noun after a determiner in the sources",
			"The harlow mansion was sold. A harlow mansion is big, and the mansion is old.",
			"The Harlow mansion was sold.", "The Harlow mansion was sold."},
		{"a surname the model never saw, named once",
			"It was tolvan quendry who spoke.",
			"Then Tolvan quendry spoke.", "Then Tolvan Quendry spoke."},
		{"named once, the given name alone as often",
			"It was tolvan quendry who spoke. Then tolvan left, and tolvan came back.",
			"Then Tolvan quendry spoke.", "Then Tolvan quendry spoke."},
		{"named once, a plural",
			"It was tolvan quendries who spoke.",
			"Then Tolvan quendries spoke.", "Then Tolvan quendries spoke."},
		{"named once, after a surname",
			"It was mr. tolvan quendry who spoke.",
			"Then Mr. Tolvan quendry spoke.", "Then Mr. Tolvan quendry spoke."},
		{"named once, after a people's adjective",
			"It was a tolvanian quendry that spoke.",
			"Then a Tolvanian quendry spoke.", "Then a Tolvanian quendry spoke."},
		{"named once, after a word the sources write after a determiner",
			"It was her tolvan quendry that spoke.",
			"Then her Tolvan quendry spoke.", "Then her Tolvan quendry spoke."},
		{"a hyphened surname",
			"It was tolvan marr-oakes who spoke. Later tolvan marr-oakes left.",
			"Then Tolvan marr-oakes spoke.", "Then Tolvan Marr-Oakes spoke."},
	}
	checkSourceCases(t, m, tests)
}

func TestNewBeforeCommonWord(t *testing.T) {
	m := spanModel(t)
	for in, want := range map[string]string{
		"They came in new Harlow.":      "They came in New Harlow.",
		"They came in new harlow.":      "They came in New Harlow.",
		"They will show in new places.": "They will show in new places.",
	} {
		if got := m.Apply(in, nil); got != want {
			t.Errorf("Apply(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAddRaised(t *testing.T) {
	m := spanModel(t)
	var n Names
	// A first pass raised "columnist" beside the name (say by the
	// sources' pairs): evidence beside "Vasquell", not after "the".
	n.AddRaised(m, "we took the vasquell columnist line.", "we took the Vasquell Columnist line.")
	if !n.loose["columnist"] || n.loose["vasquell"] {
		t.Fatalf("loose = %v, want columnist alone", n.loose)
	}
	cw, known := m.word("columnist")
	if got := m.fromNames("columnist", "columnist", "the", "wrote", &n, cw, known); got != "columnist" {
		t.Errorf("after the: %q, want lower-case", got)
	}
	if got := m.fromNames("columnist", "columnist", "vasquell", "line", &n, cw, known); got != "Columnist" {
		t.Errorf("beside its name: %q, want Columnist", got)
	}
	// The same word written capitalised elsewhere is evidence alone.
	n.Add("She met Columnist Vasquell.")
	if n.loose["columnist"] {
		t.Errorf("columnist still loose after an unraised use")
	}
}

// commonFixture is invented cased text in which "harrow" is a common
// word, written lower-case only.
var commonFixture = []string{
	"The harrow broke, and a harrow was bought; the harrow worked, and the old harrow rusted.",
	"A harrow is a tool. Each harrow cuts the soil, and a good harrow lasts; the harrow is cheap.",
	"Farmers sold a harrow, lent a harrow, and kept a harrow in the barn near the harrow shed.",
}

func TestCommonSurnames(t *testing.T) {
	l := NewLearner()
	for _, p := range commonFixture {
		l.Add(p)
	}
	m := l.Model(1, 1)
	tests := []sourceCase{
		{"before a verb of saying",
			"They saw karen harrow at home. Then karen harrow left, and later harrow said no.",
			"Then Karen harrow spoke.", "Then Karen Harrow spoke."},
		{"after a title",
			"They saw karen harrow at home. Then karen harrow left, and mayor harrow spoke.",
			"Then Karen harrow spoke.", "Then Karen Harrow spoke."},
		{"no surname's use",
			"They saw karen harrow at home. Then karen harrow left.",
			"Then Karen harrow spoke.", "Then Karen harrow spoke."},
		{"after a determiner before a verb of saying",
			"They saw karen harrow at home. Then karen harrow left, and a harrow said no.",
			"Then Karen harrow spoke.", "Then Karen harrow spoke."},
		{"opening a sentence",
			"They saw karen harrow at home. Then karen harrow left. Harrow is here.",
			"Then Karen harrow spoke.", "Then Karen harrow spoke."},
		{"an inflection of the common word",
			"They saw karen harrowed it. Then karen harrowed it, and the mayor harrowed it.",
			"Then Karen harrowed it.", "Then Karen harrowed it."},
		{"after a place's first word and a given name",
			"They saw san karen harrow at home. Then san karen harrow left, and later harrow said no.",
			"Then San Karen harrow spoke.", "Then San Karen harrow spoke."},
		{"after a word that is no listed given name",
			"They saw velk harrow at home. Then velk harrow left, and later harrow said no.",
			"Then Velk harrow spoke.", "Then Velk harrow spoke."},
	}
	checkSourceCases(t, m, tests)
}

func TestUnseenBeforeGiven(t *testing.T) {
	m := Default()
	tests := []sourceCase{
		{"an unseen given name before a given name that ends the name",
			"They mourned zorvan martin. Friends of zorvan martin marched.",
			"The family of zorvan Martin spoke.", "The family of Zorvan Martin spoke."},
		{"a role before a given name and surname",
			"The columnist dale marsh wrote. The columnist dale marsh said.",
			"The columnist Dale Marsh wrote.", "The columnist Dale Marsh wrote."},
		{"once in the sources",
			"They mourned zorvan martin. Friends marched.",
			"The family of zorvan Martin spoke.", "The family of zorvan Martin spoke."},
		{"a plural",
			"Fans of the zorvans martin. The zorvans martin won.",
			"Fans of the zorvans Martin cheered.", "Fans of the zorvans Martin cheered."},
	}
	checkSourceCases(t, m, tests)
}
