package feed_test

import (
	"context"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/feed"
	"github.com/chorusnews/chorus/netguard"
	"github.com/chorusnews/chorus/service"
	"github.com/chorusnews/chorus/sqlite"
)

// An invented Spanish item, long enough for a sure call, and an English
// one.
const (
	spanishItem = "El ayuntamiento de Villaseca inauguró el domingo una nueva biblioteca municipal en el " +
		"antiguo edificio de la estación de tren, cerrado desde hace más de veinte años. La obra costó " +
		"casi dos millones de euros y contó con la ayuda de los vecinos, que donaron miles de libros. " +
		"La alcaldesa explicó que el centro abrirá también por las tardes para que los estudiantes " +
		"puedan preparar sus exámenes."
	englishItem = "The town of Villaseca opened a new public library on Sunday in the old railway station, " +
		"which had been closed for more than twenty years."
)

// TestForeignItemIsRejected polls a feed into the real service: the item
// in Spanish is refused by the language policy, skipped and counted as
// rejected, and the English item is stored.
func TestForeignItemIsRejected(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, t.TempDir()+"/chorus.db", sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{now: time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)}
	svc, err := service.Open(ctx, db, service.Options{Clock: c.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	srv := serveRSS(t, []rssItem{{guid: "es-1", text: spanishItem}, {guid: "en-1", text: englishItem}})
	p, err := feed.NewPoller(feed.Options{Service: svc, Clock: c.Now,
		Client: netguard.New(netguard.Options{Allow: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}).Client(0)})
	if err != nil {
		t.Fatal(err)
	}
	f, err := svc.AddFeed(ctx, srv.URL+"/feed")
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Poll(ctx, *f)
	if err != nil || r.Err != nil {
		t.Fatalf("poll: %v, %v", err, r.Err)
	}
	if r.Items != 2 || r.Rejected != 1 || len(r.Ingested) != 1 {
		t.Errorf("result: %d items, %d rejected, %d ingested; want 2, 1, 1", r.Items, r.Rejected, len(r.Ingested))
	}
	if chorus.ErrorCode(r.RejectErr) != chorus.EINVALID || !strings.Contains(r.RejectErr.Error(), "unsupported language: Spanish (es)") {
		t.Errorf("RejectErr %v, want invalid naming Spanish (es)", r.RejectErr)
	}
	if len(r.Ingested) == 1 {
		a, err := svc.Article(ctx, r.Ingested[0].ID)
		if err != nil || !strings.Contains(a.Text, "new public library") {
			t.Errorf("stored article %+v (%v), want the English item", a, err)
		}
	}
}
