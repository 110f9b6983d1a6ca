package summarize

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestSentenceDefects(t *testing.T) {
	tests := []struct {
		name      string
		s         string
		dependent bool
		fragment  bool
	}{
		{"plain", "The council voted on Tuesday to ban cars from the old town.", false, false},
		{"the move", "The move will make Brellin the largest car-free city.", true, false},
		{"others", "Others were to be powered down for the worst of the storm.", true, false},
		{"also early", "The council also approved new bus lines.", true, false},
		{"again early", "She again said the council would add bus lines.", true, false},
		{"also late", "Residents of the old town said they would welcome fewer cars and also quieter streets.", false, false},
		{"pronoun attribution", "No safety problems were found on any of the planes, he said.", true, false},
		{"named attribution", "No safety problems were found on any of the planes, Smith said.", false, false},
		{"some were", "Some were as young as 10 years old.", true, false},
		{"some residents", "Some residents said a smaller tremor had shaken the town.", false, false},
		{"colon lead-in", "The ministry listed three reasons:", false, true},
		{"teaser cut at an ellipsis", "Two ferry owners were fined and first charged in...", false, true},
		{"ellipsis after a full clause", "The harbour board waited, and waited, and waited...", false, false},
		{"first person", "I could not believe how fast the water rose.", true, false},
		{"first person said", "I was never told about the leak, the mayor said.", false, false},
		{"first person beside a quote", `Browsing the harbour blogs, i found a note signed "a tired ferryman."`, true, false},
		{"first person only quoted", `"I was never told about the leak," the mayor told reporters.`, false, false},
		{"first person spaced quote", `The mayor told reporters " i was never told about the leak. "`, false, false},
		{"bullet list run in", "Ferry to resume * harbour reopens on monday * fares unchanged for now.", false, true},
		{"multiplication kept", "The grid is 3 by 4, so 3*4 cells were painted.", false, false},
		{"parenthesis tail", "When a meteor hits the ground it is called a meteorite.)", false, true},
		{"definite noun phrase", "The quake hit at 4:12 a.m. local time.", false, false},
		{"the plan of", "The plan of the council is to close the centre.", false, false},
		{"wire note", "(For use by New York Times News Service clients.)", false, true},
		{"quote tail", `5 to operate casinos."`, false, true},
		{"cut off", "The passenger, a Houston lawyer, is suing the airline for more than", false, true},
		{"headline kept for the model", "Storm hits the coast as thousands flee their homes", false, false},
		{"quote tail curly", "People just want to come and gawk at us,” says Parata, bristling with anger.", true, true},
		{"quote tail straight", `Thousands have been killed by guns," Mr Obama said.`, false, true},
		{"no one", "No one was injured, the fire service said.", false, false},
		{"a person says it", "A fire official said it appears to be the boiler that burst.", true, false},
		{"a person says that it", "The harbour spokeswoman said that it was too early to reopen.", true, false},
		{"an organisation says it", "The council said it would appeal the ruling.", false, false},
		{"a person says he", "A fire official said he expected the road to reopen on Friday.", false, false},
		{"bracketed teaser", "[Read: Tunisia sends most foreign fighters to Syria]", false, true},
		{"lower-cased text", "the storm hit the coast on monday, officials said", false, false},
		{"quote by surname only", `"We need donors today, not next week," Varga said.`, true, false},
		{"quote by full name", `"We need donors today, not next week," said Ilse Varga.`, false, false},
		{"that account", "The survey disputed that account, saying it recorded no tremor.", true, false},
		{"that day", "The survey recorded no tremor on that day.", false, false},
		{"spaced quotes", `The book " the lost symbol " broke records.`, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := sentenceFlags(tt.s)
			if got := f&flagDependent != 0; got != tt.dependent {
				t.Errorf("dependent = %v, want %v (flags %b)", got, tt.dependent, f)
			}
			if got := f&flagFragment != 0; got != tt.fragment {
				t.Errorf("fragment = %v, want %v (flags %b)", got, tt.fragment, f)
			}
		})
	}
}

// TestCaseFragments checks that lower-case openings and unpunctuated lines
// are fragments in a document that keeps its casing, and left alone in a
// lower-cased one.
func TestCaseFragments(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		want bool
	}{
		{"cased", "Ammar Askar published the exploit on Thursday.\n\nThe payload, named Rekt, holds 300 lists.\n\nrekt, contains 300 lists and more.\n\nMojang has not fixed the bug in Minecraft\n\nServers in Germany crashed within minutes.", true},
		{"lower-cased", "ammar askar published the exploit on thursday.\n\nthe payload holds 300 lists.\n\nrekt, contains 300 lists and more.\n\nmojang has not fixed the bug in minecraft for months\n\nservers crashed within minutes.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := &cluster{lead: -1}
			c.read([]chorus.Article{{ID: "a", Text: tt.text}})
			c.markCaseFragments()
			for _, cd := range c.cands {
				piece := strings.HasPrefix(cd.text, "rekt") || strings.HasPrefix(strings.ToLower(cd.text), "mojang")
				if got := cd.flags&flagFragment != 0; piece && got != tt.want {
					t.Errorf("%q: fragment = %v, want %v", cd.text, got, tt.want)
				}
			}
		})
	}
}

// TestSurnameOnly checks which quotes name their speaker by one word only.
func TestSurnameOnly(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{`"We are running low on blood," Varga said.`, true},
		{`"We are still searching street by street," Reyland told reporters outside the town hall.`, true},
		{`"The whole house moved like a boat," said Marta Lind, a 58-year-old baker.`, false},
		{`"It is in the tens of thousands," Mr Obama said.`, false},
		{`"This is the largest road investment in a generation," Osei told reporters in Kelden.`, true},
		{`"It is about time," said Piet Aaron, head of the hauliers' association.`, false},
		{`"We will rebuild," the mayor said.`, false},
		{`"We will rebuild," said Smith.`, true},
	} {
		if got := surnameOnly(tt.s); got != tt.want {
			t.Errorf("surnameOnly(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestQuoteTail(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{`The ferry will run again. "`, true},                      // a quote's last sentence, spaced mark
		{`The ferry will run again."`, true},                       // attached mark
		{`We are done now! ”`, true},                               // curly mark
		{`The ferry will run again, " Osei said.`, false},          // the speaker follows
		{`" The ferry will run again. "`, false},                   // a whole quote
		{`Osei said the ferry would run again.`, false},            // no quote
		{`She called it " a disgrace. "`, false},                   // the marks pair
		{`The ferry will run again, the minister added. "`, false}, // a verb of saying
	}
	for _, tt := range tests {
		if got := quoteTail(tt.s); got != tt.want {
			t.Errorf("quoteTail(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
