package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// Invented articles for the language policy.
const (
	frenchPool = "Le conseil municipal de Valmont a voté mardi soir la fermeture de la piscine du quartier " +
		"nord, jugée trop coûteuse à rénover. Les habitants, réunis devant la mairie depuis le début de la " +
		"semaine, dénoncent une décision prise sans concertation. Selon l'adjoint chargé des sports, les " +
		"travaux auraient coûté près de quatre millions d'euros, une somme que la commune ne peut pas " +
		"engager cette année. Une pétition a déjà recueilli plus de deux mille signatures."
	germanPool = "Der Stadtrat von Valmont hat am Dienstagabend beschlossen, das Hallenbad im Norden der " +
		"Stadt zu schließen, weil die Sanierung zu teuer wäre. Die Anwohner, die sich seit Wochenbeginn vor " +
		"dem Rathaus versammelt hatten, kritisieren, dass niemand sie gefragt habe. Nach Angaben der " +
		"Verwaltung hätten die Arbeiten fast vier Millionen Euro gekostet, die die Gemeinde in diesem Jahr " +
		"nicht aufbringen kann."
	englishPool = "The Valmont city council voted on Tuesday night to close the north side swimming pool, " +
		"saying it would cost too much to repair. Residents who had gathered outside city hall all week " +
		"said nobody had asked them. The town said the work would have cost nearly four million euros."
)

func TestSummarizeLanguage(t *testing.T) {
	cluster := func(id string, texts ...string) string {
		c := chorus.Cluster{ID: id}
		for i, s := range texts {
			c.Articles = append(c.Articles, chorus.Article{ID: string(rune('a' + i)), Text: s})
		}
		b, _ := json.Marshal(c)
		return string(b) + "\n"
	}
	const refusal = "unsupported language: French (fr); Chorus summarizes English"
	tests := []struct {
		name       string
		stdin      string
		code       int
		stderr     []string // lines expected on stderr, in order
		summarized []string // clusters written to stdout
	}{
		{"all french", cluster("fr", frenchPool, frenchPool), 1,
			[]string{"chorus summarize: cannot summarize fr: " + refusal}, nil},
		{"french and german", cluster("eu", germanPool, frenchPool), 1,
			[]string{"chorus summarize: cannot summarize eu: unsupported languages: German (de), French (fr); Chorus summarizes English"}, nil},
		{"mixed", cluster("mixed", frenchPool, englishPool, germanPool), 0,
			[]string{
				"chorus summarize: warning: mixed: article a left out: " + refusal,
				"chorus summarize: warning: mixed: article c left out: unsupported language: German (de); Chorus summarizes English",
			}, []string{"mixed"}},
		{"english", cluster("en", englishPool), 0, nil, []string{"en"}},
		{"stream with a french cluster", cluster("en", englishPool) + cluster("fr", frenchPool), 1,
			[]string{
				"chorus summarize: cannot summarize fr: " + refusal,
				"chorus summarize: 1 of 2 clusters could not be summarized",
			}, []string{"en"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), []string{"summarize", "--input", "jsonl", "--format", "json", "-"}, strings.NewReader(tt.stdin), &out, &errOut)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errOut.String())
			}
			var lines []string
			for l := range strings.Lines(errOut.String()) {
				if !strings.Contains(l, "seems to mix") {
					lines = append(lines, strings.TrimSuffix(l, "\n"))
				}
			}
			if strings.Join(lines, "\n") != strings.Join(tt.stderr, "\n") {
				t.Errorf("stderr:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(tt.stderr, "\n"))
			}
			var got []string
			for l := range strings.Lines(out.String()) {
				var s struct {
					Cluster string
					Sources []struct{ Article string }
				}
				if err := json.Unmarshal([]byte(l), &s); err != nil {
					t.Fatalf("bad JSON line %q: %v", l, err)
				}
				got = append(got, s.Cluster)
				for _, src := range s.Sources {
					if tt.name == "mixed" && src.Article != "b" {
						t.Errorf("summary cites left-out article %s", src.Article)
					}
				}
			}
			if strings.Count(tt.stdin, "\n") == 1 && len(got) == 1 && got[0] == "" && len(tt.summarized) == 1 {
				got[0] = tt.summarized[0] // a lone cluster's JSON carries no cluster id
			}
			if strings.Join(got, ",") != strings.Join(tt.summarized, ",") {
				t.Errorf("summarized %v, want %v", got, tt.summarized)
			}
		})
	}
}
