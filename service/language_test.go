package service

import (
	"context"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// Invented articles for the language policy: one French, one English
// lower-cased and spaced the way Multi-News articles are.
var (
	frenchMarket = chorus.Article{ID: "fr-1", Title: "Marché", URL: "https://fr.example/marche",
		Text: "Le marché couvert de Belrive rouvrira ses portes samedi matin après huit mois de travaux, " +
			"a annoncé la mairie. Les commerçants, installés provisoirement sous des tentes sur la place " +
			"de l'église, ont salué la fin d'un hiver difficile. La toiture a été entièrement refaite et " +
			"les allées ont été élargies pour accueillir les poussettes. Une fête est prévue dans l'après-midi " +
			"avec des dégustations et un concert de la fanfare municipale."}
	englishMarket = chorus.Article{ID: "en-1", URL: "https://en.example/market",
		Text: "the covered market in belrive will reopen on saturday morning after eight months of work , " +
			"the town hall said . traders , who had moved into tents on the church square , welcomed the end " +
			"of a hard winter . the roof was rebuilt and the aisles were widened for strollers . a party is " +
			"planned in the afternoon with tastings and a concert by the town band ."}
)

func TestIngestLanguage(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, t.TempDir(), &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)})
	const refusal = "unsupported language: French (fr); Chorus summarizes English"
	german := chorus.Article{ID: "de-1", URL: "https://de.example/markt", Text: "Die Markthalle von Belrive öffnet " +
		"am Samstagmorgen nach acht Monaten Bauzeit wieder, teilte die Stadtverwaltung mit. Die Händler, die " +
		"vorübergehend in Zelten auf dem Kirchplatz untergebracht waren, begrüßten das Ende eines schweren " +
		"Winters. Das Dach wurde vollständig erneuert und die Gänge wurden für Kinderwagen verbreitert. Am " +
		"Nachmittag ist ein Fest mit Verkostungen und einem Konzert der Stadtkapelle geplant."}
	cases := []struct {
		name   string
		in     []chorus.Article
		want   string   // the error message; empty for success
		status []string // each article's status on success
		errs   []string // each article's Error on success
	}{
		{"french", []chorus.Article{frenchMarket}, "article 1: " + refusal, nil, nil},
		{"two foreign languages", []chorus.Article{german, frenchMarket}, "article 1: unsupported language: German (de); Chorus summarizes English", nil, nil},
		{"lower-cased english", []chorus.Article{englishMarket}, "", []string{chorus.IngestCreated}, []string{""}},
		{"french in an english batch", []chorus.Article{german, englishMarket, frenchMarket}, "",
			[]string{chorus.IngestRejected, chorus.IngestUnchanged, chorus.IngestRejected},
			[]string{"article 1: unsupported language: German (de); Chorus summarizes English", "", "article 3: " + refusal}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := s.Ingest(ctx, tc.in)
			if tc.want != "" {
				if chorus.ErrorCode(err) != chorus.EINVALID || chorus.ErrorMessage(err) != tc.want {
					t.Fatalf("Ingest error %v, want invalid %q", err, tc.want)
				}
				return
			}
			if err != nil || len(res) != len(tc.in) {
				t.Fatalf("Ingest = %+v, %v; want %d results", res, err, len(tc.in))
			}
			for i, r := range res {
				if r.Status != tc.status[i] || r.Error != tc.errs[i] || (r.Status == chorus.IngestRejected) != (r.ID == "") {
					t.Errorf("result %d = %+v, want status %q, error %q", i+1, r, tc.status[i], tc.errs[i])
				}
			}
		})
	}
	// The refused articles are not stored: only the English article is.
	page, err := s.Stories(ctx, chorus.StoryQuery{})
	if err != nil || page.Total != 1 {
		t.Fatalf("%d stories (%v), want 1", page.Total, err)
	}
	if _, err := s.Article(ctx, articleID("url:https://de.example/markt")); chorus.ErrorCode(err) != chorus.ENOTFOUND {
		t.Errorf("refused German article stored: %v", err)
	}
	if _, err := s.Article(ctx, articleID("url:https://fr.example/marche")); chorus.ErrorCode(err) != chorus.ENOTFOUND {
		t.Errorf("refused French article stored: %v", err)
	}
}
