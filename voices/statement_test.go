package voices

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus/internal/lex"
)

// TestStandsAlone checks the statements Find leaves out because a reader
// cannot take them in under a speaker's name: fragments, statements that
// lean on an earlier sentence, quotes inside a sentence's grammar.
func TestStandsAlone(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  []string // statement texts Find shows, in order
	}{
		{"whole reported statement, its introduction under the heading", []string{"Ana Lind, the mayor, said the dam would hold."},
			[]string{"Lind said the dam would hold."}},
		{"two words say nothing alone", []string{`"Stay tuned," said Ana Lind, the mayor.`, `"The dam is sound," Lind said.`},
			[]string{"The dam is sound."}},
		{"disputed that account", []string{"Some said the dam leaked.", "The Vik Water Board disputed that account, saying it had found no leak.", `"The dam is sound," said Ana Lind, the mayor.`},
			[]string{"The dam is sound."}},
		{"denied the claims", []string{"Ana Lind denied the claims, calling them old news.", `"The dam is sound," Ana Lind said.`},
			[]string{"The dam is sound."}},
		{"said the claims tells what", []string{"Ana Lind said the claims would be heard in court next month."},
			[]string{"Ana Lind said the claims would be heard in court next month."}},
		{"told him not to", []string{"Judge Ana Lind told him not to leave the county."}, nil},
		{"said her staff is no address", []string{"Ana Lind said her staff had checked the dam twice."},
			[]string{"Ana Lind said her staff had checked the dam twice."}},
		{"ends on it", []string{"Ana Lind says she has found it."}, nil},
		{"said so", []string{"Ana Lind said so on Monday."}, nil},
		{"cut sentence", []string{"Ana Lind said the water reached the bridge at."}, nil},
		{"no stop", []string{"Ana Lind said the water reached the bridge and"}, nil},
		{"particle ends a sentence", []string{"Ana Lind said the roof fell in."}, []string{"Ana Lind said the roof fell in."}},
		{"quote opens with he", []string{`"He's up and eating," Ana Lind said.`}, nil},
		{"quote opens with and she", []string{`"And she was as strong as ever," Ana Lind said.`}, nil},
		{"quote opens with that was", []string{`"That was a mistake," Ana Lind said.`}, nil},
		{"quote opens with it is", []string{`"It's a court like no other," Ana Lind said.`}, nil},
		{"pronoun after an opening phrase", []string{`"All things considered, he's in good spirits," Ana Lind said.`}, nil},
		{"pronoun after a long clause", []string{`"When the water rose over the old stone bridge, we left," Ana Lind said.`},
			[]string{"When the water rose over the old stone bridge, we left."}},
		{"it looks like", []string{`"From the tape, it looks like the gate failed," Ana Lind said.`},
			[]string{"From the tape, it looks like the gate failed."}},
		{"empty it", []string{`"It is hard to say when the water will fall," Ana Lind said.`},
			[]string{"It is hard to say when the water will fall."}},
		{"this is the story", []string{`"This is the worst flood in a century," Ana Lind said.`},
			[]string{"This is the worst flood in a century."}},
		{"that plus noun", []string{`"That plan will save the town," Ana Lind said.`},
			[]string{"That plan will save the town."}},
		{"there is", []string{`"There's no money left for the dam," Ana Lind said.`},
			[]string{"There's no money left for the dam."}},
		{"partial quote", []string{`Ana Lind says many towns are "completely unaware of the risks posed by old dams and weirs."`},
			nil},
		{"quote inside a noun phrase", []string{`Ana Lind stated that the "dam is safe at all times and in all weather."`}, nil},
		{"frame inside marks", []string{`Ana Lind, the mayor, said the dam would hold.`, `"Ana Lind said as much in her Tuesday post," she wrote.`},
			[]string{"Lind said the dam would hold."}},
		{"quote after a caption", []string{`Old dams by the river "The dam is stronger than a steel wall.`, `It will hold," Ana Lind said.`},
			[]string{"The dam is stronger than a steel wall. It will hold."}},
		{"quote after the addressee", []string{`Ana Lind told the crowd "the dam will hold through the night."`},
			[]string{"The dam will hold through the night."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, v := range Find([]Doc{{Source: 1, Sentences: tt.sents}}) {
				for _, st := range v.Statements {
					got = append(got, st.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNames checks who is named and with what role.
func TestNames(t *testing.T) {
	tests := []struct {
		name     string
		sents    []string
		wantName []string
		wantRole []string
	}{
		{"group of a place is no name", []string{"Several residents of Harlow Creek told investigators the line had sparked."}, nil, nil},
		{"spokesman for a body is no name", []string{"A spokesman for Vik Water said the dam was sound."}, nil, nil},
		{"title elsewhere in the article", []string{"Governor Tomas Reyland declared an emergency.", `"We are searching," Reyland told reporters.`},
			[]string{"Tomas Reyland"}, []string{"governor"}},
		{"apposition elsewhere in the cluster", []string{"Ana Lind, professor of hydrology at Vik University, studied the dam.", `"The dam will hold," Lind said.`},
			[]string{"Ana Lind"}, []string{"professor of hydrology at Vik University"}},
		{"lower-case title, verb left out", []string{"police began investigating former county sheriff pat sullivan on monday .", `" i am the police , " sullivan told the man .`},
			[]string{"Pat Sullivan"}, []string{"former county sheriff"}},
		{"organisation of the body", []string{"The Red Crescent of the Vik Federation said it had sent tents."},
			[]string{"Red Crescent of the Vik Federation"}, []string{""}},
		{"lower-case organisation of the body", []string{"the red crescent of the vik federation said it had sent tents ."},
			[]string{"Red Crescent of the Vik Federation"}, []string{""}},
		{"cased title lower-cased as a role", []string{"San Bernardino Police Chief Jarrod Lee spoke on Monday.", `"He is awake and eating," Lee said.`, `"We are grateful to the nurses," Lee said.`},
			[]string{"Jarrod Lee"}, []string{"San Bernardino police chief"}},
		{"apposition closing a sentence", []string{"The scans came from Ana Lind, co-author of the study.", `"The scans differ," Lind said.`},
			[]string{"Ana Lind"}, []string{"co-author of the study"}},
		{"cut affiliation is no role", []string{`"Nothing is left of the old dam," said Ana Lind of the.`}, []string{"Ana Lind"}, []string{""}},
		{"affiliation after the name", []string{`"Nothing is left of the old dam," said Ana Lind of the Vik Water Board in Norda.`}, []string{"Ana Lind"}, []string{"of the Vik Water Board"}},
		{"lower-case description is no name", []string{"the tech giant said it would appeal the fine .", "an art dealer said the painting was a fake ."}, nil, nil},
		{"lower-case body after the", []string{"the norda coast guard said it had found the boat ."}, []string{"Norda Coast Guard"}, []string{""}},
		{"clause after a comma is no apposition", []string{"Crews found Ana Lind, just before noon the mayor's car stopped.", `"The dam will hold," Lind said.`}, []string{"Ana Lind"}, []string{""}},
		{"role cut at an abbreviation", []string{`"The dam will hold," said Ana Lind, the U.`}, []string{"Ana Lind"}, []string{""}},
		{"courtesy title at a role's end", []string{`" the wounds were fresh , " said vik police surgeon dr ana lind .`}, []string{"Ana Lind"}, []string{"vik police surgeon"}},
		{"title after of leads to the name", []string{`"Sales fell by a third," said Bank of Vik chief executive Ana Lind.`}, []string{"Ana Lind"}, []string{"Bank of Vik chief executive"}},
		{"apposition names no role", []string{"The jury gave his ex-wife, Ana Lind, a victory, on Monday.", `"I am grateful," Ana Lind said.`}, []string{"Ana Lind"}, []string{""}},
		{"courtesy title is no role", []string{`"The scans differ," said Dr. Ana Lind.`}, []string{"Ana Lind"}, []string{""}},
		{"apposition ends before who", []string{`"The dam will hold," said Ana Lind, a lobbyist for the water board who often worked with him.`},
			[]string{"Ana Lind"}, []string{"a lobbyist for the water board"}},
		{"job title is no name", []string{"The record sales were strong, said publisher Vik Books, a division of Norda."}, []string{"Vik Books"}, []string{"a division of Norda"}},
		{"lower-case body with its adjective after the", []string{`" the pier is closed until further notice , " the national ferry center said .`}, []string{"National Ferry Center"}, []string{""}},
		{"lower-case body of a field", []string{"The tarnwick bureau of investigation confirmed on friday that the fire was set ."}, []string{"Tarnwick Bureau of Investigation"}, []string{""}},
		{"passive is no speaker", []string{"The Predictive Power of the test was estimated by a curve analysis."}, nil, nil},
		{"mojibake is no name", []string{"The dam is safe, â said Corruptionâ Â."}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names, rs []string
			for _, v := range Find([]Doc{{Source: 1, Sentences: tt.sents}}) {
				names = append(names, v.Name)
				rs = append(rs, v.Role)
			}
			if !slices.Equal(names, tt.wantName) || !slices.Equal(rs, tt.wantRole) {
				t.Errorf("got names %q roles %q, want %q %q", names, rs, tt.wantName, tt.wantRole)
			}
		})
	}
}

// TestOneStatementTwoSpeakers checks that a quote sources credit to two
// speakers is one line under the speaker more of them credit, citing all.
func TestOneStatementTwoSpeakers(t *testing.T) {
	quote := `"We think the dam has already started to fail at its base,"`
	docs := []Doc{
		{Source: 1, Sentences: []string{quote + " said Ana Lind of the Vik Water Board in Norda."}},
		{Source: 2, Sentences: []string{quote + " said Ana Lind, an engineer."}},
		{Source: 3, Sentences: []string{quote + " said the Vik Water Board."}},
	}
	got := Find(docs)
	if len(got) != 1 || got[0].Name != "Ana Lind" || len(got[0].Statements) != 1 || !slices.Equal(got[0].Statements[0].Sources, []int{1, 2, 3}) {
		t.Errorf("got %+v, want one voice, Ana Lind, one statement citing 1, 2, 3", got)
	}
}

// TestShortQuoteIsNoCopy checks that a short quote sharing a few words
// with another speaker's long one is no copy of it.
func TestShortQuoteIsNoCopy(t *testing.T) {
	docs := []Doc{{Source: 1, Sentences: []string{
		`"We don't have the gavel now," said Ana Lind, the party leader.`,
		`"This decision shows they have no interest in getting the gavel back from Ana Lind in the first place," said Bo Berg, a spokesman for the rival party.`,
	}}}
	n := 0
	for _, v := range Find(docs) {
		n += len(v.Statements)
	}
	if n != 2 {
		t.Errorf("got %d statements, want 2: %+v", n, Find(docs))
	}
}

// TestShows checks when a summary sentence shows a statement (FindBeside).
func TestShows(t *testing.T) {
	tests := []struct {
		name, sent, stmt string
		want             bool
	}{
		{"same sentence", "The mayor said the bridge would reopen in May.", "The mayor said the bridge would reopen in May.", true},
		{"quote inside the sentence", `"Every crew is on its way," the governor told reporters in Vale.`, "Every crew is on its way.", true},
		{"same words reordered", "The bridge will reopen in May, the mayor said.", "The mayor said the bridge would reopen in May.", true},
		{"statement says more", "The bridge will reopen in May.", "The bridge will reopen in May, but the tolls will double and the night buses will stop.", false},
		{"other fact", "The bridge will reopen in May.", "Tolls will double when the crossing opens again.", false},
		{"one word statement", "Nobody was hurt.", "Nobody.", false},
	}
	var words lex.Words
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sent := lex.ContentTerms(nil, &words, tt.sent)
			st := lex.ContentTerms(nil, &words, tt.stmt)
			if got := shows(sent, st); got != tt.want {
				t.Errorf("shows(%q, %q) = %v, want %v", tt.sent, tt.stmt, got, tt.want)
			}
		})
	}
}

// TestStandAlone checks how a statement reads under its speaker's name:
// the pronoun that credits reported speech becomes the speaker's surname,
// a pronoun or possessive that is someone else's leaves the statement out,
// and the speaker's own "I" or "we" stays.
func TestStandAlone(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  []string // the statements of the only speaker shown
	}{
		{"she said becomes the surname", []string{"Ana Lind, the harbour master, said the pier was closed.", "She said the cranes would be moved by June."},
			[]string{"Lind said the pier was closed.", "Lind said the cranes would be moved by June."}},
		{"he added with a suffix", []string{"Rui Bento Jr. said the pier was closed.", "He added that two boats were lost."},
			[]string{"Rui Bento Jr. said the pier was closed.", "Bento added that two boats were lost."}},
		{"pronoun of someone else", []string{"He is now resting at home, said Ana Lind."}, nil},
		{"it of something else", []string{"It was washed out to sea, said Ana Lind."}, nil},
		{"empty it stands alone", []string{"It is unclear whether the pier will reopen, said Ana Lind."},
			[]string{"It is unclear whether the pier will reopen, said Ana Lind."}},
		{"possessive opens a quote", []string{`"His boat was the last one in," said Ana Lind.`}, nil},
		{"form of address", []string{`"Their Royal Highnesses thank the crews for their work," said Ana Lind.`},
			[]string{"Their Royal Highnesses thank the crews for their work."}},
		{"the speaker's own we", []string{`"We lost two boats in the storm," said Ana Lind.`}, []string{"We lost two boats in the storm."}},
		{"she for a man's name", []string{"Carlos Lind said the pier was closed.", "She said the cranes would be moved by June."},
			[]string{"Carlos Lind said the pier was closed."}},
		{"after a connective", []string{"Ana Lind said the pier was closed.", "But she said the cranes would be moved by June."},
			[]string{"Ana Lind said the pier was closed.", "But Lind said the cranes would be moved by June."}},
		{"someone else's after a connective", []string{"But he died before the boat came in, said Ana Lind."}, nil},
		{"this of a sentence before", []string{"This occurred twice at the pier, said Ana Lind."}, nil},
		{"this of the week", []string{"This week the pier reopened for ferries, said Ana Lind."},
			[]string{"This week the pier reopened for ferries, said Ana Lind."}},
		{"nothing said", []string{"Ana Lind said the pier was closed.", "She said yes."}, []string{"Ana Lind said the pier was closed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, v := range Find([]Doc{{Source: 1, Sentences: tt.sents}}) {
				for _, st := range v.Statements {
					got = append(got, st.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPossessed checks the names that end in a possessive run into the
// next word, whose speaker is someone else.
func TestPossessed(t *testing.T) {
	for name, want := range map[string]bool{
		"Tomas Harris'relatives": true, "Ana Owens’solicitor": true, "Ana O'reilly": false,
		"Tomas Harris": false, "Ana Lind's": false, "Ana Harris'": false,
	} {
		if got := possessed(name); got != want {
			t.Errorf("possessed(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestOrgOf checks how an organisation's name split into a name and a
// role is mended, and that other roles stay.
func TestOrgOf(t *testing.T) {
	tests := []struct{ name, role, wantName, wantRole string }{
		{"Vik Bureau", "of investigation", "Vik Bureau of Investigation", ""},
		{"Norda Court", "of appeals", "Norda Court of Appeals", ""},
		{"Hurricane Center", "the national", "National Hurricane Center", ""},
		{"Vik Council", "the mayor", "Vik Council", "the mayor"},
		{"Ana Lind", "of the Vik Water Board", "Ana Lind", "of the Vik Water Board"},
		{"Vik University", "of the year", "Vik University", "of the year"},
		{"Coast Guard", "the varnian", "Varnian Coast Guard", ""},
		{"Central Bank", "The lornish", "Lornish Central Bank", ""},
		{"Orthodox Church", "the varnian", "Varnian Orthodox Church", ""},
		{"Ilse Varga", "the varnian", "Ilse Varga", "the varnian"},
		{"Coast Guard", "the spokesman", "Coast Guard", "the spokesman"},
	}
	for _, tt := range tests {
		if n, r := orgOf(tt.name, tt.role); n != tt.wantName || r != tt.wantRole {
			t.Errorf("orgOf(%q, %q) = %q, %q, want %q, %q", tt.name, tt.role, n, r, tt.wantName, tt.wantRole)
		}
	}
}
