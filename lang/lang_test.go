package lang

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// Invented articles: none is taken from a dataset or a publication.
const (
	french = `Le conseil municipal de Valmont a voté mardi soir la fermeture de la piscine ` +
		`du quartier nord, jugée trop coûteuse à rénover. Les habitants, réunis devant la mairie ` +
		`depuis le début de la semaine, dénoncent une décision prise sans concertation. Selon ` +
		`l'adjoint chargé des sports, les travaux auraient coûté près de quatre millions d'euros, ` +
		`une somme que la commune ne peut pas engager cette année. Une pétition a déjà recueilli ` +
		`plus de deux mille signatures et les associations promettent de nouvelles actions.`
	german = `Nach tagelangen Regenfällen ist der Fluss Altbach in der Nacht zum Donnerstag über ` +
		`die Ufer getreten und hat weite Teile der Kleinstadt Rothain überflutet. Die Feuerwehr ` +
		`brachte mehr als dreihundert Menschen in Sicherheit, verletzt wurde nach ersten Angaben ` +
		`niemand. Der Bürgermeister sprach von der schwersten Flut seit fünfzig Jahren und bat ` +
		`das Land um schnelle Hilfe. Die Schulen bleiben bis zum Ende der Woche geschlossen, ` +
		`während die Aufräumarbeiten beginnen.`
	spanish = `El gobierno regional de Montealto anunció el lunes un plan para ampliar la red de ` +
		`autobuses eléctricos en las zonas rurales, donde muchos pueblos no tienen transporte ` +
		`público desde hace años. La consejera de movilidad explicó que las primeras líneas ` +
		`funcionarán en primavera y que el proyecto costará unos doce millones de euros. Los ` +
		`alcaldes de la comarca celebraron la noticia, aunque pidieron que los horarios se ` +
		`adapten a los estudiantes y a los trabajadores del campo.`
	englishNames = `Officials in Saint-Étienne-de-Montluc and Großweiler signed a twinning agreement ` +
		`on Friday, the mayors said, after a year of talks. Jean-Baptiste Lefèvre, the French ` +
		`mayor, called it "une belle journée" for both towns, while his counterpart Jürgen ` +
		`Müller-Schäfer said the partnership would bring school exchanges and a summer festival. ` +
		`The agreement also covers a joint bid for European funds to restore the old railway ` +
		`line between the two regions, which closed in the nineteen-seventies.`
	// englishLower is lower-cased the way Multi-News articles are.
	englishLower = `the city council voted on tuesday to close the north side swimming pool, saying ` +
		`repairs would cost too much. residents who gathered outside city hall all week said the ` +
		`decision was made without asking them. according to the deputy in charge of sports, the ` +
		`work would have cost nearly four million dollars, money the city cannot spend this year. ` +
		`a petition has already collected more than two thousand signatures , and local groups ` +
		`promise more protests .`
	frenchShort = `Le conseil municipal a voté la fermeture de la piscine du quartier nord.`
	// placeList is a page's list of place names (a weather page's cities),
	// not prose in any language.
	placeList = `milano torino genova bologna firenze napoli palermo catania bari verona padova ` +
		`venezia trieste brescia parma modena reggio perugia livorno cagliari ancona pescara ` +
		`salerno messina taranto foggia rimini ferrara ravenna sassari siracusa latina monza ` +
		`bergamo trento vicenza novara piacenza udine arezzo lecce pesaro`
)

// frenchOpening is an English article under more than an opening's worth
// of French (an embedded statement quoted in full).
var frenchOpening = french + " " + french + " " + englishLower + " " + englishLower

func TestDetect(t *testing.T) {
	// foreign is what the policy acts on: a sure call of a language other
	// than English.
	tests := []struct {
		name, text, code string
		foreign          bool
	}{
		{"french", french, "fr", true},
		{"german", german, "de", true},
		{"spanish", spanish, "es", true},
		{"english with foreign names", englishNames, "en", false},
		{"lower-cased english", englishLower, "en", false},
		{"short french", frenchShort, "fr", false},
		{"empty", "", "", false},
		{"no letters", "12 345 -- 678 ... 90", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Detect(tt.text)
			foreign := d.Sure() && !d.English()
			if d.Code != tt.code || foreign != tt.foreign {
				t.Errorf("Detect = %s (confidence %.2f, %d words, sure %v), want %q foreign %v",
					d, d.Confidence, d.Words, d.Sure(), tt.code, tt.foreign)
			}
		})
	}
}

