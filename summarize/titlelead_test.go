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
		{"verb after to", []string{"the council hopes to appoint ferry board chairman hana osei by spring."},
			"appoint ferry board chairman", "ferry board chairman"},
		{"a headline's subject and verb", []string{"tarnwick league bans harbour rovers owner hana osei over unpaid fees."},
			"league bans harbour rovers owner", "harbour rovers owner"},
		{"a force's title stays", []string{"armed forces chief hana osei told cadets the drills would resume."},
			"armed forces chief", "armed forces chief"},
		{"a headline's word before a state's title", []string{"a bad week for congress vermont sen. hana osei, who quit the ferry panel."},
			"congress vermont sen.", "vermont sen."},
		{"a party before a state's title stays", []string{"republican vermont sen. hana osei quit the ferry panel."},
			"republican vermont sen.", "republican vermont sen."},
		{"verb the name is the object of", []string{"the new charter would allow president hana osei to double harbour fees."},
			"allow president", "president"},
		{"dateline opening the article", []string{"Singapore president-elect hana osei promised cheaper ferry tickets."},
			"singapore president-elect", "president-elect"},
		{"a local title after a place stays", []string{"Singapore nurse hana osei walked home from the clinic."},
			"singapore nurse", "singapore nurse"},
		{"a place and a name written together stay", []string{"Singapore rovers player hana osei was hurt.", "the singapore rovers lost."},
			"singapore rovers player", "singapore rovers player"},
		{"noun a determiner opened", []string{"a waiter cleared away the meal army veteran hana osei had ordered."},
			"meal army veteran", "army veteran"},
		{"nouns after a possessive", []string{"after the ferryman's guilty plea president hana osei spoke to the harbour crowd."},
			"guilty plea president", "president"},
		{"an adjective after a determiner stays", []string{"an aide to the provincial governor hana osei replied."},
			"provincial governor", "provincial governor"},
		{"caption run into the text", []string{"file photo shows actor hana osei waving from a tarnwick ferry."},
			"file photo shows actor", "actor"},
		{"byline opening the sentence", []string{"By ada brennick president hana osei said on monday the ferry would run."},
			"ada brennick president", "president"},
		{"by in the sentence stays", []string{"letters by new tarnwick chef hana osei and his lawyer reached the board."},
			"new tarnwick chef", "new tarnwick chef"},
		{"the person's own name", []string{"reporter: hana osei ferry reporter hana osei found the leak."},
			"hana osei ferry reporter", "ferry reporter"},
		{"agency of a credit", []string{"source: associated press ferry host hana osei mocked the harbour board again."},
			"press ferry host", "ferry host"},
		{"a country left alone", []string{"the hard part of the campaign is to sell us hana osei."},
			"sell us", ""},
		{"a modifier left alone", []string{"storms lashed his home city hana osei drove back to help."},
			"home city", ""},
		{"cased text as it is", []string{"The board plans to Appoint Ferry Board Chairman Hana Osei."},
			"appoint ferry board chairman", "appoint ferry board chairman"},
		{"not written before the name", []string{"hana osei spoke."}, "ferry chief", "ferry chief"},
		{"noun after of", []string{"over a cup of coffee ferry board chair hana osei sketched the plan."},
			"coffee ferry board chair", "ferry board chair"},
		{"an adjective after of stays", []string{"the reach of special counsel hana osei's harbour inquiry."},
			"special counsel", "special counsel"},
		{"running mate", []string{"on a ferry tour with running mate sen. hana osei last week."},
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
	sents := []string{"the council hopes to appoint ferry board chairman hana osei by spring."}
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
