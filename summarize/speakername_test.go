package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestSpeakerMentions(t *testing.T) {
	tests := []struct {
		s    string
		want string
	}{
		{"Varga said the pier was closed.", "varga"},
		{"The pier was closed, varga said.", "varga"},
		{`"We are safe, " said varga.`, "varga"},
		{"On monday, varga told reporters the pier was closed.", "varga"},
		{"Commissioner varga said the pier was closed.", ""},  // a role before: a description the sentence gives
		{"Ilse varga said the pier was closed.", ""},          // a given name before
		{"Mr. Varga said the pier was closed.", ""},           // an honorific before
		{"The dispatcher asks where the fire is.", ""},        // a determiner before
		{"Varga's lawyer said she would appeal.", "varga"},    // a possessive opening the sentence
		{"The lawyer of varga's son said so.", ""},            // a possessive elsewhere
		{"She said the pier was closed.", ""},                 // a pronoun
		{"Police said the pier was closed.", ""},              // no surname shape
		{"The pier was closed, varga and lind said.", "lind"}, // "and" may open a name
		{"Varga was promoted in march.", "varga"},             // a subject opening the sentence
		{"Varga announced the closure.", "varga"},
		{"Varga, the pier and the ferry were closed.", ""},           // no verb after the opening word
		{"The ferry left and varga was promoted.", ""},               // a subject only where the sentence opens
		{"Varga, 54, was found at home.", "varga"},                   // a subject with its age
		{"Varga, the pier, was closed.", ""},                         // no age after the comma
		{"The search began after varga, 54, went missing.", "varga"}, // a person with their age anywhere
		{`Linda " lin " varga, 54, was found.`, ""},                  // a nickname after a given name before it
		{"Police left from varga's home.", "varga"},                  // a possessive after a preposition
		{"Police left the varga's home.", ""},                        // a possessive after a determiner
	}
	for _, tt := range tests {
		got := strings.Join(speakerMentions(strings.Fields(tt.s)), " ")
		if got != tt.want {
			t.Errorf("speakerMentions(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestNameSpeaker(t *testing.T) {
	names := map[string]string{"varga": "Elvin Varga", "lind": "Marta Lind"}
	tests := []struct {
		name, s, before, want string
		changed               bool
	}{
		{"opening speaker", "Varga said two officers were hurt.", "", "Elvin Varga said two officers were hurt.", true},
		{"speaker after a quote", `"We were lucky, " varga said.`, "", `"We were lucky, " Elvin Varga said.`, true},
		{"speaker after the verb", "Two were hurt, said lind.", "", "Two were hurt, said Marta Lind.", true},
		{"met before", "Varga said two were hurt.", "the commander, elvin varga, arrived.", "Varga said two were hurt.", false},
		{"met earlier in the sentence", "The ferry was late and varga was hurt; varga said two more were.", "", "The ferry was late and varga was hurt; varga said two more were.", false},
		{"a subject with its age", "Varga, 45, arrived at noon.", "", "Elvin Varga, 45, arrived at noon.", true},
		{"no verb after it", "Varga, the pier, closed at noon.", "", "Varga, the pier, closed at noon.", false},
		{"subject", "Varga was promoted in march.", "", "Elvin Varga was promoted in march.", true},
		{"another of the name speaks later", "Varga came home, his brother, elvin varga said.", "", "Varga came home, his brother, elvin varga said.", false},
		{"possessive", "Varga's lawyer will appeal.", "", "Elvin Varga's lawyer will appeal.", true},
		{"possessive, the kin named", "Varga's wife, elvin varga, will appeal.", "", "Varga's wife, elvin varga, will appeal.", false},
		{"the name later, not speaking", "Varga was promoted, the paper elvin varga runs reported.", "", "Varga was promoted, the paper elvin varga runs reported.", false},
		{"the name later: another of the surname", "Varga gave birth to elvin varga on monday.", "", "Varga gave birth to elvin varga on monday.", false},
		{"unknown speaker", "Osei said two were hurt.", "", "Osei said two were hurt.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, done := nameSpeaker(tt.s, names, tt.before)
			if changed := len(done) > 0; got != tt.want || changed != tt.changed {
				t.Errorf("nameSpeaker(%q) = %q, %v; want %q, %v", tt.s, got, done, tt.want, tt.changed)
			}
		})
	}
}

// TestNameSpeakers reads the speakers of an invented lower-cased cluster:
// a given name no list holds ("elvin"), written once, before the surname
// after a role, gives the full name; a word of the text before a surname
// ("interpreter") does not, nor does a surname two speakers share.
func TestNameSpeakers(t *testing.T) {
	tests := []struct {
		name string
		src  []string
		in   []string
		want []string
	}{
		{"unlisted given name after a role",
			[]string{
				"Three people were hurt in the fire on tuesday, according to harbour police commander elvin varga.",
				"Varga said the blaze began in a warehouse.",
			},
			[]string{"The fire hurt three people.", "The blaze began in a warehouse, varga said."},
			[]string{"The fire hurt three people.", "The blaze began in a warehouse, Elvin Varga said."}},
		{"a word of the text is no given name",
			[]string{
				"The interpreter was late to the hearing.",
				"Interpreter tomsk said the hearing had begun.",
				"Tomsk said the judge was angry.",
			},
			[]string{"The judge was angry, tomsk said."},
			[]string{"The judge was angry, tomsk said."}},
		{"the full name in a later sentence",
			[]string{
				"Jacob velmar set off the blast on saturday.",
				"Velmar's lawyer said he got a letter.",
			},
			[]string{"Velmar's lawyer, ilka pond, told reporters he got a letter.", "Jacob velmar set off the blast on saturday."},
			[]string{"Jacob Velmar's lawyer, ilka pond, told reporters he got a letter.", "Velmar set off the blast on saturday."}},
		{"the surname after two given names",
			[]string{
				"Jacob velmar set off the blast on saturday.",
				"His sister anna velmar was at home.",
			},
			[]string{"Velmar's lawyer, ilka pond, told reporters he got a letter.", "Jacob velmar set off the blast on saturday."},
			[]string{"Velmar's lawyer, ilka pond, told reporters he got a letter.", "Jacob velmar set off the blast on saturday."}},
		{"a credit run into the text is no given name",
			[]string{
				"The dictionary added 850 words on Monday.",
				"Fox Merriam-Webster said the word was popular.",
			},
			[]string{"Merriam-Webster announced the new words on Monday."},
			[]string{"Merriam-Webster announced the new words on Monday."}},
		{"a subject with its age",
			[]string{
				"Police found harbour pilot anna varga at her home on sunday.",
			},
			[]string{"The pier was closed on sunday.", "Varga, 54, was found at her home."},
			[]string{"The pier was closed on sunday.", "Anna Varga, 54, was found at her home."}},
		{"the full name later in the sentence is another's",
			[]string{
				"Police found harbour pilot anna varga at her home on sunday.",
			},
			[]string{"Varga, 54, was convicted of killing her husband, anna varga."},
			[]string{"Varga, 54, was convicted of killing her husband, anna varga."}},
		{"two given names in the articles' text",
			[]string{
				"Police found harbour pilot anna varga at her home on sunday.",
				"The poet daniel varga spoke to reporters.",
			},
			[]string{"Varga, 54, was found at her home."},
			[]string{"Varga, 54, was found at her home."}},
		{"two speakers with one surname",
			[]string{
				"Ferry captain ozzo varga said the pier was closed.",
				"Harbour master nora varga said the ferry was late.",
			},
			[]string{"The pier was closed, varga said."},
			[]string{"The pier was closed, varga said."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := roleCluster(tt.src...)
			c.docs[0].article = &chorus.Article{Text: strings.Join(tt.src, " ")} // read by sourceNames
			checkRewrite(t, tt.in, tt.want, c.nameSpeakers)
		})
	}
}

func TestNameWords(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Elvin Varga", true},
		{"Jean-Marc Osei", true},
		{"Ivo B. Brandt", true},
		{"Ferry'pilot Elvin Varga", false}, // a title run into the name
		{"Elvin Varga2", false},
	} {
		if got := nameWords(strings.Fields(tt.name)); got != tt.want {
			t.Errorf("nameWords(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