func TestDetectLongText(t *testing.T) {
	// A long article is judged on its opening; the call must stay sure
	// however long the text is.
	long := strings.Repeat(german+"\n\n", 200)
	d := Detect(long)
	if d.Code != "de" || !d.Sure() {
		t.Errorf("Detect(long German) = %+v, want sure de", d)
	}
	// A cut inside a multi-byte letter must not produce invalid text.
	for i := range 8 {
		s := strings.Repeat("é", maxBytes/2+i)
		if d := Detect(s); d.Sure() {
			t.Errorf("Detect(é×%d) = %+v, want unsure", maxBytes/2+i, d)
		}
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name, text, msg string
	}{
		{"french", french, "unsupported language: French (fr); Chorus summarizes English"},
		{"german", german, "unsupported language: German (de); Chorus summarizes English"},
		{"spanish", spanish, "unsupported language: Spanish (es); Chorus summarizes English"},
		{"english with foreign names", englishNames, ""},
		{"lower-cased english", englishLower, ""},
		{"short french let through", frenchShort, ""},
		{"list of place names", placeList, ""},
		{"english after a french opening", frenchOpening, ""},
		{"long german", strings.Repeat(german+" ", 6), "unsupported language: German (de); Chorus summarizes English"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(tt.text)
			if tt.msg == "" {
				if err != nil {
					t.Fatalf("Check = %v, want nil", err)
				}
				return
			}
			if chorus.ErrorCode(err) != chorus.EINVALID || chorus.ErrorMessage(err) != tt.msg {
				t.Errorf("Check = %v, want invalid %q", err, tt.msg)
			}
		})
	}
}

func TestFilter(t *testing.T) {
	art := func(id, text string) chorus.Article { return chorus.Article{ID: id, Text: text} }
	tests := []struct {
		name    string
		in      []chorus.Article
		kept    []string
		dropped []string
		msg     string
	}{
		{"all english", []chorus.Article{art("a", englishNames), art("b", englishLower)}, []string{"a", "b"}, nil, ""},
		{"mixed", []chorus.Article{art("a", french), art("b", englishLower), art("c", german), art("d", englishNames)},
			[]string{"b", "d"}, []string{"a", "c"}, ""},
		{"short foreign kept", []chorus.Article{art("a", frenchShort), art("b", spanish)}, []string{"a"}, []string{"b"}, ""},
		{"all french", []chorus.Article{art("a", french), art("b", french)}, nil, []string{"a", "b"},
			"unsupported language: French (fr); Chorus summarizes English"},
		{"all foreign, two languages", []chorus.Article{art("a", german), art("b", french), art("c", german)}, nil, []string{"a", "b", "c"},
			"unsupported languages: German (de), French (fr); Chorus summarizes English"},
		{"empty cluster", nil, nil, nil, ""},
	}
	ids := func(as []chorus.Article) []string {
		var out []string
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, dropped, err := Filter(chorus.Cluster{ID: "x", Articles: tt.in})
			if tt.msg != "" {
				if chorus.ErrorCode(err) != chorus.EINVALID || chorus.ErrorMessage(err) != tt.msg {
					t.Fatalf("Filter error = %v, want invalid %q", err, tt.msg)
				}
			} else if err != nil {
				t.Fatalf("Filter error = %v", err)
			}
			if got := ids(c.Articles); strings.Join(got, ",") != strings.Join(tt.kept, ",") {
				t.Errorf("kept %v, want %v", got, tt.kept)
			}
			var got []string
			for _, d := range dropped {
				got = append(got, d.Article.ID)
				if chorus.ErrorCode(d.Err) != chorus.EINVALID || !strings.Contains(d.Err.Error(), d.Language.String()) {
					t.Errorf("dropped %s: error %v does not name %s", d.Article.ID, d.Err, d.Language)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.dropped, ",") {
				t.Errorf("dropped %v, want %v", got, tt.dropped)
			}
			if err == nil && c.ID != "x" {
				t.Errorf("cluster id %q, want x", c.ID)
			}
		})
	}
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"spaced", "one two, three -- 4 five.", 4},
		{"empty", "", 0},
		{"chinese", "今天上午市政府宣布新的公交计划", 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countWords(tt.text); got != tt.want {
				t.Errorf("countWords(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{french, german, englishLower, "", "\xff\xfe", "今天"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Detect(s)
		if d.Sure() && (d.Code == "" || d.Name == "") {
			t.Fatalf("sure detection without a language: %+v", d)
		}
		_ = Check(s)
	})
}

// TestMixedFixtures checks that the mixed fixtures of TestCheck are kept
// by the mixed-text rules, not by an unsure detection: the detector alone
// surely calls each opening foreign.
func TestMixedFixtures(t *testing.T) {
	for _, text := range []string{placeList, frenchOpening} {
		if d := Detect(text); !d.Sure() || d.English() {
			t.Errorf("Detect(%.40q) = %+v, want a sure foreign call", text, d)
		}
	}
}
