package dispute

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/clean"
	"github.com/chorusnews/chorus/input"
	splitter "github.com/chorusnews/chorus/sentence"
	"github.com/chorusnews/chorus/voices"
)

var update = flag.Bool("update", false, "rewrite golden files")

// split splits an article the way the summarizer does.
func split(text string) []string {
	var out []string
	for _, p := range clean.Paragraphs(text) {
		out = append(out, splitter.Split(p)...)
	}
	return out
}

// TestGolden runs Find on the fixtures of testdata (each folder's N.txt
// are the articles) and on examples/quake, against disputes.golden.json.
func TestGolden(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/*/1.txt")
	for i, d := range dirs {
		dirs[i] = filepath.Dir(d)
	}
	dirs = append(dirs, "../examples/quake")
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			arts, _, err := input.ReadPath(dir, input.Options{})
			if err != nil {
				t.Fatal(err)
			}
			docs := make([]voices.Doc, len(arts))
			for i, a := range arts {
				docs[i] = voices.Doc{Source: i + 1, Sentences: split(a.Text)}
			}
			got, err := json.MarshalIndent(Find(docs), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", filepath.Base(dir)+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("disputes differ from %s (run go test -update if intended):\n%s", path, got)
			}
		})
	}
}

// TestFigures checks the counts read from single sentences.
func TestFigures(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want []figure
	}{
		{"after", "At least 23 people were killed on Tuesday.", []figure{{"dead", "people", 23, '>'}}},
		{"before", "The blast killed at least 23 and injured 140.", []figure{{"dead", "people", 23, '>'}, {"injured", "people", 140, 0}}},
		{"toll", "The death toll rose to 31 on Wednesday.", []figure{{"dead", "people", 31, 0}}},
		{"noun", "Three soldiers were killed.", []figure{{"dead", "soldiers", 3, 0}}},
		{"general noun", "Four men were arrested at the scene.", []figure{{"arrested", "people", 4, 0}}},
		{"hyphenated", "Twenty-two people died in the fire.", []figure{{"dead", "people", 22, 0}}},
		{"unit", "The quake killed people 15 kilometers away.", nil},
		{"year", "He was killed in 1998.", nil},
		{"thousands", "About 1,200 people were injured.", []figure{{"injured", "people", 1200, '~'}}},
		{"ratio", "Nearly 1 in 3 deaths is caused by heart disease.", nil},
		{"share", "Only 34 out of 4,557 cardiac arrests happened at night.", nil},
		{"range", "The plague killed between 25 and 100 million people.", nil},
		{"age", "A girl aged around 10 killed at least 19 people.", []figure{{"dead", "people", 19, '>'}}},
		{"age at death", "She died at 37 after a long illness.", nil},
		{"severity", "Three people suffered injuries so serious that they were flown to hospital.", nil},
		{"aside", "Eight people, including two children, were injured.", []figure{{"injured", "people", 8, 0}, {"injured", "children (part)", 2, 0}}},
		{"breakdown", "He killed two people outside the centre and then a third at a care home.", nil},
		{"two tolls", "The toll rose from 23 to 31 killed.", nil},
		{"dozens", "The fire killed at least two dozen people.", []figure{{"dead", "people", 24, 'D'}}},
		{"a dozen", "A dozen people were injured.", []figure{{"injured", "people", 12, 'd'}}},
		{"other", "The jaguar killed eight other animals.", []figure{{"dead", "animals", 8, 0}}},
		{"no noun", "The death toll rose to 150, officials said.", []figure{{"dead", "people", 150, 0}}},
		{"one", "One person was killed and one of the guards was hurt.", []figure{{"dead", "people", 1, 0}}},
		{"one as a pronoun", "After a killing like the one in Tarvik last spring, the town mourned.", nil},
		{"parts of a sum", "The bodies of five women and two men were found.", nil},
		{"a part of a sum", "A man and two teenagers died in the fire.", nil},
		{"on board", "The jet crashed, killing three people on board.", nil},
		{"another event", "It came two weeks after four people were killed at a game.", nil},
		{"after, then the count", "Two days after the quake, the toll rose to 45.", []figure{{"dead", "people", 45, 0}}},
		{"forecast", "The mayor warned the death toll was likely to exceed 100.", nil},
		{"could reach", "Officials said the toll could reach 50.", nil},
		{"could confirm", "The ministry could only confirm 10 deaths.", []figure{{"dead", "people", 10, 0}}},
		{"someone and others", "A Florida pilot and four others were killed in the crash.", nil},
		{"persons in two places", "The jet crashed, killing all 109 people on the airplane and four people on the ground.", nil},
		{"dead and others injured", "Three people were killed and 18 others injured.", []figure{{"dead", "people", 3, 0}, {"injured", "people", 18, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figuresOf(words(tt.s)); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCompatible checks which figures can tell the same count.
func TestCompatible(t *testing.T) {
	attacker := words("Fifteen people, including the bombers, died.")
	tests := []struct {
		name string
		a, b figure
		aw   []string
		want bool
	}{
		{"lower bound below", figure{value: 23, bound: '>'}, figure{value: 31}, nil, false},
		{"lower bound met", figure{value: 300, bound: '>'}, figure{value: 327}, nil, true},
		{"round lower bound", figure{value: 100, bound: '>'}, figure{value: 145}, nil, true},
		{"lower bound broken", figure{value: 13, bound: '>'}, figure{value: 11}, nil, false},
		{"estimate", figure{value: 50, bound: '~'}, figure{value: 49}, nil, true},
		{"exact", figure{value: 12}, figure{value: 19}, nil, false},
		{"same", figure{value: 12}, figure{value: 12, bound: '>'}, nil, true},
		{"attackers counted", figure{value: 15}, figure{value: 10, bound: '>'}, attacker, true},
		{"attackers and more", figure{value: 40}, figure{value: 10, bound: '>'}, attacker, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mention{fig: tt.a, s: sentence{words: tt.aw}}
			if got := compatible(a, mention{fig: tt.b}); got != tt.want {
				t.Errorf("compatible(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestOtherCount checks the words that make a sentence's figures count
// something other than the event.
func TestOtherCount(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"More than 100 people died in similar attacks two weeks ago.", true},
		{"Clashes across the country have killed 85 people.", true},
		{"Ten people were killed nationwide.", true},
		{"He was found guilty of killing 12 people.", true},
		{"The flood killed 40 people in 1998.", true},
		{"The blast on July 29, 2013, injured eight people.", false},
		{"Twelve people were killed in the market on Friday.", false},
		{"Storms left 50 states below freezing and four people dead, in all.", true},
	}
	for _, tt := range tests {
		if got := otherCount(words(tt.s)); got != tt.want {
			t.Errorf("otherCount(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestDenyAt checks which sentences deny a claim.
func TestDenyAt(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The survey disputed that account.", true},
		{"The company denied that the ferry was overloaded.", true},
		{"The minister rejected the allegations.", true},
		{"The minister rejected the reform.", false},
		{"The minister rejected premier Ann Pell's assertion that the dam would be paid for.", true},
		{"The minister rejected premier Ann Pell's budget for the dam.", false},
		{"He was denied bail.", false},
		{"A judge denied bond for the couple.", false},
		{"The minister spoke on Monday.", false},
		{"Neither side denied that the meeting took place.", false},
		{"No one at the ministry has disputed the figures.", false},
		{"The appeals court denied the families' petition on Friday.", false},
		{"A federal judge dismissed the charges against the harbour pilot.", false},
		{"The council rejected his request for a recount.", false},
		{"The pilot's lawyer denied the charges against him.", true},
		{"Asked whether he disputes the report, the minister said he would not comment.", false},
		{"Reporters asked the mayor if she denied the claims.", false},
		{"The mayor, asked about the report, denied the claims.", true},
		// Refusals and verdicts (packet 5).
		{"The army corps of engineers has denied an easement for the pipeline.", false},
		{"The ministry denied the visa of the reporter.", false},
		{"Jurors rejected the claim that the school misled her.", false},
		{"The jury in the second trial rejected his account.", false},
		{"The school rejected the claim that it misled her.", true},
		// Procedural rulings (packet 6).
		{"The Senate dismissed the charges in December at the request of the managers.", false},
		{"The court eventually dismissed that claim in January.", false},
		{"The tribunal rejected the claim, saying she failed to prove it.", false},
		// Denials without a verb of denial.
		{"The ministry said the allegations were false.", true},
		{"Orla Rail called the reports baseless.", true},
		{"The mayor's office said it was untrue.", true},
		{"The agency said the report was not true.", true},
		{"The agency said the report was true.", false},
		{"The minister said the bridge was false economy.", false},
		{"The company insisted that its ferry had not been overloaded.", true},
		{"The company insisted on a refund.", false},
		{"Nobody insisted that the ferry had not been overloaded.", false},
		// Refusals: something withheld, no claim denied (session 10's
		// blind test: "denied a medical abortion").
		{"She died days after being denied a medical abortion.", false},
		{"The hospital board denied a medical abortion to the teacher.", false},
		{"The ministry denied Lind a visa.", false},
		{"The prison denies inmates treatment for hepatitis.", false},
		{"The ministry denied Thursday a report that it had closed the border.", true},
		{"The minister denied an affair with his aide.", true},
		{"The minister denied outright a report that he had resigned.", true},
	}
	for _, tt := range tests {
		if got := denyAt(words(tt.s)) >= 0; got != tt.want {
			t.Errorf("denyAt(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestAnaphoric checks how a denial's object names the claim it denies.
func TestAnaphoric(t *testing.T) {
	tests := []struct {
		obj        string
		noun, mods string
		ok         bool
	}{
		{"the charges, calling them an attack", "charges", "", true},
		{"the most serious allegation", "allegation", "", true},
		{"the shooting report", "report", "shooting", true},
		{"the white house's account of the call", "account", "white house's", true},
		{"it", "", "", true},
		{"allegations of fraud", "allegations", "", true},
		{"charges", "charges", "", true},
		{"reports that the vessel sank", "", "", false},
		{"that the ferry was overloaded", "", "", false},
		{"it and claims he has witnesses", "", "", false},
	}
	for _, tt := range tests {
		noun, mods, ok := anaphoric(words(tt.obj))
		if noun != tt.noun || strings.Join(mods, " ") != tt.mods || ok != tt.ok {
			t.Errorf("anaphoric(%q) = %q, %q, %v; want %q, %q, %v", tt.obj, noun, mods, ok, tt.noun, tt.mods, tt.ok)
		}
	}
}

// TestDenier checks who a denial is credited to when package voices
// names no one.
func TestDenier(t *testing.T) {
	tests := []struct {
		s, want string
	}{
		{"Today, Cain denied the reports.", "Cain"},
		{"The ferry company denied that the vessel was overloaded.", "The ferry company"},
		{"Mr. Caporella, a pilot, and the company have denied the allegations.", "Mr Caporella and the company"},
		{"The lawyer, Natalia Ortiz, denies working for the state.", "The lawyer"},
		{"Her lawyers on Tuesday denied such reports.", "Her lawyers"},
		{"He denied it.", ""},
		{"But a spokesman denied Monday that the group was responsible.", "A spokesman"},
		// Connectives and sentence adverbs are no speaker.
		{"However, the river authority denied the reports.", "The river authority"},
		{"However, the harbour master, Ida Vos, denied the reports.", "The harbour master"},
		{"Still the orchard denied that the trees were sick.", "The orchard"},
		{"The mayor, despite a rival's claim otherwise, again denied any knowledge of the payments.", "The mayor"},
		{"Meanwhile, the bakery flatly denied the claims.", "The bakery"},
		{"The bakery, meanwhile, denied the claims.", "The bakery"},
		{"Again, the mayor denied that the bridge was unsafe.", "The mayor"},
		{"In a twitter post, Ana Ruiz, head of the aid group, denied that soldiers had entered the school.", "Ana Ruiz"},
		{"On Twitter, the ministry denied the story.", "The ministry"},
		{"In a statement, however, he denied the claims.", ""},
		{"While the ferry company denied the reports, it paid the fine.", "The ferry company"},
		// Adverbs of manner are no part of a name (packet 5).
		{"Governor Ida Vos forcefully rejected the mayor's claim that the bridge was safe.", "Governor Ida Vos"},
		{"Vos has always denied the claim.", "Vos"},
		{"Vos has consistently denied the allegations of fraud.", "Vos"},
		{"The finding contradicts the claim by prison officials that the vein had collapsed.", ""},
		// A verb chain: the subject of its first verb denies.
		{"Then today Mayor Ida Vos spoke to the council and flatly denied the governor's claim that the bridge was unsafe.", "Mayor Ida Vos"},
		{"Later the harbour master met reporters on the quay and denied the reports.", "The harbour master"},
		{"Then today the mayor said the council met on the quay and denied the reports.", ""},
		{"Then today he spoke to the council and denied the claim that the bridge was unsafe.", ""},
	}
	for _, tt := range tests {
		low, orig := tokens(tt.s)
		s := sentence{text: tt.s, words: low, orig: orig, c: &cache{speakers: map[int]map[int]string{0: {}}}}
		if got, _ := denier(s, denyAt(low)); got != tt.want {
			t.Errorf("denier(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestSpeakerOf checks that the name the speaker package gives a sentence
// is shown only when it reads as a speaker there, and that a denial whose
// credited name is wrong falls back to its subject or to no speaker.
func TestSpeakerOf(t *testing.T) {
	tests := []struct {
		s, credited string
		want        string // speakerOf
		deny        string // denier, for a sentence that denies
		ok          bool   // whether denier reads a raw name (the gate)
	}{
		{"The clerk said the vault was empty.", "Clerk", "Clerk", "", false},
		{"His lawyer denied that his client stole the boat.", "Jail Records", "", "His lawyer", true},
		{"He denied that his client stole the boat.", "Jail Records", "", "", true},
		{"The firm denied the story and the clerk in charge of the ledger said the claims are false.", "Charge", "", "The firm", true},
		{"Villagers said that there had been no rebel fighters in the school.", "Rebel Fighters", "", "", false},
		{"The envoy denied that rebel fighters had entered the school.", "Rebel Fighters", "", "The envoy", true},
		{"However, the agency said the road was shut.", "However", "", "", false},
		{"The agency said the road was shut.", "In a twitter post", "", "", false},
		{"The agency said the road was shut.", "According To Court Papers", "", "", false},
		{"The agency said the road was shut.", "Again", "", "", false},
		{"Aid workers said the road was shut.", "Aid Workers", "Aid Workers", "", false},
		{"Nine people died, according to Ana Ruiz, a nurse.", "Ana Ruiz", "Ana Ruiz", "", false},
		{"Medics without visas said the clinic was hit.", "Without Visas", "Medics without visas", "", false},
		{"Nine people died, according to hospital records.", "Hospital Records", "", "", false},
		// Labels garbled in packet 5.
		{"Vos has consistently denied the allegations of fraud.", "Accuse Ida Vos", "", "Vos", true},
		{"Vos has always denied the claim.", "Always", "", "Vos", true},
		{"The mayor's camp has denied that she knew of the meeting.", "Camp", "The mayor's camp", "The mayor's camp", true},
		{"The governor's rep vociferously denied the report.", "", "", "The governor's rep", true},
		// The denial's subject names another person than the attribution,
		// who shares a surname with them.
		{"Oren Vale vehemently denied hitting his former wife.", "Mira Vale", "Mira Vale", "Oren Vale", true},
		{"Vale first denied any knowledge of the money.", "Oren Vale", "Oren Vale", "Oren Vale", true},
		{"President Vale denied the report.", "Vale", "President Vale", "President Vale", true},
		{"Vale has admitted the affair but has denied the fraud.", "Oren Vale", "Oren Vale", "Oren Vale", true},
	}
	for _, tt := range tests {
		low, orig := tokens(tt.s)
		s := sentence{text: tt.s, words: low, orig: orig, c: &cache{speakers: map[int]map[int]string{0: {0: tt.credited}}, shown: map[string]string{}}}
		if got := s.speakerOf(); got != tt.want {
			t.Errorf("speakerOf(%q credited to %q) = %q, want %q", tt.s, tt.credited, got, tt.want)
		}
		v := denyAt(low)
		if v < 0 {
			continue
		}
		if got, raw := denier(s, v); got != tt.deny || (raw != "") != tt.ok {
			ok := raw != ""
			t.Errorf("denier(%q credited to %q) = %q, %v, want %q, %v", tt.s, tt.credited, got, ok, tt.deny, tt.ok)
		}
	}
}

// FuzzFind checks that Find never panics and that every dispute has two
// claims or more, each cited.
func FuzzFind(f *testing.F) {
	f.Add("At least 12 people were killed.", "The toll rose to 19.", "The company denied that account.")
	f.Add("", "denied", "killed 5")
	f.Add("The firm denied charges.", "Prosecutors charged the firm.", "He denied reports")
	f.Add("Mr. X, a pilot, and Y denied the claims.", "at least 10 killed, including 3 children,", "denied")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		for _, d := range Find([]voices.Doc{{Source: 1, Sentences: []string{a, c}}, {Source: 2, Sentences: []string{b}}}) {
			if len(d.Claims) < 2 {
				t.Errorf("dispute with %d claims: %+v", len(d.Claims), d)
			}
			for _, c := range d.Claims {
				if len(c.Sources) == 0 {
					t.Errorf("claim without sources: %+v", c)
				}
			}
		}
	})
}

// TestFindDated checks that dated figures are shown earliest first, as an
// update when the count only grows, and as differing sources otherwise.
func TestFindDated(t *testing.T) {
	docs := []voices.Doc{
		{Source: 1, Sentences: []string{"A bus fell into a ravine near Orvel on Sunday, killing at least 12 passengers, police said."}},
		{Source: 2, Sentences: []string{"Nineteen passengers were killed when a bus fell into a ravine near Orvel on Sunday, police said."}},
	}
	mon := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tue := mon.Add(24 * time.Hour)
	tests := []struct {
		name      string
		published []time.Time
		topic     string
		first     int // source of the first claim
	}{
		{"undated", nil, "Number of dead (passengers): the sources differ, perhaps as the count was updated", 1},
		{"grows", []time.Time{mon, tue}, "Number of dead (passengers): the count changed as reports came in", 1},
		{"falls", []time.Time{tue, mon}, "Number of dead (passengers): the sources differ", 2},
		{"one undated", []time.Time{mon}, "Number of dead (passengers): the sources differ, perhaps as the count was updated", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := FindDated(docs, tt.published)
			if len(ds) != 1 || len(ds[0].Claims) != 2 {
				t.Fatalf("got %+v, want one dispute of two claims", ds)
			}
			if ds[0].Topic != tt.topic || ds[0].Claims[0].Sources[0] != tt.first {
				t.Errorf("got topic %q, first claim from %v; want %q from %d", ds[0].Topic, ds[0].Claims[0].Sources, tt.topic, tt.first)
			}
		})
	}
}

// TestFindCases checks, on invented reports, which figures and denials
// Find sets side by side: each case is the sentences of each source and
// the number of disputes wanted.
func TestFindCases(t *testing.T) {
	tests := []struct {
		name    string
		sources [][]string
		want    int
	}{
		{"figures differ", [][]string{
			{"Twelve people were killed when a ferry sank off Palo on Monday, officials said."},
			{"Nineteen people were killed when a ferry sank off Palo on Monday, officials said."}}, 1},
		{"parts of a sum", [][]string{
			{"The bodies of five women and two men were found at the farm near Ostel, police said."},
			{"Police found seven bodies at the farm near Ostel on Friday, police said."}}, 0},
		{"a person and a figure", [][]string{
			{"A man and two teenagers died in a house fire in Verrin on Tuesday, firefighters said."},
			{"Three people died in a house fire in Verrin on Tuesday, firefighters said."}}, 0},
		{"on board", [][]string{
			{"A small plane crashed into a home in Lensdale on Monday, killing three people on board, officials said."},
			{"Five people died when a small plane crashed into a home in Lensdale on Monday, officials said."}}, 0},
		{"someone and others", [][]string{
			{"A Florida surgeon and four others were killed when a small plane crashed in fog at Marlow airfield on Sunday."},
			{"Five people were killed when a small plane crashed in fog at Marlow airfield on Sunday, officials said."}}, 0},
		{"round lower bound", [][]string{
			{"The warehouse blast in Kerro killed more than 100 people, officials said."},
			{"The warehouse blast in Kerro killed 114 people, officials said."}}, 0},
		{"odd lower bound", [][]string{
			{"The warehouse blast in Kerro killed at least 23 people, officials said."},
			{"The warehouse blast in Kerro killed 31 people, officials said."}}, 1},
		{"the gunman counted", [][]string{
			{"A gunman opened fire at a club in Marlow, leaving 30 people dead, police said."},
			{"The gunman killed 29 people at a club in Marlow, police said."}}, 0},
		{"caption date", [][]string{
			{"Storm damage in Tolby, where 4 people died when the storm hit on March 3, 2025."},
			{"Two people died when the storm hit Tolby on Monday, officials said."}}, 0},
		{"caption, then the lead", [][]string{
			{"Rescuers in Tolby on March 3, 2025. Four people died when the storm hit Tolby on Monday, officials said."},
			{"Two people died when the storm hit Tolby on Monday, officials said."}}, 1},
		{"run-in dateline", [][]string{
			{"Storm damage in Tolby, where four people died when the storm struck. TOLBY, Ky. — A storm hit Tolby on Monday."},
			{"Two people died when the storm hit Tolby on Monday, officials said."}}, 0},
		{"another event", [][]string{
			{"The shooting came two days after one student was killed and two were hurt at a game in Arden."},
			{"A man opened fire at a game in Arden on Sunday, killing four people and injuring nine, police said."}}, 0},
		{"two counts, one pair of sentences", [][]string{
			{"A bus crashed near Orvel on Sunday, killing 13 people and injuring 10 others, police said."},
			{"Eleven people died and 12 were injured when a bus crashed near Orvel on Sunday, police said."}}, 1},
		{"a claim told with say, then refuted", [][]string{
			{"Wardens say the trapper left the hound in the van for more than three hours, but the hound's owner refutes the claim."}}, 1},
		{"an outlet's report denied", [][]string{
			{"Velmora on Friday denied a Harbour Gazette report that its ferries had carried weapons across the strait to the rebels."}}, 1},
		{"an outlet's report denied after an opening phrase", [][]string{
			{"In a briefing last week, a port spokesman denied Gazette claims that the harbour had asked the navy for help with the inspections."}}, 1},
		{"an earlier report is no claimant", [][]string{
			{"Velmora on Friday denied earlier reports that its ferries had carried weapons across the strait to the rebels."}}, 0},
		{"a report denied by a report", [][]string{
			{"Coroner report contradicts Gazette report that the skipper of the ferry had suffered a stroke at the wheel."}}, 0},
		{"an accusation, which the accused denies", [][]string{
			{"During the hearings, three clerks accused their boss Ida Vos of having made lewd remarks at work, which she denied."}}, 1},
		{"an act said of the denier, then denied", [][]string{
			{"General Ida Vos said Kestria controlled and armed the river militias, deliberately sending them across the border.",
				"Kestria denies controlling the river militias and says the remarks are baseless."}}, 1},
		{"an act said of someone else", [][]string{
			{"General Ida Vos said Lorne controlled and armed the river militias, deliberately sending them across the border.",
				"Kestria denies controlling the river militias and says the remarks are baseless."}}, 0},
		{"a claim, then an appositive denial", [][]string{
			{"The harbour master said the trawler crew had dumped the nets off Velmora, a claim the fishing company has denied."}}, 1},
		{"allegations named in passing, which the accused denies", [][]string{
			{"Her standing in the polls has slipped amid harassment allegations from several clerks, which she has denied."}}, 0},
		{"an offer refused in a closing clause", [][]string{
			{"The actor made unwanted advances on her in a hotel room in Velmora, which she rejected."}}, 0},
		{"same side", [][]string{
			{"Three appeals judges said the statue must stay in Carvel.", "The judges rejected the claim, saying the heirs had no standing."}}, 0},
		{"a court rules on a side's claim", [][]string{
			{"Three heirs said the statue must go to Lorne.", "The judges rejected the claim, saying the heirs had no standing."}}, 0},
		{"a side rejects the other's claim", [][]string{
			{"Three heirs said the statue must go to Lorne.", "The museum rejected the claim, saying the heirs had no standing."}}, 1},
		{"a defence", [][]string{
			{"The senator's sister is defending him amid allegations of fraud, a reporter said.", "Ann Pell denied the allegations against her brother."}}, 0},
		{"a pointer", [][]string{
			{"More details can be found in the Ledger's report, linked below.", "The agency denied the Ledger report."}}, 0},
		{"a report", [][]string{
			{"The Ledger reported that the agency knew of the flaw for two years.", "The agency denied the Ledger report."}}, 1},
		{"claims and a clause", [][]string{
			{"Ms Rowe said three complaints about Mr Varley had been made to the help line.", "Lord Fenn denied claims Mr Varley had been warned about his temper."}}, 0},
		{"the first of two", [][]string{
			{"A second patient filed a negligence lawsuit against the surgeon Carl Amos on Tuesday, a court clerk said."},
			{"The hospital denied the first negligence lawsuit that was filed on Monday against the surgeon Carl Amos."}}, 0},
		{"claim agrees", [][]string{
			{"Two nurses said there were no soldiers in the clinic during the raid."},
			{"The charity's director denied that soldiers were in the clinic during the raid."}}, 0},
		{"claim disagrees", [][]string{
			{"A police spokesman said soldiers were in the clinic during the raid."},
			{"The charity's director denied that soldiers were in the clinic during the raid."}}, 1},
		{"another point", [][]string{
			{"Critics said the governor's post about the rally was racist."},
			{"A spokeswoman disputed the characterization of the governor's post as racist."}}, 0},
		{"an aside in the object", [][]string{
			{"The Courier reported that Omar Tane, the head of the port authority, had been arrested in Belva."},
			{"The port authority denied reports that its head, Omar Tane, had been arrested in Belva."}}, 1},
		{"a relative clause after the object", [][]string{
			{"The accuser, Sam Reed, claims that Lorn pushed him at a party in Tunbury."},
			{"Lorn denies a claim by Sam Reed, who says he was pushed at the actor's home."}}, 1},
		{"allegations called false", [][]string{
			{"The lawsuit alleges that the Brack fund hid losses from its investors for three years.",
				"The Brack fund said the allegations were false."}}, 1},
		{"wrongdoing denied by the accused", [][]string{
			{"Prosecutors accused Mara Lind of hiding the losses of the Brack fund from investors."},
			{"Mara Lind has denied any wrongdoing in the Brack fund losses."}}, 1},
		{"wrongdoing denied by someone not accused", [][]string{
			{"Prosecutors accused Mara Lind of hiding the losses of the Brack fund from investors."},
			{"Tomas Orm has denied any wrongdoing in the Brack fund losses."}}, 0},
		{"a role denied by a body's officials", [][]string{
			{"Western governments have accused the Varnian government of orchestrating cyber attacks on foreign power grids."},
			{"Varnian officials have denied any role in the cyber attacks on power grids."}}, 1},
		{"a role denied by another body's officials", [][]string{
			{"Western governments have accused the Varnian government of orchestrating cyber attacks on foreign power grids."},
			{"Osterian officials have denied any role in the cyber attacks on power grids."}}, 0},
		{"claims denied, the accusation in another source", [][]string{
			{"The novelist accused the Orvel museum of selling mugs that use her characters without a licence."},
			{"The Orvel museum has denied the claims about the mugs."}}, 1},
		{"allegations denied by someone the accusation does not name", [][]string{
			{"Prosecutors accused Ann Pell of hiding the losses of the Brack fund from investors."},
			{"Tomas Orrin denied the allegations about the Brack fund."}}, 0},
		{"an act denied by the accused", [][]string{
			{"Prosecutors charged Ivo Brand with setting fire to the Lenn warehouse in March."},
			{"Ivo Brand denied setting fire to the Lenn warehouse."}}, 1},
		{"an act denied by someone else", [][]string{
			{"Prosecutors charged Ivo Brand with setting fire to the Lenn warehouse in March."},
			{"Ada Quist denied setting fire to the Lenn warehouse."}}, 0},
		{"a pronoun right after the accusation", [][]string{
			{"Ivo Brand is charged with setting fire to the Lenn warehouse in March.", "He denies the charges."}}, 1},
		{"a pronoun after no accusation", [][]string{
			{"Ivo Brand spoke to reporters outside the court in Lenn on Monday.", "He denies the charges."}}, 0},
		{"a pronoun after someone else's words", [][]string{
			{"Ivo Brand is charged with setting fire to the Lenn warehouse in March.", "He said the company denied the charges."}}, 0},
		{"a subject before an aside", [][]string{
			{"The Ledger reported that the mayor took bribes from the Lenn shipping firm."},
			{"Mayor Ana Ruiz, in an interview on Sunday, vehemently denied reports that she took bribes from the Lenn shipping firm."}}, 1},
		{"insisted it had not", [][]string{
			{"The Courier reported that the Palo ferry had been overloaded when it sank."},
			{"The ferry company insisted that the Palo ferry had not been overloaded when it sank."}}, 1},

		// Session 7 (train 20000-21999 read while writing them).
		{"allegations denied right after the claim told", [][]string{
			{"A rights group in Tarvo says the photographs prove the prisoners were shot after their surrender.",
				"A military spokesman denied the allegations."}}, 1},
		{"allegations denied after a claim of another matter", [][]string{
			{"A rights group in Tarvo says the photographs were taken in May.",
				"A military spokesman denied the allegations, saying its soldiers follow the law."}}, 0},
		{"allegations denied after someone else is accused", [][]string{
			{"The actress Lena Moor has been accused of hypocrisy after her speech at the Orvel rally.",
				"Tarro denies the allegations levelled at him after three women accused him of misconduct."}}, 0},
		{"the claim calls the allegations unsubstantiated", [][]string{
			{"Senator Ulm told Dace Korr to put up or shut up on the unsubstantiated allegations he has made about the senator's taxes.",
				"He called the allegations false."}}, 0},
		{"the accusers allege", [][]string{
			{"Several women allege that Dunmore attacked them after parties at his flat in Lenn."},
			{"Dunmore has always denied any wrongdoing."}}, 1},
		{"a union's campaign claiming", [][]string{
			{"The union has waged a campaign against Orla Air claiming it treats its cabin crew badly."},
			{"Orla Air rejected the allegation, saying its cabin crew are well paid."}}, 1},
		{"in dozens", [][]string{
			{"At least nine people died in a fire at a warehouse in Lenn late on Friday, officials said."},
			{"A fire at a warehouse in Lenn late on Friday killed at least two dozen people, officials said."}}, 1},
		{"more than a dozen", [][]string{
			{"A van hit pedestrians in Orvel on Monday, killing 10 people and injuring more than a dozen others."},
			{"A van hit pedestrians in Orvel on Monday, killing 10 and wounding 14 others."}}, 0},
		{"a claim and its denial in one sentence", [][]string{
			{"The challengers said the election board had closed polling stations in their districts, but the board denied it."}}, 1},
		{"one sentence, someone else's report", [][]string{
			{"Police said the driver had been drinking, but his lawyer said that the tests were wrong."}}, 0},
		{"one sentence, the denial goes on", [][]string{
			{"The prosecution said Lind shot the guard after an argument, but Lind denies this and says he fired in fear."}}, 1},
		{"one sentence, the claim not stated", [][]string{
			{"The singer's former manager said it was true, but the singer's son denied the claim."}}, 0},
		{"one sentence, a plan rejected", [][]string{
			{"The council said the Orvel bridge would reopen in May, but the mayor rejected the plan."}}, 0},
		{"charges denied, the charge told earlier in the source", [][]string{
			{"Ana Pell has been held in Lenn for two weeks on smuggling charges after a search of her luggage at the airport.",
				"Her lawyer met reporters outside the court on Monday.", "The weather in Lenn was warm.", "The hearing was brief.",
				"Ms Pell denies the charges and says the gold was a gift."}}, 1},
		{"a day between the denial and its object", [][]string{
			{"A patrol boat fired at the pier, a harbour official said."},
			{"A senior Brask official on Friday denied Thursday reports that a patrol boat crossed the border and fired flares."}}, 1},
		{"a report, a day, then what it says", [][]string{
			{"A patrol boat fired at the pier, a harbour official said."},
			{"A senior Brask official denied a report Thursday that a patrol boat crossed the border and fired flares."}}, 1},
		{"the object ends at a semicolon", [][]string{
			{"Dan Rell, whose client is accused of theft, had just begun his closing argument when his phone rang loudly in court, witnesses told the Orla Herald."},
			{"Rell denied that the ringing phone was a courtroom stunt; witnesses said he had been fiddling with the phone before his argument, according to the Orla Herald."}}, 0},
		{"a lawsuit named only in passing beside those claims", [][]string{
			{"The trial of the Verrin antitrust lawsuit against Brackair has been postponed until January."},
			{"Brackair dismissed those claims as untrue."}}, 0},
		{"a lawsuit stating its claim beside those claims", [][]string{
			{"The Verrin lawsuit claims that Brackair forced its pilots to fly tired."},
			{"Brackair dismissed those claims as untrue."}}, 1},
		{"other animals", [][]string{
			{"A jaguar escaped at the Orvel zoo on Saturday and killed six animals, the zoo said."},
			{"The Orvel zoo closed after a jaguar escaped on Saturday and killed eight other animals."}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []voices.Doc
			for i, s := range tt.sources {
				docs = append(docs, voices.Doc{Source: i + 1, Sentences: s})
			}
			if got := candidates(docs, nil); len(got) != tt.want {
				t.Errorf("got %d disputes, want %d: %+v", len(got), tt.want, got)
			}
		})
	}
}

// TestShownSpeaker checks that a dispute shows the cleaned speaker and
// topic while the confidence model reads the name as the rules found it.
func TestShownSpeaker(t *testing.T) {
	tests := []struct {
		name      string
		sources   [][]string
		raw, want string // the denial's speaker scored, and shown
		topic     string
	}{
		{"a connective before the subject", [][]string{
			{"The Courier reported that the harbour master took bribes from the shipping firm in Belva."},
			{"However, the harbour master, Ida Vos, denied reports that she took bribes from the shipping firm in Belva."}},
			"However", "The harbour master", "Denied by the harbour master"},
		{"a subject named plainly", [][]string{
			{"The Courier reported that the harbour master took bribes from the shipping firm in Belva."},
			{"The harbour master denied reports that she took bribes from the shipping firm in Belva."}},
			"The harbour master", "The harbour master", "Denied by the harbour master"},
		{"a subject before an aside", [][]string{
			{"The Courier reported that the harbour master took bribes from the shipping firm in Belva."},
			{"Ida Vos, in an interview on Sunday, vehemently denied reports that she took bribes from the shipping firm in Belva."}},
			"Ida Vos", "Ida Vos", "Denied by Ida Vos"},
		{"an age after the subject", [][]string{
			{"The Courier reported that the harbour master took bribes from the shipping firm in Belva."},
			{"Ida Vos, 41, denied reports that she took bribes from the shipping firm in Belva."}},
			"Ida Vos", "Ida Vos", "Denied by Ida Vos"},
		{"a long apposition after the subject", [][]string{
			{"The Courier reported that the harbour master took bribes from the shipping firm in Belva."},
			{"Ida Vos, the harbour master of the port of Belva since the flood of 2019, denied reports that she took bribes from the shipping firm in Belva."}},
			"Ida Vos", "Ida Vos", "Denied by Ida Vos"},
		{"an agent for someone", [][]string{
			{"The Courier reported that the harbour master took bribes from the shipping firm in Belva."},
			{"A spokesman for the Belva port authority denied reports that the harbour master took bribes from the shipping firm in Belva."}},
			"A spokesman for the Belva port authority", "A spokesman for the Belva port authority",
			"Denied by a spokesman for the Belva port authority"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []voices.Doc
			for i, s := range tt.sources {
				docs = append(docs, voices.Doc{Source: i + 1, Sentences: s})
			}
			all, shown := scored(docs, nil)
			if len(all) != 1 || len(all[0].Claims) != 2 {
				t.Fatalf("got %+v, want one denial of one claim", all)
			}
			d := all[0]
			if got := d.Claims[1].Speaker; got != tt.raw {
				t.Errorf("scored speaker %q, want %q", got, tt.raw)
			}
			relabel(&d, shown)
			if got := d.Claims[1].Speaker; got != tt.want || d.Topic != tt.topic {
				t.Errorf("shown speaker %q, topic %q; want %q, %q", got, d.Topic, tt.want, tt.topic)
			}
		})
	}
}

// TestShownName checks which speaker labels a reader is shown: a name or
// a noun phrase, never a piece of a clause (packet 6's labels, on
// invented names).
func TestShownName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mara Lind", "Mara Lind"},
		{"The ferry company", "The ferry company"},
		{"Theresa May", "Theresa May"},
		{"The court eventually", "The court"},
		{"Lind's defenders correctly note that he", ""},
		{"Lind attorney wouldn't comment", ""},
		{"Learns Mara Lind", ""},
		{"Dead", ""},
		{"Kelly Brack", "Kelly Brack"},
		{"The family", "The family"},
		{"", ""},
		{"However", ""},
		{"Jail Records", ""},
		{"Allegedly Met Rell", ""},
		{"The defendant further", "The defendant"},
		{"Home affairs correspondent tomas varro", "Tomas varro"},
		{"Coordinator Piet Halder", "Piet Halder"},
		{"California Halder", "Halder"},
		{"Washington Post", "Washington Post"},
		{"The 65-year-old halder", "Halder"},
		{"The 65-year-old former coach", "The former coach"},
		{"The 28-year-old Ann Brack", "Ann Brack"},
		{"The'star trek ' icon", "The star trek icon"},
	}
	for _, tt := range tests {
		if got := shownName(tt.in); got != tt.want {
			t.Errorf("shownName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestOnePerTopic checks that a cluster shows one dispute per topic and
// no claim twice.
func TestOnePerTopic(t *testing.T) {
	ds := []chorus.Dispute{
		claims("Number of dead: the sources differ", "Ten died.", "Twelve died."),
		claims("Number of dead: the count changed as reports came in", "Ten were killed.", "Fifteen were killed."),
		claims("Number injured: the sources differ", "Four were hurt.", "Six were hurt."),
		claims("Denied by Mara Lind", "Ten died.", "Lind denied it."),
		claims("Denied by the ministry", "Reports said the ministry hid losses.", "The ministry denied the reports."),
	}
	var got []string
	for _, d := range onePerTopic(ds) {
		got = append(got, d.Topic)
	}
	want := []string{"Number of dead: the sources differ", "Number injured: the sources differ", "Denied by the ministry"}
	if !slices.Equal(got, want) {
		t.Errorf("onePerTopic kept %q, want %q", got, want)
	}
}

// TestClaimChosen checks which sentence a denial that points back is set
// beside: the one that states the accusation, not one that names it in
// passing, and not the one nearest when it does not.
func TestClaimChosen(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
		want      string // the claim shown beside the denial
	}{
		{"stated before named", []string{
			"Prosecutors accused Ivo Brand of bribing two officials at the Lenn port.",
			"The allegations caused an uproar among the dock workers of Lenn.",
			"Brand denied the allegations."},
			"Prosecutors accused Ivo Brand of bribing two officials at the Lenn port."},
		{"the nearest of two stated", []string{
			"Prosecutors accused Ivo Brand of bribing two officials at the Lenn port.",
			"A dock worker alleged that Brand paid the officials in cash at the Lenn port.",
			"Brand denied the allegations."},
			"A dock worker alleged that Brand paid the officials in cash at the Lenn port."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := candidates([]voices.Doc{{Source: 1, Sentences: tt.sentences}}, nil)
			if len(got) != 1 {
				t.Fatalf("got %d disputes, want 1: %+v", len(got), got)
			}
			if c := got[0].Claims[0].Text; c != tt.want {
				t.Errorf("claim %q, want %q", c, tt.want)
			}
		})
	}
}

// TestMentionOnly checks which claims only name a claim in passing.
func TestMentionOnly(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The pictures and allegations caused a scandal in the town of Lenn.", true},
		{"The actress alluded to allegations against the director in her speech.", true},
		{"Prosecutors accused Ivo Brand of bribing two officials.", false},
		{"The move followed allegations that Brand bribed two officials.", false},
		{"A dock worker claims he paid the officials in cash.", false},
		{"According to the Ledger, Brand paid the officials.", false},
	}
	for _, tt := range tests {
		if got := mentionOnly(words(tt.in)); got != tt.want {
			t.Errorf("mentionOnly(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestDeniedAct checks which objects of a denial name an act of the
// denier's own.
func TestDeniedAct(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"setting fire to the warehouse", true},
		{"ever taking money from the firm", true},
		{"murder", true},
		{"having committed the murder", true},
		{"the charges", false},
		{"nothing", false},
		{"that he set the fire", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := deniedAct(words(tt.in)); got != tt.want {
			t.Errorf("deniedAct(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPlausibleName checks that a word the attribution cuts from a clause
// is no speaker's name.
func TestPlausibleName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Mara Lind", true},
		{"The ministry", false},
		{"Always", false}, // "Lind has always denied"
		{"Again", false},
		{"He's", false},
		{"Whether Lind", false},
		{"Lind", true},
	}
	for _, tt := range tests {
		if got := plausibleName(tt.name); got != tt.want {
			t.Errorf("plausibleName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestCaptionLike checks the page residue that is never a claim.
func TestCaptionLike(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Image copyright AP image caption Rescuers in Tolby.", true},
		{">> Ivo Brand has always denied any part in the fire.", true},
		{"Hide transcript Show transcript 2 dead, 5 hurt in park shooting Share Copy Link Copy Police are investigating.", true},
		{"Text size - + reset Orla mayor denies report of sale of the port.", true},
		{"The text size of the ballot was too small, voters said.", false},
		{"Ivo Brand has always denied any part in the fire.", false},
	}
	for _, tt := range tests {
		if got := captionLike(tt.s); got != tt.want {
			t.Errorf("captionLike(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestSplitDenial checks a claim and its denial told in one sentence:
// shown as the source's two clauses, cut at the comma, with the denier
// of the second clause only.
func TestSplitDenial(t *testing.T) {
	tests := []struct {
		name, s       string
		claim, denial string
		speaker       string
	}{
		{"named denier", "Orvel television accused the Lenn army of shelling the dam at Tarro, but rebel leaders disputed that, saying their own forces had hit it.",
			"Orvel television accused the Lenn army of shelling the dam at Tarro …",
			"… but rebel leaders disputed that, saying their own forces had hit it.", "Rebel leaders"},
		{"pronoun denier", "The producer claimed the reporter Ivo Brand had followed her for months, although he denied the accusation.",
			"The producer claimed the reporter Ivo Brand had followed her for months …",
			"… although he denied the accusation.", ""},
		{"a rumour told by its noun", "Rumours were rampant that the singers Ada Vell and Tom Rusk would marry in Orla this spring, though their agents denied those reports.",
			"Rumours were rampant that the singers Ada Vell and Tom Rusk would marry in Orla this spring …",
			"… though their agents denied those reports.", "Their agents"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Find([]voices.Doc{{Source: 3, Sentences: []string{tt.s}}})
			if len(ds) != 1 || len(ds[0].Claims) != 2 {
				t.Fatalf("got %+v, want one dispute of two claims", ds)
			}
			c, d := ds[0].Claims[0], ds[0].Claims[1]
			if c.Text != tt.claim || d.Text != tt.denial || d.Speaker != tt.speaker {
				t.Errorf("got %q / %q (speaker %q), want %q / %q (speaker %q)", c.Text, d.Text, d.Speaker, tt.claim, tt.denial, tt.speaker)
			}
			if !slices.Equal(c.Sources, []int{3}) || !slices.Equal(d.Sources, []int{3}) {
				t.Errorf("sources %v, %v; want [3]", c.Sources, d.Sources)
			}
		})
	}
}

// TestWeekdayNoEvent checks that two counts whose sentences share only a
// weekday and a common word are not taken for one event, and that the
// same counts sharing the event's own words are (candidates, before the
// confidence model), on invented sentences.
func TestWeekdayNoEvent(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"a weekday shared", "Five teenagers died when their pickup hit a fuel tanker near Corlen, shaking families, an official said Tuesday.",
			"A car plunged into a creek in Wemby early Tuesday, killing four teens and leaving families in grief.", 0},
		{"the event shared", "Five teenagers died when their pickup hit a fuel tanker near Corlen, an official said Tuesday.",
			"Four teens died when their pickup hit a fuel tanker near Corlen early Tuesday.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := []voices.Doc{{Source: 1, Sentences: []string{tt.a}}, {Source: 2, Sentences: []string{tt.b}}}
			if got := len(candidates(docs, nil)); got != tt.want {
				t.Errorf("%d candidates, want %d", got, tt.want)
			}
		})
	}
}

// TestNameKey checks the word a claim must use to name a denier.
func TestNameKey(t *testing.T) {
	tests := []struct{ who, want string }{
		{"Mara Lind", "lind"},
		{"The ferry company", "company"},
		{"Chinese officials", "chinese"},
		{"the Varnian government", "varnian"},
		{"A Russian official", "russian"},
		{"Officials", "officials"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := nameKey(tt.who); got != tt.want {
			t.Errorf("nameKey(%q) = %q, want %q", tt.who, got, tt.want)
		}
	}
}

// TestCasedName checks how a speaker of lower-cased text is written.
func TestCasedName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Harbour mayor paul veldt", "Harbour mayor Paul Veldt"},
		{"John orrin", "John Orrin"},
		{"Mr adams", "Mr Adams"},
		{"Ms. rook", "Ms. Rook"},
		{"The ferry company", "The ferry company"},
		{"Chinese officials", "Chinese officials"},
		{"Veldt", "Veldt"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := casedName(tt.in); got != tt.want {
			t.Errorf("casedName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Through Find, on lower-cased sources.
	docs := []voices.Doc{
		{Source: 1, Sentences: []string{"Prosecutors accused john orrin of hiding the losses of the brack fund from investors."}},
		{Source: 2, Sentences: []string{"John orrin has denied any wrongdoing in the brack fund losses."}}}
	ds := Find(docs)
	if len(ds) != 1 || ds[0].Topic != "Denied by John Orrin" || ds[0].Claims[1].Speaker != "John Orrin" {
		t.Errorf("Find on lower-cased sources = %+v, want one dispute denied by John Orrin", ds)
	}
}

// TestLowestFirst checks the order of the claims of a count shown as a
// possible update: lowest figure first, and text order when a figure
// cannot be read.
func TestLowestFirst(t *testing.T) {
	tests := []struct {
		name  string
		d     chorus.Dispute
		first string
	}{
		{"higher figure told first", claims("Number of dead"+undatedDiffer,
			"At least 22 people were killed in the Tessaly landslide.",
			"The Tessaly landslide killed at least 14 people."), "The Tessaly landslide killed at least 14 people."},
		{"already lowest first", claims("Number of dead"+undatedDiffer,
			"Nine died in the Orla fire.", "The Orla fire killed 12 people."), "Nine died in the Orla fire."},
		{"a dated dispute keeps its order", claims("Number of dead: the sources differ",
			"At least 22 people were killed in the Tessaly landslide.",
			"The Tessaly landslide killed at least 14 people."), "At least 22 people were killed in the Tessaly landslide."},
		{"a figure not read", claims("Number of dead"+undatedDiffer,
			"At least 22 people were killed in the Tessaly landslide.",
			"The landslide's toll is not known."), "At least 22 people were killed in the Tessaly landslide."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.d
			lowestFirst(&d)
			if d.Claims[0].Text != tt.first {
				t.Errorf("first claim %q, want %q", d.Claims[0].Text, tt.first)
			}
		})
	}
}

// TestFromClaimant checks the words after "from" that name who makes a
// claim ("assertions from Velmora that"), not when it was made.
func TestFromClaimant(t *testing.T) {
	for _, c := range []struct {
		words string
		want  bool
	}{
		{"velmora", true},
		{"the defence ministry", true},
		{"last week", false},
		{"earlier", false},
		{"monday", false},
		{"him", false},
		{"", false},
	} {
		if got := fromClaimant(strings.Fields(c.words)); got != c.want {
			t.Errorf("fromClaimant(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

// TestRumourDenied checks that "dismissed the rumours" answers the
// sentence just before it in its source that tells the rumour.
func TestRumourDenied(t *testing.T) {
	docs := []voices.Doc{{Source: 1, Sentences: []string{
		"Rumours of a merger between Brackair and Orla Air persisted through the summer.",
		"Brackair flies twelve routes from Orla.",
		"Brackair officials dismissed the rumours of a merger on Monday.",
	}}}
	for _, d := range candidates(docs, nil) {
		if strings.HasPrefix(d.Topic, "Denied") && strings.HasPrefix(d.Claims[0].Text, "Rumours of a merger") {
			return
		}
	}
	t.Errorf("no denial of the rumours among %v", candidates(docs, nil))
}
