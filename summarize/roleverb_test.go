package summarize

import (
	"strings"
	"testing"
)

func TestRoleBeforeVerb(t *testing.T) {
	for _, tt := range []struct {
		name      string
		sents     []string
		want      string
		wantTitle bool
	}{
		{"a title before a name and a verb in the past",
			[]string{"ferry spokesman hana osei declined comment on thursday."},
			"ferry spokesman", true},
		{"a title before a name and a verb of saying",
			[]string{"with the vote close, host hana osei read the last question."},
			"host", true},
		{"an apposition RoleOf reads is kept",
			[]string{"hana osei, the port director, said the pier was shut."},
			"the port director", false},
		{"a name going on is no verb",
			[]string{"ferry board chairman hana osei foundation gave a grant."},
			"", false},
		{"the clause's time is no part of the title",
			[]string{"at noon president hana osei signed the bill."},
			"president", true},
		{"a title opening its sentence loses the sentence's capital",
			[]string{"First-grade teacher hana osei lost her job."},
			"first-grade teacher", true},
		{"no title",
			[]string{"hana osei declined comment."},
			"", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, title := roleBeforeVerb(tt.sents, "Hana Osei")
			if got != tt.want || title != tt.wantTitle {
				t.Errorf("roleBeforeVerb = %q, %v, want %q, %v", got, title, tt.want, tt.wantTitle)
			}
		})
	}
}

func TestCommaAtNameVerb(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"host hana osei read it.", "host hana osei, read it."},
		{"host hana osei says so.", "host hana osei, says so."},
		{"host hana osei, who read it.", "host hana osei, who read it."},
		{"the hana osei fund paid.", "the hana osei fund paid."},
		{"host Hana Osei Read it.", "host Hana Osei Read it."},
	} {
		if got := commaAtNameVerb(tt.s, "Hana Osei"); got != tt.want {
			t.Errorf("commaAtNameVerb(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestWrittenSuffix(t *testing.T) {
	for _, tt := range []struct {
		name  string
		sents []string
		title string
		want  string
	}{
		{"another sentence writes the title's end alone",
			[]string{"on income inequality sen. hana osei says.", "a bill by sen. hana osei passed."},
			"inequality sen.", "sen."},
		{"the same title everywhere",
			[]string{"ferry spokesman hana osei declined.", "the ferry spokesman hana osei, 40, left."},
			"ferry spokesman", "ferry spokesman"},
		{"no other mention",
			[]string{"ferry spokesman hana osei declined."},
			"ferry spokesman", "ferry spokesman"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := strings.Fields(tt.title)
			if got := strings.Join(f[writtenSuffix(tt.sents, f, "Hana Osei"):], " "); got != tt.want {
				t.Errorf("writtenSuffix gives %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRoleBeforeVerbRank(t *testing.T) {
	if got, _ := roleBeforeVerb([]string{"former velmora gov. hana osei visited the harbour."}, "Hana Osei"); got != "" {
		t.Errorf("roleBeforeVerb = %q, want an abbreviated rank left to rankOf", got)
	}
}
