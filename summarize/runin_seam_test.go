package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
)

func TestCaptionSeamStory(t *testing.T) {
	tests := []cutCase{
		{"a caption and a credit's story", "Ilse varga, tarnwick's harbour master the state-run harbour agency said the pier will close.",
			"The state-run harbour agency said the pier will close."},
		{"a label and a headline", "Ferry vote council asks varga about third pier contract the harbour master denied the newest claim.",
			"The harbour master denied the newest claim."},
		{"a headline in the present and a pronoun", "Varga stuns they said she'd never win.", "They said she'd never win."},
		{"a verbless label", "Pier gull egg the usual answer is the egg, since it is the only food.",
			"The usual answer is the egg, since it is the only food."},
		{"a verb's object", "Varga owns the harbour cafe where the crews eat lunch on mondays.", ""},
		{"a plural subject and its verb", "Harbour crews carry the nets ashore after the boats dock at night.", ""},
		{"a verb taking a clause", "Police suspect the ferry pilot fled before the crash at the pier.", ""},
		{"a present verb and a pronoun object clause", "Varga admits she was wrong about the pier.", ""},
		{"a fronted time", "Late tuesday the harbour board voted to close the pier for good.", ""},
		{"a preposition before it", "The crews inside the ferry waited for hours before the rescue.", ""},
		{"an article before the seam", "The harbour report the board released was late again this year.", ""},
		{"a name and its role", "Anna varga the harbour master was released from hospital on monday.", ""},
		{"an age in the caption", "Oren maddox, 44, tarnwick the pilot founded a ferry school for the poorest crews.", ""},
		{"an infinitive", "Crews plan to close the pier was rejected by the harbour board.", ""},
		{"a reduced relative", "One reason they cited was the cost of the new harbour pier.", ""},
		{"no finite verb after the seam", "Harbour webcam gulls the pier at dawn on a cold day in tarnwick.", ""},
	}
	checkCuts(t, "captionSeamStory", captionSeamStory, tests)
}

func TestCutCaptionSeams(t *testing.T) {
	sum := chorus.Summary{Sentences: []chorus.Sentence{
		{Text: "Ferry vote council asks varga about third pier contract the harbour master denied the newest claim."},
		{Text: "Ferry vote council asks varga about third pier contract the harbour master denied the newest claim."},
		{Text: "Harbour webcam, tarnwick pier the ferry board said on monday it will close the pier."},
	}}
	cutCaptionSeams(&sum, true)
	want := []string{
		"Ferry vote council asks varga about third pier contract the harbour master denied the newest claim.",
		"The harbour master denied the newest claim.",
		"The ferry board said on monday it will close the pier.",
	}
	for i, w := range want {
		if got := sum.Sentences[i].Text; got != w {
			t.Errorf("sentence %d = %q; want %q", i, got, w)
		}
	}
}

func TestCaptionSeamStoryGuards(t *testing.T) {
	tests := []cutCase{
		{"a title in single marks", "'Harbour the brave' star ana roe is using her prize money to fund a ferry school.", ""},
		{"an interjection", "Well, at least they have a ferry, varga said on monday.", ""},
		{"a fronted preposition", "Chief among the harbour's troubles are the tides and the gulls.", ""},
		{"a name's epithet", "Six months after cecil the heron was stolen, the harbour board changed its rules.", ""},
		{"a drop cap", "B y the time police arrived, the pier was empty.", ""},
		{"a participle", "Tarnwick police investigate the discovery of old nets found near the pier on monday.", ""},
		{"a name's -ing word", "Oren maddox from harbour group rescue the drowning on friday recorded a video.", ""},
	}
	checkCuts(t, "captionSeamStory", captionSeamStory, tests)
}

func TestCutLeadCaptionSeam(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a label before a named body", "Page content the Tarnwick Harbour Board announced Friday the end of its review of the ferry crash.",
			"The Tarnwick Harbour Board announced Friday the end of its review of the ferry crash."},
		{"a name the story repeats", "Mayor Varga the Varga administration announced Wednesday it would close the pier.",
			"The Varga administration announced Wednesday it would close the pier."},
		{"a name the story does not repeat", "Anna Varga drops out of harbour race the Tarnwick mayor had given little sign she would quit.",
			"Anna Varga drops out of harbour race the Tarnwick mayor had given little sign she would quit."},
		{"a story that points back", "Harbour webcam the pilot said the ferry will stop.", "Harbour webcam the pilot said the ferry will stop."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := chorus.Summary{Sentences: []chorus.Sentence{{Text: tt.in}}}
			cutLeadCaptionSeam(&sum, true)
			if got := sum.Sentences[0].Text; got != tt.want {
				t.Errorf("cutLeadCaptionSeam(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}
