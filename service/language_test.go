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
	cases := []struct {
		name string
		in   []chorus.Article
		want string // the error message; empty for success
	}{
		{"french", []chorus.Article{frenchMarket}, "article 1: " + refusal},
		{"french in an english batch", []chorus.Article{englishMarket, frenchMarket}, "article 2: " + refusal},
		{"lower-cased english", []chorus.Article{englishMarket}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := s.Ingest(ctx, tc.in)
			if tc.want == "" {
				if err != nil || len(res) != len(tc.in) || res[0].Status != chorus.IngestCreated {
					t.Fatalf("Ingest = %+v, %v; want created", res, err)
				}
				return
			}
			if chorus.ErrorCode(err) != chorus.EINVALID || chorus.ErrorMessage(err) != tc.want {
				t.Fatalf("Ingest error %v, want invalid %q", err, tc.want)
			}
		})
	}
	// The refused batches stored nothing: only the English article is there.
	page, err := s.Stories(ctx, chorus.StoryQuery{})
	if err != nil || page.Total != 1 {
		t.Fatalf("%d stories (%v), want 1", page.Total, err)
	}
	if _, err := s.Article(ctx, articleID("url:https://fr.example/marche")); chorus.ErrorCode(err) != chorus.ENOTFOUND {
		t.Errorf("refused French article stored: %v", err)
	}
}
