package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// roleCluster returns a cluster of one document with the sentences src.
func roleCluster(src ...string) *cluster {
	c := &cluster{docs: []document{{}}}
	for i, s := range src {
		c.cands = append(c.cands, candidate{text: s, pos: i})
		c.docs[0].cands = append(c.docs[0].cands, i)
	}
	return c
}

func TestAddRoles(t *testing.T) {
	src := []string{
		"The ferry sank near the harbour on Monday.",
		"Maria Osei, the port director, said the pier was closed.",
		"Harbour police chief Thomas Hallen said two crew were missing.",
		"Ivan Brandt, his lawyer, said he would appeal.",
		"Anna Roe, the former mayor, and Ivan Brandt watched from the quay.",
		"Ogun Talvar, the coast guard commander, ordered a search.",
		"Paul Hallen, a deckhand, was among the missing.",
		"Inside Brenmoor, the shipping line, announced cuts.",
		"Lena Dorsk, the mayor of Tarnwick, said the town would help.",
	}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"apposition at first mention",
			[]string{"Maria Osei said the pier would reopen."},
			[]string{"Maria Osei, the port director, said the pier would reopen."}},
		{"apposition closing the sentence",
			[]string{"The pier was closed, said Maria Osei."},
			[]string{"The pier was closed, said Maria Osei, the port director."}},
		{"title before the name, opening the sentence",
			[]string{"Thomas Hallen said two crew were missing."},
			[]string{"Harbour police chief Thomas Hallen said two crew were missing."}},
		{"lower-cased summary text",
			[]string{"Thomas hallen said two crew were missing."},
			[]string{"Harbour police chief thomas hallen said two crew were missing."}},
		{"a role already given",
			[]string{"The director, Maria Osei, said the pier would reopen."},
			[]string{"The director, Maria Osei, said the pier would reopen."}},
		{"a describing word before the name",
			[]string{"Pilot Maria Osei said the pier would reopen."},
			[]string{"Pilot Maria Osei said the pier would reopen."}},
		{"an apposition already after the name",
			[]string{"Maria Osei, 52, said the pier would reopen."},
			[]string{"Maria Osei, 52, said the pier would reopen."}},
		{"a kin role is left out",
			[]string{"Ivan Brandt said he would appeal."},
			[]string{"Ivan Brandt said he would appeal."}},
		{"in a list of names",
			[]string{"Anna Roe and Maria Osei watched."},
			[]string{"Anna Roe and Maria Osei watched."}},
		{"inside a quote",
			[]string{`"Ask Maria Osei about it," a sailor said.`},
			[]string{`"Ask Maria Osei about it," a sailor said.`}},
		{"met before by surname",
			[]string{"Osei spoke first.", "Maria Osei said the pier would reopen."},
			[]string{"Osei spoke first.", "Maria Osei said the pier would reopen."}},
		{"a second full mention is cut to the surname",
			[]string{"Maria Osei, the port director, spoke first.", "But Maria Osei said the pier would reopen."},
			[]string{"Maria Osei, the port director, spoke first.", "But Osei said the pier would reopen."}},
		{"a second full mention opening the sentence",
			[]string{"The port director, Maria Osei, spoke.", "Maria Osei said the pier would reopen."},
			[]string{"The port director, Maria Osei, spoke.", "Osei said the pier would reopen."}},
		{"a second full mention in a list stays",
			[]string{"The port director, Maria Osei, spoke.", "Anna Roe and Maria Osei watched."},
			[]string{"The port director, Maria Osei, spoke.", "Anna Roe and Maria Osei watched."}},
		{"a verb in the past after the name",
			[]string{"Thomas Hallen ordered a search."},
			[]string{"Harbour police chief Thomas Hallen ordered a search."}},
		{"a second full mention before a verb in the past",
			[]string{"Maria Osei, the port director, spoke first.", "But Maria Osei closed the pier."},
			[]string{"Maria Osei, the port director, spoke first.", "But Osei closed the pier."}},
		{"a word after the name that may go on with it",
			[]string{"Maria Osei ferry tickets sold out."},
			[]string{"Maria Osei ferry tickets sold out."}},
		{"a common word before a capitalised word and a verb in the past",
			[]string{"Inside Brenmoor announced cuts."},
			[]string{"Inside Brenmoor announced cuts."}},
		{"a capitalised name outside the given-name list",
			[]string{"Ogun Talvar said a search was ordered."},
			[]string{"Ogun Talvar, the coast guard commander, said a search was ordered."}},
		{"no cut of a name outside the given-name list",
			[]string{"The coast guard commander, Ogun Talvar, spoke.", "But Ogun Talvar said the search would go on."},
			[]string{"The coast guard commander, Ogun Talvar, spoke.", "But Ogun Talvar said the search would go on."}},
		{"no cut when the summary holds another person of the surname",
			[]string{"The police chief, Thomas Hallen, spoke.", "Paul was missing.", "But Thomas Hallen said the search would go on."},
			[]string{"The police chief, Thomas Hallen, spoke.", "Paul was missing.", "But Thomas Hallen said the search would go on."}},
		{"a possessive ends the name: the title goes before it",
			[]string{"Thomas Hallen's statement came late."},
			[]string{"Harbour police chief Thomas Hallen's statement came late."}},
		{"an apposition before a possessive, without its article",
			[]string{"The pier reopened after Maria Osei's order."},
			[]string{"The pier reopened after port director Maria Osei's order."}},
		{"an apposition with a stopword stays out of a possessive",
			[]string{"The pier reopened after Lena Dorsk's order."},
			[]string{"The pier reopened after Lena Dorsk's order."}},
		{"an apposition before a possessive opening the sentence",
			[]string{"Ogun Talvar's order came late."},
			[]string{"Coast guard commander Ogun Talvar's order came late."}},
		{"a later possessive full mention stays in full",
			[]string{"Maria Osei, the port director, spoke first.", "Then Maria Osei's order came."},
			[]string{"Maria Osei, the port director, spoke first.", "Then Maria Osei's order came."}},
		{"a possessive first mention, a later one cut to the surname",
			[]string{"Maria Osei's order came.", "Then Maria Osei spoke."},
			[]string{"Port director Maria Osei's order came.", "Then Osei spoke."}},
		{"another given name with the surname stays",
			[]string{"The port director, Maria Osei, spoke.", "Later Anna Osei said the pier would reopen."},
			[]string{"The port director, Maria Osei, spoke.", "Later Anna Osei said the pier would reopen."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := roleCluster(src...)
			checkRewrite(t, tt.in, tt.want, c.addRoles)
		})
	}
}

