package summarize

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestIntroduceFrontedThings: an opening "In the video," (an interview, a
// deal) that no sentence above tells of takes "a" or "an"; one told above
// in other words, one a later sentence names, a pinning modifier, a noun
// no "a" goes with and a noun off the list are left.
func TestIntroduceFrontedThings(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []string
		want []string
	}{
		{"body video", []string{
			"A Brellin ferry captain was fired on Monday.",
			"In the video, the captain shouts at a passenger.",
		}, []string{
			"A Brellin ferry captain was fired on Monday.",
			"In a video, the captain shouts at a passenger.",
		}},
		{"lead interview", []string{
			"During the hour-long interview, Odile Farrant spoke of the harbour.",
		}, []string{
			"During an hour-long interview, Odile Farrant spoke of the harbour.",
		}},
		{"initialism", []string{
			"Tolls rose again.",
			"In the NBC interview, the mayor defended them.",
		}, []string{
			"Tolls rose again.",
			"In an NBC interview, the mayor defended them.",
		}},
		{"unnamed source", []string{
			"The Tarnwick ferry will stop running in May.",
			"\"The owners have run out of money,\" the source said.",
		}, []string{
			"The Tarnwick ferry will stop running in May.",
			"\"The owners have run out of money,\" a source said.",
		}},
		{"source who adds", []string{
			"\"The pier was never safe,\" the source added.",
		}, []string{
			"\"The pier was never safe,\" a source said.",
		}},
		{"official", []string{
			"Troops reached the Velmora pass on Monday, the official said.",
		}, []string{
			"Troops reached the Velmora pass on Monday, an official said.",
		}},
		{"spokeswoman told of before", []string{
			"A harbour spokeswoman said the pier was safe.",
			"Repairs will take a year, the spokeswoman said.",
		}, []string{
			"A harbour spokeswoman said the pier was safe.",
			"Repairs will take a year, the spokeswoman said.",
		}},
		{"sources told of before", []string{
			"Sources close to the mayor say she will resign.",
			"She will announce it on Friday, the source said.",
		}, []string{
			"Sources close to the mayor say she will resign.",
			"She will announce it on Friday, the source said.",
		}},
		{"deal", []string{
			"The Velmora mill will close.",
			"Under the agreement, workers keep a year's pay.",
		}, []string{
			"The Velmora mill will close.",
			"Under an agreement, workers keep a year's pay.",
		}},
		{"kin above", []string{
			"Passengers filmed the captain on the ferry.",
			"In the video, the captain shouts at a passenger.",
		}, nil},
		{"told above", []string{
			"Farrant told a local paper the harbour is failing.",
			"In the interview, she blamed the tolls.",
		}, nil},
		{"later names", []string{
			"In the video, the captain shouts at a passenger.",
			"The video was posted on Sunday.",
		}, nil},
		{"pinned", []string{
			"Tolls rose again.",
			"In the same interview, the mayor defended them.",
		}, nil},
		{"mass noun", []string{
			"Tolls rose again.",
			"Under the legislation, tolls would fall.",
		}, nil},
		{"idiom", []string{
			"Tolls rose again.",
			"In the meantime, drivers pay more.",
		}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sum := chorus.Summary{}
			for _, s := range tt.in {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: s})
			}
			introduceFrontedThings(&sum)
			want := tt.want
			if want == nil {
				want = tt.in
			}
			var got []string
			for _, s := range sum.Sentences {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestCreditStatements(t *testing.T) {
	tests := []lastCase{
		{"the statement said", nil, `"We are ready," the statement said.`, `"We are ready," a statement said.`},
		{"according to", []string{"The ferry sank off the cape."}, "Ten boats were lost, according to the statement.", "Ten boats were lost, according to a statement."},
		{"said in", nil, "The harbour will reopen in May, Osei said in the statement.", "The harbour will reopen in May, Osei said in a statement."},
		{"told before", []string{"The council issued a statement on Monday."}, `"We are ready," the statement said.`, `"We are ready," the statement said.`},
		{"posted before", []string{"The council posted on its website."}, "Ten boats were lost, according to the statement.", "Ten boats were lost, according to the statement."},
		{"in the same sentence", nil, "Osei issued a statement, and according to the statement the pier is closed.", "Osei issued a statement, and according to the statement the pier is closed."},
		{"no credit", nil, "The statement of accounts was late.", "The statement of accounts was late."},
	}
	runLastCases(t, tests, introduceFrontedThings)
}

func TestCreditFindings(t *testing.T) {
	tests := []lastCase{
		{"opening the study found", nil, "The study found that ferries run late in winter.", "A study found that ferries run late in winter."},
		{"according to the report", []string{"The pier closed on Monday."}, "Ten boats were lost, according to the report.", "Ten boats were lost, according to a report."},
		{"the report said after a comma", nil, "Two boats sank, the report said.", "Two boats sank, a report said."},
		{"researchers before", []string{"Researchers in Tarnwick tracked 40 ferries."}, "The study found that ferries run late in winter.", "The study found that ferries run late in winter."},
		{"a report before", []string{"A harbour report came out on Monday."}, "Ten boats were lost, according to the report.", "Ten boats were lost, according to the report."},
		{"told in the same sentence", nil, "Osei published a review, and according to the report the pier is unsafe.", "Osei published a review, and according to the report the pier is unsafe."},
		{"no credit", nil, "The report card was late.", "The report card was late."},
		{"the affidavit says", nil, "The pier was unsafe, the affidavit says.", "The pier was unsafe, an affidavit says."},
		{"according to the complaint", nil, "Osei took the bell, according to the complaint.", "Osei took the bell, according to a complaint."},
		{"a suit filed before", []string{"The family sued the harbour board."}, "Osei took the bell, according to the complaint.", "Osei took the bell, according to the complaint."},
	}
	runLastCases(t, tests, introduceFrontedThings)
}

// lastCase is a summary rewrite's test case: the sentences before, the
// sentence s the rewrite reads, and what s should read after it ("": s
// unchanged).
type lastCase struct {
	name   string
	before []string
	s      string
	want   string
}

// runLastCases runs rewrite on a summary of each case's sentences before and
// its s, and checks the last sentence.
func runLastCases(t *testing.T, cases []lastCase, rewrite func(*chorus.Summary)) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var sum chorus.Summary
			for _, b := range tt.before {
				sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: b})
			}
			sum.Sentences = append(sum.Sentences, chorus.Sentence{Text: tt.s})
			rewrite(&sum)
			want := tt.want
			if want == "" {
				want = tt.s
			}
			if got := sum.Sentences[len(sum.Sentences)-1].Text; got != want {
				t.Errorf("%q\n got %q\nwant %q", tt.s, got, want)
			}
		})
	}
}
