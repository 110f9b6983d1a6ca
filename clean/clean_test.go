package clean

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden cleans testdata/<case>/input.txt and compares the paragraphs,
// separated by blank lines, with testdata/<case>/want.txt.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*/input.txt")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, in := range dirs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(Paragraphs(string(data)), "\n\n") + "\n"
			wantFile := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestParagraphsRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts Options
		want []string
	}{
		{"empty", "", Options{}, nil},
		{"only noise", "Advertisement\n\n***\n\nShare this on Facebook", Options{}, nil},
		{"one short line kept", "Storm hits coast", Options{}, []string{"Storm hits coast"}},
		{"heading dropped", "Main points\n\nThe plan was approved.", Options{}, []string{"The plan was approved."}},
		{"heading kept with option", "Main points\n\nThe plan was approved.", Options{KeepHeadings: true}, []string{"Main points", "The plan was approved."}},
		{"literal marker", "First line.NEWLINE_CHARSecond line.", Options{}, []string{"First line.", "Second line."}},
		{"duplicate paragraph", "The vote passed on Monday.\n\nThe vote passed on Monday.", Options{}, []string{"The vote passed on Monday."}},
		{"privacy sentence kept", "The new privacy policy lets the company record what users say.", Options{}, []string{"The new privacy policy lets the company record what users say."}},
		{"by in sentence kept", "By Tuesday, most residents had left.", Options{}, []string{"By Tuesday, most residents had left."}},
		{"sic kept", "He wrote that it was \"definately\" over (sic)", Options{}, []string{"He wrote that it was \"definately\" over (sic)"}},
		{"agency inline kept as sentence end", "The storm hit the coast late on Monday (AP).", Options{}, []string{"The storm hit the coast late on Monday."}},
		{"button label cut", "Get the news from our site. Add interest the council met again on friday to vote.", Options{}, []string{"Get the news from our site. the council met again on friday to vote."}},
		{"dot rule before a sentence", "........................ Legend has it that the bell was cast twice.", Options{}, []string{"Legend has it that the bell was cast twice."}},
		{"dash rule between sentences", "The pier was shut. ------------ two boats were found adrift near the harbour wall.", Options{}, []string{"The pier was shut. Two boats were found adrift near the harbour wall."}},
		{"long rule ends a text", "Tributes poured in from the village, ______________ Ivo brandt was named coach on monday.", Options{}, []string{"Tributes poured in from the village. Ivo brandt was named coach on monday."}},
		{"bleeped word kept", "He told the crowd to shut the f ----- up and walked off the stage.", Options{}, []string{"He told the crowd to shut the f ----- up and walked off the stage."}},
		{"credit after an initial kept", "A sketch by jane q. Roe/harbour gazette staff shows the pier before the storm hit the coast.", Options{}, []string{"A sketch by jane q. Roe/harbour gazette staff shows the pier before the storm hit the coast."}},
		{"sentence-closing dots kept", "The plan throws out the old rules.... Critics disagree.", Options{}, []string{"The plan throws out the old rules.... Critics disagree."}},
		{"ellipsis kept", "He paused... then spoke again about the dam.", Options{}, []string{"He paused... then spoke again about the dam."}},
		{"name and outlet credit", "Ida marsh/harbour daily news the council voted on tuesday to close the old pier for repairs.", Options{}, []string{"The council voted on tuesday to close the old pier for repairs."}},
		{"name and agency credit", "Tom vale/epa police sealed off the square for most of the afternoon on friday.", Options{}, []string{"Police sealed off the square for most of the afternoon on friday."}},
		{"poll sponsors kept", "A courier/gazette poll found that most voters back the plan to rebuild the pier.", Options{}, []string{"A courier/gazette poll found that most voters back the plan to rebuild the pier."}},
		{"either/or kept", "Pass/fail grading will be used for the first term at the two schools in the county.", Options{}, []string{"Pass/fail grading will be used for the first term at the two schools in the county."}},
		{"byline and date", "By jane roe - july 10, 2031 early this spring, the harbour board began to plan a second pier.", Options{}, []string{"Early this spring, the harbour board began to plan a second pier."}},
		{"cnnmoney tag", "New york ( cnnmoney ) if you pay the harbour toll late, the fine doubles next month.", Options{}, []string{"If you pay the harbour toll late, the fine doubles next month."}},
		{"bar dateline", "Velmar | velmar - the port authority said the ferry would resume on monday.", Options{}, []string{"The port authority said the ferry would resume on monday."}},
		{"gallery controls", "Previous next enlarge a tarnwick teacher was placed on leave on friday after parents complained.", Options{}, []string{"A tarnwick teacher was placed on leave on friday after parents complained."}},
		{"text alert sign-up", "The ferry will resume on monday. Get harbour alerts by text.\n\nUp to 4 msg/day. Text STOP to cancel.", Options{}, []string{"The ferry will resume on monday. Get harbour alerts by text."}},
		{"two-place dateline", "Tarnwick/oldbridge - officials in both towns said the ferry would resume on monday.", Options{}, []string{"Officials in both towns said the ferry would resume on monday."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ParagraphsWith(tt.in, tt.opts)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("ParagraphsWith(%q, %+v)\n got %q\nwant %q", tt.in, tt.opts, got, tt.want)
			}
		})
	}
}