func TestBareTitle(t *testing.T) {
	for in, want := range map[string]string{
		"the port director":        "port director",
		"a former deckhand":        "former deckhand",
		"the mayor of Tarnwick":    "",
		"a deckhand, 24":           "",
		"Tarnwick's harbourmaster": "",
	} {
		if got := bareTitle(in); got != want {
			t.Errorf("bareTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUsableRole(t *testing.T) {
	for _, tt := range []struct {
		role  string
		title bool
		want  bool
	}{
		{"the port director", false, true},
		{"police chief", true, true},
		{"his lawyer", false, false},
		{"former", true, false},
		{"son", true, false},
		{"support centrist presidential candidate", true, true},
		{"a well-known support centrist presidential candidate", true, false},
		{"a professor of geology at the state university of the north", false, false},
	} {
		if got := usableRole(tt.role, tt.title); got != tt.want {
			t.Errorf("usableRole(%q, %v) = %v, want %v", tt.role, tt.title, got, tt.want)
		}
	}
}

// checkRewrite builds a summary of the sentences in, applies rewrite (a
// reader-summary rule that edits sentences in place) and checks that the
// sentences read want and that Summary.Words still counts their words.
func checkRewrite(t *testing.T, in, want []string, rewrite func(*chorus.Summary)) {
	t.Helper()
	sum := chorus.Summary{}
	for _, s := range in {
		sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
		sum.Words += countWords(s)
	}
	rewrite(&sum)
	words := 0
	for i, s := range sum.Sentences {
		words += countWords(s.Text)
		if s.Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i+1, s.Text, want[i])
		}
	}
	if sum.Words != words {
		t.Errorf("Words = %d, want %d", sum.Words, words)
	}
}

// TestAddRank: a person named in full with no role the sources give in
// apposition takes the abbreviated title of rank or office the sources
// write before the name ("cpl. maria velde"), capitalised as the name is;
// not when a source writes it after "former", nor when the sentence
// spells the title out.
func TestAddRank(t *testing.T) {
	c := roleCluster(
		"A harbour patrol led by cpl. maria velde found the wreck on monday.",
		"Cpl. maria velde said the crew was safe.",
		"Former velmora gov. paul brenn visited the harbour.",
		"Gov. anna lisk spoke at the harbour.",
	)
	tests := []struct {
		name     string
		in, want string
	}{
		{"capitalised name", "Maria Velde said the crew was safe.", "Cpl. Maria Velde said the crew was safe."},
		{"lower-cased name", "The crew was met by maria velde.", "The crew was met by cpl. maria velde."},
		{"a former title", "Paul Brenn visited the harbour.", "Paul Brenn visited the harbour."},
		{"spelled out", "Anna Lisk spoke as governor of the province.", "Anna Lisk spoke as governor of the province."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRewrite(t, []string{tt.in}, []string{tt.want}, c.addRoles)
		})
	}
}

func TestAddRolesLowerCasedCut(t *testing.T) {
	src := []string{
		"the ferry sank near the harbour on monday.",
		"singer taylor swift, a pop star, said she was safe.",
		"ahmad al-faqi, the captain, said the crew were safe.",
		"maria velmora, the port director, said the pier was closed.",
	}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"a surname cased text writes lower-case stays whole",
			[]string{"taylor swift, a pop star, spoke.", "but taylor swift released a song."},
			[]string{"taylor swift, a pop star, spoke.", "but taylor swift released a song."}},
		{"a hyphened surname stays whole",
			[]string{"ahmad al-faqi, the captain, spoke.", "ahmad al-faqi said the crew were safe."},
			[]string{"ahmad al-faqi, the captain, spoke.", "ahmad al-faqi said the crew were safe."}},
		{"a surname cased text writes capitalised is cut",
			[]string{"maria velmora, the port director, spoke.", "but maria velmora closed the pier."},
			[]string{"maria velmora, the port director, spoke.", "but velmora closed the pier."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := roleCluster(src...)
			checkRewrite(t, tt.in, tt.want, c.addRoles)
		})
	}
}
