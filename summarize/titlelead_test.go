package summarize

import (
	"strings"
	"testing"
)

func TestTitleLead(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		role  string
		want  string
	}{
		{"verb after to", []string{"the board plans to appoint ferry board chairman hana osei to the post."},
			"appoint ferry board chairman", "ferry board chairman"},
		{"a headline's subject and verb", []string{"league bans harbour rovers owner hana osei for life."},
			"league bans harbour rovers owner", "harbour rovers owner"},
		{"a force's title stays", []string{"armed forces chief hana osei said on monday the talks would go on."},
			"armed forces chief", "armed forces chief"},
		{"a headline's word before a state's title", []string{"shame on congress vermont sen. hana osei resigned on monday."},
			"congress vermont sen.", "vermont sen."},
		{"a party before a state's title stays", []string{"republican vermont sen. hana osei resigned on monday."},
			"republican vermont sen.", "republican vermont sen."},
		{"verb the name is the object of", []string{"it would essentially allow president hana osei to raise fares."},
			"allow president", "president"},
		{"dateline opening the article", []string{"Singapore president-elect hana osei said on monday the talks would go on."},
			"singapore president-elect", "president-elect"},
		{"a local title after a place stays", []string{"Singapore nurse hana osei said on monday she felt well."},
			"singapore nurse", "singapore nurse"},
		{"a place and a name written together stay", []string{"Singapore rovers player hana osei was hurt.", "the singapore rovers lost."},
			"singapore rovers player", "singapore rovers player"},
		{"noun a determiner opened", []string{"a manager took the meal army veteran hana osei received."},
			"meal army veteran", "army veteran"},
		{"nouns after a possessive", []string{"trump responds to the board's guilty plea president hana osei told reporters."},
			"guilty plea president", "president"},
		{"an adjective after a determiner stays", []string{"a spokesman for the provincial governor hana osei said."},
			"provincial governor", "provincial governor"},
		{"caption run into the text", []string{"file photo shows actor hana osei at the premiere in tarnwick."},
			"file photo shows actor", "actor"},
		{"byline opening the sentence", []string{"By ada brennick president hana osei said on monday the ferry would run."},
			"ada brennick president", "president"},
		{"by in the sentence stays", []string{"statements by new tarnwick chef hana osei and his counsel follow."},
			"new tarnwick chef", "new tarnwick chef"},
		{"the person's own name", []string{"reporter: hana osei ferry reporter hana osei found the leak."},
			"hana osei ferry reporter", "ferry reporter"},
		{"agency of a credit", []string{"source: associated press ferry host hana osei has trolled the board."},
			"press ferry host", "ferry host"},
		{"a country left alone", []string{"the test for the job is to sell us hana osei."},
			"sell us", ""},
		{"a modifier left alone", []string{"blasts rocked his home city hana osei rushed to help."},
			"home city", ""},
		{"cased text as it is", []string{"The board plans to Appoint Ferry Board Chairman Hana Osei."},
			"appoint ferry board chairman", "appoint ferry board chairman"},
		{"not written before the name", []string{"hana osei spoke."}, "ferry chief", "ferry chief"},
		{"noun after of", []string{"over a cup of coffee ferry board chair hana osei spoke."},
			"coffee ferry board chair", "ferry board chair"},
		{"an adjective after of stays", []string{"the scope of special counsel hana osei's inquiry."},
			"special counsel", "special counsel"},
		{"running mate", []string{"in a joint interview with running mate sen. hana osei today."},
			"mate sen.", "sen."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := titleLead(tt.sents, "hana osei", tt.role); got != tt.want {
				t.Errorf("titleLead(%q) = %q, want %q", tt.role, got, tt.want)
			}
		})
	}
}

func TestUsableRoleOfTitleLead(t *testing.T) {
	sents := []string{"the board plans to appoint ferry board chairman hana osei to the post."}
	if r, title := usableRoleOf(sents, "hana osei"); r != "ferry board chairman" || !title {
		t.Errorf("usableRoleOf = %q, %v; want the title without the verb", r, title)
	}
	sents = []string{"U.s. Attorney hana osei convened the summit of ferry officials."}
	if r, _ := usableRoleOf(sents, "hana osei"); !strings.HasPrefix(r, "U.S. ") {
		t.Errorf("usableRoleOf = %q, want the initialism in capitals", r)
	}
}

func TestInitialisms(t *testing.T) {
	tests := map[string]string{
		"U.s. attorney":      "U.S. attorney",
		"U.k. envoy":         "U.K. envoy",
		"u.s. attorney":      "u.s. attorney",
		"U.S. attorney":      "U.S. attorney",
		"Us attorney":        "Us attorney",
		"ferry board chair.": "ferry board chair.",
	}
	for in, want := range tests {
		if got := initialisms(in); got != want {
			t.Errorf("initialisms(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpeningAcronym(t *testing.T) {
	tests := map[string]string{
		"cia director": "CIA director",
		"police chief": "police chief",
		"ferry host":   "ferry host",
		"CEO":          "CEO",
	}
	for in, want := range tests {
		if got := openingAcronym(in); got != want {
			t.Errorf("openingAcronym(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDescribedBracket(t *testing.T) {
	fields := strings.Fields("The premier and soon-to-be president (again) Hana Osei has won.")
	if !described(fields, 6) {
		t.Errorf("described(%q) = false, want true: a role before the bracketed aside", fields[6])
	}
	fields = strings.Fields("He said (again) Hana Osei would win.")
	if described(fields, 3) {
		t.Errorf("described(%q) = true, want false: a verb of saying before the aside", fields[3])
	}
}

func TestOrgHeaded(t *testing.T) {
	tests := map[string]bool{
		"westside estate agency":     true,
		"tarnwick police department": true,
		"tarnwick police chief":      false,
		"justice":                    false,
		"":                           false,
	}
	for in, want := range tests {
		if got := orgHeaded(in); got != want {
			t.Errorf("orgHeaded(%q) = %v, want %v", in, got, want)
		}
	}
}
