package summarize

import (
	"strings"
	"testing"
)

func TestCutLinkLabel(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"read here", "Read the full ruling here the judge ordered the harbour office to reopen the ferry ticket desk on monday.",
			"The judge ordered the harbour office to reopen the ferry ticket desk on monday."},
		{"view here", "View reward notice here the mayor of westvale today announced a $5,000 reward for news of the missing ferry.",
			"The mayor of westvale today announced a $5,000 reward for news of the missing ferry."},
		{"bare related", "Related the westvale council says the old ferry pier will be torn down next spring to make way for a park.",
			"The westvale council says the old ferry pier will be torn down next spring to make way for a park."},
		{"related news", "Related news opposition councillors are calling on the mayor to explain the ferry contract before the vote.",
			"Opposition councillors are calling on the mayor to explain the ferry contract before the vote."},
		{"list of links", "Related stories ferry sinks off the cape the westvale ferry that sank on monday had failed two safety checks.",
			"Related stories ferry sinks off the cape the westvale ferry that sank on monday had failed two safety checks."},
		{"here ends the sentence", "Read the full ruling here.", "Read the full ruling here."},
		{"no here", "Read the full ruling of the court on the westvale harbour office and its ferry ticket desk.",
			"Read the full ruling of the court on the westvale harbour office and its ferry ticket desk."},
		{"capital after here", "See the map here The pier runs for two miles along the westvale shore and out to the lighthouse.",
			"See the map here The pier runs for two miles along the westvale shore and out to the lighthouse."},
		{"short rest", "Read it here the pier closed.", "Read it here the pier closed."},
		{"story's own sentence", "Readers here have asked the westvale gazette why the ferry stopped running last winter.",
			"Readers here have asked the westvale gazette why the ferry stopped running last winter."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutLinkLabel(tt.in); got != tt.want {
				t.Errorf("cutLinkLabel(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutWidgetOpener(t *testing.T) {
	tests := []struct {
		name  string
		first bool
		in    string
		want  string
	}{
		{"video close button", true, "Close the mayor of westvale talks about the last crossing of the old ferry on monday.", ""},
		{"close to", true, "Close to 300 people lined the westvale pier on monday to watch the old ferry make its last crossing.",
			"Close to 300 people lined the westvale pier on monday to watch the old ferry make its last crossing."},
		{"close friends", true, "Close friends of the mayor of westvale say she will not stand again when her term ends next spring.",
			"Close friends of the mayor of westvale say she will not stand again when her term ends next spring."},
		{"close not first", false, "Close the mayor of westvale talks about the last crossing of the old ferry on monday.",
			"Close the mayor of westvale talks about the last crossing of the old ferry on monday."},
		{"uploader", true, "Uploaded by ferryfan99 on the old westvale ferry makes its last crossing of the bay before it is broken up for scrap.",
			"The old westvale ferry makes its last crossing of the bay before it is broken up for scrap."},
		{"related stories label", false, "Ferry line fined over late crossings related stories a westvale ferry line has been fined $2m for running late on most of its crossings.",
			"A westvale ferry line has been fined $2m for running late on most of its crossings."},
		{"related stories list", false, "Related stories: ferry line fined over late crossings westvale pier to close in spring ferry captain retires",
			"Related stories: ferry line fined over late crossings westvale pier to close in spring ferry captain retires"},
		{"colon after label", false, "The council is angry related stories: ferry line fined over late crossings westvale pier to close in spring",
			"The council is angry related stories: ferry line fined over late crossings westvale pier to close in spring"},
		{"prose", false, "The gazette ran two related stories on the ferry line's late crossings and the fines it paid last year.",
			"The gazette ran two related stories on the ferry line's late crossings and the fines it paid last year."},
		{"short rest", false, "Ferry line fined related stories the line paid.", "Ferry line fined related stories the line paid."},
		{"empty", true, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutWidgetOpener(tt.in, tt.first); got != tt.want {
				t.Errorf("cutWidgetOpener(%q, %v)\n got %q\nwant %q", tt.in, tt.first, got, tt.want)
			}
		})
	}
}

func TestCutShareBar(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"share bar", "Share share tweet link a westvale ferry has sunk in the harbour after striking the pier.",
			"A westvale ferry has sunk in the harbour after striking the pier."},
		{"email this", "Email this the mayor of westvale has resigned after the ferry contract row.",
			"The mayor of westvale has resigned after the ferry contract row."},
		{"counts", "Pin share 3 31 shares the westvale gazette has a new editor from monday.",
			"The westvale gazette has a new editor from monday."},
		{"plus read article", "+ read article the westvale pier will close for repairs next spring.",
			"The westvale pier will close for repairs next spring."},
		{"lone share", "Share prices in westvale ferries fell by a third on monday.",
			"Share prices in westvale ferries fell by a third on monday."},
		{"lone share before a name", "Share ana roe has been missing since monday, her family said.",
			"Share ana roe has been missing since monday, her family said."},
		{"capital after", "Share tweet The westvale pier will close for repairs next spring.",
			"Share tweet The westvale pier will close for repairs next spring."},
		{"short rest", "Share tweet link westvale pier.", "Share tweet link westvale pier."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutShareBar(tt.in); got != tt.want {
				t.Errorf("cutShareBar(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFirstASCIIField: the first field as strings.Fields reads it, or
// false where a byte from 0x80 up or a leading space leaves it unsure.
func TestFirstASCIIField(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Share this story", "Share", true},
		{"Tweet\tnow", "Tweet", true},
		{"Print", "Print", true},
		{"", "", false},
		{" Share", "", false},
		{"Shäre this", "", false},
		{"Share\u00a0this", "", false},
	} {
		got, ok := firstASCIIField(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("firstASCIIField(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
		if ok && got != strings.Fields(tc.in)[0] {
			t.Errorf("firstASCIIField(%q) = %q, strings.Fields reads %q", tc.in, got, strings.Fields(tc.in)[0])
		}
	}
}