// TestParagraphsHuge checks that long input without any structure is
// handled in linear time.
func TestParagraphsHuge(t *testing.T) {
	in := strings.Repeat("word ", 400_000) + strings.Repeat("(", 50_000) + strings.Repeat("toggle caption a/b ", 10_000)
	got := Paragraphs(in)
	if len(got) != 1 {
		t.Fatalf("got %d paragraphs, want 1", len(got))
	}
}

func FuzzParagraphs(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/input.txt")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err == nil {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, p := range Paragraphs(in) {
			if !utf8.ValidString(p) {
				t.Fatalf("invalid UTF-8 in %q", p)
			}
			if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "  ") || strings.ContainsAny(p, "\n\t\r") {
				t.Fatalf("paragraph %q is empty or has uncollapsed space", p)
			}
			if strings.Contains(p, newlineMarker) {
				t.Fatalf("paragraph %q keeps a newline marker", p)
			}
		}
	})
}

func BenchmarkParagraphs(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Paragraphs(text)
	}
}

// TestPhraseTails checks that the quick pre-test of stripPhrases admits
// every [strip] phrase in lower, title and upper case.
func TestPhraseTails(t *testing.T) {
	for _, ph := range phrases.strip {
		for _, v := range []string{ph, strings.ToUpper(ph[:1]) + ph[1:], strings.ToUpper(ph)} {
			if !mayHavePhrase(v) {
				t.Errorf("phrase %q is never stripped: add a tail to phraseTails", v)
			}
		}
	}
}

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"click here", "Click here to see the ten snowiest towns.", true},
		{"poll", "Take our poll: should the mayor resign?", true},
		{"learn more", "Learn more about the harbor's history.", true},
		{"watch colon", "Watch: the moment the bridge opened.", true},
		{"sign up", "Sign up for our morning briefing.", true},
		{"republishing note", "This post first appeared on example.com.", true},
		{"republishing note lower-cased", "this story originally appeared in the june issue of harbor weekly .", true},
		{"teaser", "Here's what you need to know about the new ferry timetable.", true},
		{"teaser lower-cased", "here's what we know about the crash so far .", true},
		{"teaser with its answer", "Here's what we know: the ferry ran aground at dawn.", false},
		{"long teaser with news", "Here's what we know about the crash of the ferry that killed forty people on monday.", false},
		{"what happened", "Here's what happened when the ferry left the pier.", false},
		{"story that appeared", "This story appeared to upset the mayor, aides said.", false},
		{"bulleted prompt", "• Subscribe to the weekly digest", true},
		{"lower-cased tokenized", "click through the gallery for more photos .", true},
		{"news about subscribers", "Subscribers to the service will pay $2 more from May.", false},
		{"watch as a verb in the body", "Watchdogs say the harbor plan is too costly.", false},
		{"prompt word later", "The mayor urged residents to sign up for alerts.", false},
		{"cookie notice", "Please enable cookies on your browser to read on.", true},
		{"reaction limit", "Sorry, but you can only react up to twice a day.", true},
		{"channel promo", "Be the first to watch, comment, and share the newest ferry clips @tarnwickclips.", true},
		{"be the first in the body", "Be the first to arrive and you may get a seat on the ferry.", false},
		{"sign-up notice", "Just one more thing...", true},
		{"subscription wall", "A subscription is required to continue reading.", true},
		{"reading limit", "Thank you for reading 3 free stories this month.", true},
		{"metered wall", "Registered users can read up to 5 stories for free each week.", true},
		{"metered wall's offer", "If you would prefer unlimited access, a Tarnwick Gazette subscription costs less than a ferry ticket.", true},
		{"registered users in the news", "Registered users can now vote in the harbour poll, the council said.", false},
		{"thanks in a quote", "The mayor thanked readers for reading the harbor report.", false},
		{"long body sentence", "Learn more " + strings.Repeat("word ", 45), false},
		{"empty", "", false},
		{"here's how", "Here's how the council reached that figure.", true},
		{"read on", "Read on to find out who won the regatta.", true},
		{"find out", "Find out which ferries run on sundays.", true},
		{"watch below", "Watch the clip below.", true},
		{"text below", "The text of the mayor's letter is below.", true},
		{"search below", "You may find what you want if you try searching below.", true},
		{"ground below", "The deer leapt from the bridge to the ground below.", false},
		{"here's how with its answer", "Here's how it works: riders tap a card at the gate.", false},
		{"update stamp", "Update 11: 32 a.m.", true},
		{"text alert stop", "Text STOP to cancel.", true},
		{"text alert help", "Text HELP for help.", true},
		{"text alert rates", "Msg & data rates may apply.", true},
		{"text alert rates run together", "Msg&data rates may apply.", true},
		{"text message news", "Text messages from the ferry company warned riders to stay home.", false},
		{"update stamp with date", "Update, 1/5/2031", true},
		{"update with news", "Update: the ferry sank.", false},
		{"media caption run into a story", "Media caption the mayor opened the pier on monday crowds gathered along the harbour wall as the first ferry in ten years docked at the new pier, and the band played while " + strings.Repeat("word ", 40), true},
		{"caption of media in a sentence", "The media caption contest drew 40 entries from the county's schools this spring.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsFurniture(tt.in); got != tt.want {
				t.Errorf("IsFurniture(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestAtStationDateline(t *testing.T) {
	for _, s := range []string{
		"",
		"Westvale, wv ( wabc/wxyz ) - a school board voted.",
		"Westvale ( kxyz ) - a fire broke out.",
		"Élan city ( wxyz ) - a fire broke out.",
		"westvale ( kxyz ) - a fire broke out.",
		"Westvale, wv - a school board voted.",
		"The board ( in a vote ) - a surprise.",
		"( kxyz ) - a fire",
	} {
		if got, want := atStationDateline(s), stationDateline.MatchString(s); got != want {
			t.Errorf("atStationDateline(%q) = %v, stationDateline %v", s, got, want)
		}
	}
	if !atStationDateline("Westvale ( kxyz ) - a fire broke out.") {
		t.Error("a station's dateline is not found")
	}
}

func TestNormalizeDashes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"PORT TAMSIN \u2015 The ferry", "PORT TAMSIN — The ferry"},
		{`he shouted "f --- it" twice`, `he shouted "f --- it" twice`},
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
