package http_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	chttp "github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/service"
	"github.com/chorusnews/chorus/sqlite"
)

// An invented German article, long enough for a sure call.
const germanBridge = "Die alte Steinbrücke über die Lenne in Hofstadt wird ab Montag für drei Monate " +
	"gesperrt, teilte die Stadtverwaltung mit. Bei einer Prüfung hatten Ingenieure Risse in zwei " +
	"Pfeilern entdeckt. Fußgänger können eine Behelfsbrücke nutzen, der Autoverkehr wird über die " +
	"Umgehungsstraße geleitet. Die Händler in der Altstadt befürchten weniger Kunden und fordern " +
	"eine schnelle Reparatur noch vor dem Weihnachtsmarkt."

// languageServer is a server on a real service and SQLite store, so the
// language check at the way in is the one `chorus serve` runs.
func languageServer(t *testing.T) (*service.Service, *chttp.Server) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), t.TempDir()+"/chorus.db", sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	svc, err := service.Open(context.Background(), db, service.Options{Clock: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	return svc, chttp.NewServer(svc, chttp.Options{})
}

func TestPostArticlesLanguage(t *testing.T) {
	ctx := context.Background()
	svc, s := languageServer(t)

	body, _ := json.Marshal(chorus.Article{ID: "de-1", Text: germanBridge})
	res, out := do(t, s, "POST", "/api/articles", "application/json", string(body))
	if res.StatusCode != 400 {
		t.Fatalf("status %d, want 400: %s", res.StatusCode, out)
	}
	var e struct {
		Error struct{ Code, Message string }
	}
	mustJSON(t, out, &e)
	if e.Error.Code != chorus.EINVALID || !strings.Contains(e.Error.Message, "unsupported language: German (de)") {
		t.Errorf("error %+v, want invalid naming German (de)", e.Error)
	}
	page, err := svc.Stories(ctx, chorus.StoryQuery{})
	if err != nil || page.Total != 0 {
		t.Errorf("%d stories (%v) after the refusal, want 0", page.Total, err)
	}
}

// TestPostArticlesLanguageBatch checks that one article in another language
// does not turn away the rest of a batch: the others are stored and the
// refused one is answered with status "rejected" and the reason.
func TestPostArticlesLanguageBatch(t *testing.T) {
	_, s := languageServer(t)

	english := chorus.Article{ID: "en-1", Text: "The old stone bridge over the Lenne in Hofstadt will close on Monday " +
		"for three months, the town said, after engineers found cracks in two of its piers."}
	body, _ := json.Marshal([]chorus.Article{{ID: "de-1", Text: germanBridge}, english})
	res, out := do(t, s, "POST", "/api/articles", "application/json", string(body))
	if res.StatusCode != 201 {
		t.Fatalf("status %d, want 201: %s", res.StatusCode, out)
	}
	var got []chorus.IngestResult
	mustJSON(t, out, &got)
	if len(got) != 2 || got[0].Status != chorus.IngestRejected || got[0].ID != "" ||
		!strings.HasPrefix(got[0].Error, "article 1: unsupported language: German (de)") ||
		got[1].Status != chorus.IngestCreated || got[1].Error != "" {
		t.Fatalf("results %+v, want the German article rejected and the English one created", got)
	}
}
