package sentence

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var splitTests = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"spaces only", "  \n\t ", nil},
	{"two plain", "The vote passed. Lawmakers cheered.", []string{"The vote passed.", "Lawmakers cheered."}},
	{"question and exclamation", "Who won? Nobody knows! Wait.", []string{"Who won?", "Nobody knows!", "Wait."}},
	{"no final period", "The vote passed. Lawmakers cheered", []string{"The vote passed.", "Lawmakers cheered"}},
	{"U.S. mid sentence", "The U.S. Senate voted on Tuesday.", []string{"The U.S. Senate voted on Tuesday."}},
	{"U.S. at end", "He flew back to the U.S. The trip was long.", []string{"He flew back to the U.S.", "The trip was long."}},
	{"titles", "Mr. Smith met Sen. Jane Roe and Gov. Tim Park. Lt. Gen. Ray Lee joined.",
		[]string{"Mr. Smith met Sen. Jane Roe and Gov. Tim Park.", "Lt. Gen. Ray Lee joined."}},
	{"a.m. and p.m.", "The polls open at 7 a.m. and close at 8 p.m. Sunday. Turnout was high.",
		[]string{"The polls open at 7 a.m. and close at 8 p.m. Sunday.", "Turnout was high."}},
	{"re-capitalised continuation", "The ferry runs from 8 p.m. To 6 a.m. in winter. How the u.s. Is affected is unclear.",
		[]string{"The ferry runs from 8 p.m. To 6 a.m. in winter.", "How the u.s. Is affected is unclear."}},
	{"acronym then a joining word", "The ferry sails between the u.s. And canada at 6 p.m. On fridays. It carries 300 cars.",
		[]string{"The ferry sails between the u.s. And canada at 6 p.m. On fridays.", "It carries 300 cars."}},
	{"acronym then an opening phrase", "Fares rose in the u.s. In 2031, the line added a ferry.",
		[]string{"Fares rose in the u.s.", "In 2031, the line added a ferry."}},
	{"hyphenated acronym", `The captain and an elderly non-u.s. Resident were rescued. Both are well.`,
		[]string{"The captain and an elderly non-u.s. Resident were rescued.", "Both are well."}},
	{"possessive before a caption's full stop", "Crowds outside the ferry's. a westvale ferry sank off the cape on monday.",
		[]string{"Crowds outside the ferry's.", "a westvale ferry sank off the cape on monday."}},
	{"p.m. at end", "The fire started at 5 p.m. The cause is unknown.", []string{"The fire started at 5 p.m.", "The cause is unknown."}},
	{"month", "The trial opens Nov. 15 in Boston. It may last weeks.", []string{"The trial opens Nov. 15 in Boston.", "It may last weeks."}},
	{"company", "Shares of Acme Inc. rose. Acme Corp. said nothing.", []string{"Shares of Acme Inc. rose.", "Acme Corp. said nothing."}},
	{"company at end", "The plant belongs to Acme Inc. The deal closed Friday.", []string{"The plant belongs to Acme Inc.", "The deal closed Friday."}},
	{"company then a joining word", "Hackers broke into Westvale Ferry Co. And stole the timetables. Nobody was hurt.",
		[]string{"Hackers broke into Westvale Ferry Co. And stole the timetables.", "Nobody was hurt."}},
	{"initial then a joining word", "The grant comes from the Jane Q. And John R. Roe Foundation. It is new.",
		[]string{"The grant comes from the Jane Q. And John R. Roe Foundation.", "It is new."}},
	{"place then a relative word", "She met a captain from Westvale, Tenn. Who built the ferry. It sank.",
		[]string{"She met a captain from Westvale, Tenn. Who built the ferry.", "It sank."}},
	{"initial P", "The ferry's captain, Jane P. Roe, spoke. Her son Tom P. O'Hara too.",
		[]string{"The ferry's captain, Jane P. Roe, spoke.", "Her son Tom P. O'Hara too."}},
	{"page number", "See p. 5 of the report. It is short.", []string{"See p. 5 of the report.", "It is short."}},
	{"clock then when", "The ferry left the pier about 10 p.m. When the storm hit the cape. Two were hurt.",
		[]string{"The ferry left the pier about 10 p.m. When the storm hit the cape.", "Two were hurt."}},
	{"clock then a new sentence opening with when", "The ferry left the pier about 10 p.m. When the crew returned, the pier was gone.",
		[]string{"The ferry left the pier about 10 p.m.", "When the crew returned, the pier was gone."}},
	{"clock then that", "Police said at 2 p.m. That the ferry had sunk. That was the last news.",
		[]string{"Police said at 2 p.m. That the ferry had sunk.", "That was the last news."}},
	{"clock then a demonstrative that", "The ferry docked at 6 a.m. That was late.", []string{"The ferry docked at 6 a.m.", "That was late."}},
	{"clock then the time elsewhere", "The ferry sank at 9 p.m. ( 0100 gmt ) on monday. All were saved.",
		[]string{"The ferry sank at 9 p.m. ( 0100 gmt ) on monday.", "All were saved."}},
	{"a live blog's stamp with the time elsewhere", "The count went on. 12:20 p.m. (1120 gmt) the minister says he will resign.",
		[]string{"The count went on.", "12:20 p.m.", "(1120 gmt) the minister says he will resign."}},
	{"a stamp after a dateline", "Westvale ( ap ) — 12: 20 p.m. ( 1120 gmt ) the minister says he will resign.",
		[]string{"Westvale ( ap ) — 12: 20 p.m.", "( 1120 gmt ) the minister says he will resign."}},
	{"a tokenized stamp", "12: 20 p.m. ( 1120 gmt; 7: 20 a.m. edt ) the minister says he will resign.",
		[]string{"12: 20 p.m.", "( 1120 gmt; 7: 20 a.m. edt ) the minister says he will resign."}},
	{"clock then a date stamp", "Update 4:05 p.m. (June 2) the ferry has docked.",
		[]string{"Update 4:05 p.m.", "(June 2) the ferry has docked."}},
	{"company then its ticker", "Westvale Ferry Corp. (WFC) rose 3 percent. It was a good day.",
		[]string{"Westvale Ferry Corp. (WFC) rose 3 percent.", "It was a good day."}},
	{"dateline credit after a state", "WESTVALE, Tenn. (AP) — A ferry sank.", []string{"WESTVALE, Tenn.", "(AP) — A ferry sank."}},
	{"photo credit after a state", "The pier in Westvale, Tenn. (Jane Roe for the Gazette) the ferry sank.",
		[]string{"The pier in Westvale, Tenn.", "(Jane Roe for the Gazette) the ferry sank."}},
	{"contraction before a name", "The ferry isn't. Jane Roe said so.", []string{"The ferry isn't.", "Jane Roe said so."}},
	{"tokenized contraction", "the ferry isn ' t. And yet it sails.", []string{"the ferry isn ' t.", "And yet it sails."}},
	{"abbreviation after a slash", "The station wxyz/ch. 9 reported it. Nobody knew.", []string{"The station wxyz/ch. 9 reported it.", "Nobody knew."}},
	{"credit ending in a dotted acronym after a slash", "Photo: Gazette/u.s. Navy a ferry sank.",
		[]string{"Photo: Gazette/u.s.", "Navy a ferry sank."}},
	{"No. 5", "He ranks No. 5 in the world. No. It is not.", []string{"He ranks No. 5 in the world.", "No.", "It is not."}},
	{"St.", "They live on Elm St. in St. Paul. Rents are high.", []string{"They live on Elm St. in St. Paul.", "Rents are high."}},
	{"a district attorney's title", "Tarnwick County deputy dist. Atty. Anna Varga spoke. Nobody else did.",
		[]string{"Tarnwick County deputy dist. Atty. Anna Varga spoke.", "Nobody else did."}},
	{"an adjunct senior commissioner's rank", "The crews left at dawn, Velm district police chief adj. Sr. Comr. Budi Harso said. Nobody else did.",
		[]string{"The crews left at dawn, Velm district police chief adj. Sr. Comr. Budi Harso said.", "Nobody else did."}},
	{"a highway's number", "The ferry bus left Hwy. 12 at noon. It was empty.", []string{"The ferry bus left Hwy. 12 at noon.", "It was empty."}},
	{"initials", "J. R. R. Tolkien wrote it. George W. Bush read it.", []string{"J. R. R. Tolkien wrote it.", "George W. Bush read it."}},
	{"initial before A", "The report by J. A. Smith was late.", []string{"The report by J. A. Smith was late."}},
	{"decimals and money", "Profit rose 8.2 % to $3.5 million. Sales fell 1.5 percent.",
		[]string{"Profit rose 8.2 % to $3.5 million.", "Sales fell 1.5 percent."}},
	{"number ends sentence", "The plant opened in 2001. It closed in 2009.", []string{"The plant opened in 2001.", "It closed in 2009."}},
	{"ellipsis mid sentence", "It was the best ... and the worst of times.", []string{"It was the best ... and the worst of times."}},
	{"ellipsis ends sentence", "He paused... Then he left. Why…", []string{"He paused...", "Then he left.", "Why…"}},
	{"unicode ellipsis lower", "It was… fine, really.", []string{"It was… fine, really."}},
	{"closing quote stays", `"We will win." He left.`, []string{`"We will win."`, "He left."}},
	{"curly closing quote", "“We will win.” He left.", []string{"“We will win.”", "He left."}},
	{"quote spans sentences", `"We are ready. We will win," she said. Then she left.`,
		[]string{`"We are ready.`, `We will win," she said.`, "Then she left."}},
	{"question inside quote", `"Says who?" he asked. Nobody answered.`, []string{`"Says who?" he asked.`, "Nobody answered."}},
	{"curly question then speaker", "“Says who?” Cohen asked again. Nobody knew.", []string{"“Says who?” Cohen asked again.", "Nobody knew."}},
	{"speaker only in a later sentence", "“Why?” Nobody knew. She said so.", []string{"“Why?”", "Nobody knew.", "She said so."}},
	{"exclamation then new sentence", "“Oh, my God!” The crowd roared.", []string{"“Oh, my God!”", "The crowd roared."}},
	{"wire quotes", "He said ``we will win.'' Then he left.", []string{"He said ``we will win.''", "Then he left."}},
	{"parentheses", "The bill passed. (It had failed twice.) Critics objected.",
		[]string{"The bill passed.", "(It had failed twice.)", "Critics objected."}},
	{"party tag", "Sen. Jane Roe (D-Calif.) said no. Rep. Tim Park (R-N.Y.) agreed.",
		[]string{"Sen. Jane Roe (D-Calif.) said no.", "Rep. Tim Park (R-N.Y.) agreed."}},
	{"tokenized party tag", "sen. jane roe ( d-calif. ) said no . rep. tim park ( r-ariz. ) and others agreed .",
		[]string{"sen. jane roe ( d-calif. ) said no .", "rep. tim park ( r-ariz. ) and others agreed ."}},
	{"party tag before capital", "Sen. Jane Roe (D-Fla.) Tuesday called the vote a sham.",
		[]string{"Sen. Jane Roe (D-Fla.) Tuesday called the vote a sham."}},
	{"party tag ends sentence", "The bill was written by Rep. Tim Park (R-Texas). The vote is Monday.",
		[]string{"The bill was written by Rep. Tim Park (R-Texas).", "The vote is Monday."}},
	{"tokenized bracket after period", "the plan ( it had failed. ) was back . critics objected .",
		[]string{"the plan ( it had failed. ) was back .", "critics objected ."}},
	{"agency in parentheses", "The storm hit (Reuters). Dozens died.", []string{"The storm hit (Reuters).", "Dozens died."}},
	{"e.g. lower", "Some cities, e.g. Lyon and Nice, agreed.", []string{"Some cities, e.g. Lyon and Nice, agreed."}},
	{"url and domain", "Visit example.com for details. It is free.", []string{"Visit example.com for details.", "It is free."}},
	{"hyphen after acronym", "The U.S.-led force moved. It was fast.", []string{"The U.S.-led force moved.", "It was fast."}},
	{"lower-cased tokenized", "he said . the company denied it , adding that prices rose 8.2 % . the u.s. market fell .",
		[]string{"he said .", "the company denied it , adding that prices rose 8.2 % .", "the u.s. market fell ."}},
	{"tokenized closing quote", `" we will win . " he said . " no way , " she replied .`,
		[]string{`" we will win . "`, "he said .", `" no way , " she replied .`}},
	{"truncated recapitalized", "Rhode island's gov. Lincoln chafee is an independent. Polls suggest otherwise.",
		[]string{"Rhode island's gov. Lincoln chafee is an independent.", "Polls suggest otherwise."}},
	{"tokenized quote then lower", `" i do not know what is next. " she had been thinking.`,
		[]string{`" i do not know what is next. "`, "she had been thinking."}},
	{"title name then starter", "The bill was backed by Hun Sen. The vote is Monday.", []string{"The bill was backed by Hun Sen.", "The vote is Monday."}},
	{"u.s. lower", "the u.s. economy grew in the u.s. last year.", []string{"the u.s. economy grew in the u.s. last year."}},
	{"numbered list item", "1. The first point is clear.", []string{"1. The first point is clear."}},
	{"blank line ends", "A heading without a period\n\nThe body starts here.", []string{"A heading without a period", "The body starts here."}},
	{"single newline kept", "A line that wraps\nonto the next line.", []string{"A line that wraps\nonto the next line."}},
	{"no break space", "It ended.\u00a0Then it began.", []string{"It ended.", "Then it began."}},
	{"dateline dash", "LONDON (AP) _ Police made an arrest. The suspect is 32.", []string{"LONDON (AP) _ Police made an arrest.", "The suspect is 32."}},
	{"fused paragraphs", "the ferry was refloated on monday night.officials said the hull held. The port reopened.Crews cheered.",
		[]string{"the ferry was refloated on monday night.", "officials said the hull held.", "The port reopened.", "Crews cheered."}},
	{"dotted words stay", "See harbour.com, the file plan.pdf, node.js docs, www.port.example.org/news.html and j.doe@mail.example.",
		[]string{"See harbour.com, the file plan.pdf, node.js docs, www.port.example.org/news.html and j.doe@mail.example."}},
	{"short word before dot stays", "They met in St.Paul and e.g.the u.s.team won.", []string{"They met in St.Paul and e.g.the u.s.team won."}},
	{"parenthetical aside", "( i called the harbour office. ) the ferry runs again on monday.", []string{"( i called the harbour office. )", "the ferry runs again on monday."}},
	{"aside with capital", "(The mayor declined to comment.) The council met later.", []string{"(The mayor declined to comment.)", "The council met later."}},
	{"nested aside", "( the pier ( built 1901 ) closed. ) the boats moved.", []string{"( the pier ( built 1901 ) closed. )", "the boats moved."}},
	{"credit then a party tag", "( the harbour post ) tarnwick — the mayor called sen. jo roe ( d-mass. ) a friend of the pier on friday.", []string{"( the harbour post ) tarnwick — the mayor called sen. jo roe ( d-mass. ) a friend of the pier on friday."}},
	{"parenthesis inside a sentence", "The senator ( d-westvale. ) said no.", []string{"The senator ( d-westvale. ) said no."}},
	{"question run into a sentence", "Can the old pier be saved? the council voted on monday to rebuild it.", []string{"Can the old pier be saved?", "the council voted on monday to rebuild it."}},
	{"exclamation run into a sentence", "The ferry is finally back in service! it left westvale at dawn on friday.", []string{"The ferry is finally back in service!", "it left westvale at dawn on friday."}},
	{"short question and its answer", "Her crime? stealing a ferry.", []string{"Her crime? stealing a ferry."}},
	{"question inside a quotation", "\"how could the pier just fall? nobody warned us, \" said a resident.", []string{"\"how could the pier just fall? nobody warned us, \" said a resident."}},
	{"question inside parentheses", "The owners ( who were they? nobody knew ) sold the pier last year.", []string{"The owners ( who were they? nobody knew ) sold the pier last year."}},
	{"question before a verb of speech", "Who will pay for the new pier? asked the mayor of westvale.", []string{"Who will pay for the new pier? asked the mayor of westvale."}},
	{"short wh-question run into its answer", "What is a sandbar? a sandbar is a ridge of sand near a shore.", []string{"What is a sandbar?", "a sandbar is a ridge of sand near a shore."}},
	{"answer repeating the question's word", "What are sandbars made of? sandbars are made of sand.", []string{"What are sandbars made of?", "sandbars are made of sand."}},
	{"repeated exclamation", "They hummed the theme of tora! tora! tora! all the way home.", []string{"They hummed the theme of tora! tora! tora! all the way home."}},
	{"caption run into the lede", "Crews work near the wrecked ferry. the ferry that ran aground on monday was towed away.", []string{"Crews work near the wrecked ferry.", "the ferry that ran aground on monday was towed away."}},
	{"title after a hyphen", "The ferry carried ex-gov. Jane Roe to the pier. She waved.", []string{"The ferry carried ex-gov. Jane Roe to the pier.", "She waved."}},
	{"place abbreviation after a hyphen", "Flights left westvale-st. Clair airport on time. The pier reopened.", []string{"Flights left westvale-st. Clair airport on time.", "The pier reopened."}},
	{"place abbreviation after a hyphen before a starter", "The team moved to westvale-st. The fans followed.", []string{"The team moved to westvale-st.", "The fans followed."}},
	{"initial before a lower-case word", "The file names j. doe as its author.", []string{"The file names j. doe as its author."}},
	{"abbreviation before a lower-case word", "The ferry left at 5 p.m. on friday and the u.s. team waved.", []string{"The ferry left at 5 p.m. on friday and the u.s. team waved."}},
	{"period inside a quotation", "\" we won. we really won, \" said the captain.", []string{"\" we won. we really won, \" said the captain."}},
	{"name with a bang", "She told Yahoo! news about the ferry on monday.", []string{"She told Yahoo! news about the ferry on monday."}},
	{"name with a bang before a dash", "A caller had news: jeopardy! — the quiz show — has a new host.", []string{"A caller had news: jeopardy! — the quiz show — has a new host."}},
	{"name with a bang in spaced quotes", "The host learned that ' jeopardy! ' is a quiz show, not a debate. It airs nightly.", []string{"The host learned that ' jeopardy! ' is a quiz show, not a debate.", "It airs nightly."}},
	{"name with a bang in spaced quotes ending a headline", "Quiz fans react after ' jeopardy! ' a decision to end the show stunned viewers.", []string{"Quiz fans react after ' jeopardy!", "' a decision to end the show stunned viewers."}},
	{"company with a bang", "The comic artist's team at pow! entertainment signed the deal.", []string{"The comic artist's team at pow! entertainment signed the deal."}},
	{"exclamation before a dash", "The harbour is open again! — the ferry sails at noon.", []string{"The harbour is open again!", "— the ferry sails at noon."}},
	{"quotation closed by an exclamation, then lower case", `the mayor went on. " we are so proud of this harbour! " the new ferry carries 300 cars.`,
		[]string{"the mayor went on.", `" we are so proud of this harbour! "`, "the new ferry carries 300 cars."}},
	{"quotation of a later sentence closed by a question", `" we waited all night. who pays for this? " the council met on friday.`,
		[]string{`" we waited all night. who pays for this? "`, "the council met on friday."}},
	{"exclamation in quotation before its speaker", `" we are so proud of this harbour! " the mayor of westvale tells the gazette.`,
		[]string{`" we are so proud of this harbour! " the mayor of westvale tells the gazette.`}},
	{"short title with a bang", `the musical " oh, westvale! " opens on friday.`, []string{`the musical " oh, westvale! " opens on friday.`}},
	{"quotation inside a quotation", `" my first thought was, ' what is the catch? ' " said jane roe, a baker.`,
		[]string{`" my first thought was, ' what is the catch? ' " said jane roe, a baker.`}},
	{"quotation as a subject", `the words " we will rebuild the pier! " appear on the banner.`, []string{`the words " we will rebuild the pier! " appear on the banner.`}},
	{"quotation after a comma", `the children held a sign reading, " our ferry needs a captain! " a retired skipper saw it online.`,
		[]string{`the children held a sign reading, " our ferry needs a captain! "`, "a retired skipper saw it online."}},
	{"caption's year run into the story", "The pier seen from the harbour in april 2014. the council voted to rebuild it on monday.",
		[]string{"The pier seen from the harbour in april 2014.", "the council voted to rebuild it on monday."}},
	{"amount before a lower-case word", "Tickets cost $80. members pay less.", []string{"Tickets cost $80. members pay less."}},
	{"fused sentence opening with a domain word", "the ferry sank three years ago.it's still on the seabed. The pier opened.in 1901 it was new.",
		[]string{"the ferry sank three years ago.", "it's still on the seabed.", "The pier opened.", "in 1901 it was new."}},
	{"domain ending in a word", "Read more at harbour.in or westvale.it/news today.", []string{"Read more at harbour.in or westvale.it/news today."}},
	{"invalid utf8", "Bad \xff byte. Next one.", []string{"Bad \uFFFD byte.", "Next one."}},
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if !equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitMaxBytes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want []string
	}{
		{"cut at comma", "alpha beta, gamma delta epsilon", 20, []string{"alpha beta,", "gamma delta epsilon"}},
		{"cut at space", "alpha beta gamma delta epsilon", 12, []string{"alpha beta", "gamma delta", "epsilon"}},
		{"no space", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"rune boundary", "ééééé", 3, []string{"é", "é", "é", "é", "é"}},
		{"disabled", "alpha beta gamma", -1, []string{"alpha beta gamma"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitWith(tt.in, Options{MaxBytes: tt.max})
			if !equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSplitHuge checks that text without punctuation and very long text
// are split in linear time into capped sentences.
func TestSplitHuge(t *testing.T) {
	words := strings.Repeat("word ", 400_000)
	got := Split(words)
	if len(got) < 1000 {
		t.Fatalf("got %d sentences, want the run cut at %d bytes", len(got), DefaultMaxBytes)
	}
	for _, s := range got {
		if len(s) > DefaultMaxBytes {
			t.Fatalf("sentence of %d bytes exceeds the cap", len(s))
		}
	}
	dots := strings.Repeat(". ", 200_000) + strings.Repeat("U.S. ", 100_000)
	checkInvariants(t, dots, Split(dots))
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkInvariants asserts that sentences are valid UTF-8, non-empty,
// trimmed, and together hold exactly the non-space characters of in.
func checkInvariants(t *testing.T, in string, got []string) {
	t.Helper()
	for _, s := range got {
		if s == "" || strings.TrimSpace(s) != s {
			t.Fatalf("sentence %q is empty or untrimmed", s)
		}
		if !utf8.ValidString(s) {
			t.Fatalf("sentence %q is not valid UTF-8", s)
		}
	}
	want := dropSpace(strings.ToValidUTF8(in, "\uFFFD"))
	if have := dropSpace(strings.Join(got, "")); have != want {
		t.Fatalf("non-space characters changed:\n in %q\nout %q", want, have)
	}
}

func dropSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func FuzzSplit(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, in, Split(in))
		checkInvariants(t, in, SplitWith(in, Options{MaxBytes: 7}))
	})
}
