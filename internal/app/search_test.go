package app

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/seed"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/testdb"
)

// TestChangeFindableOnEveryInstance runs two servers on one database:
// an offer saved through one is found by the search of the other,
// on the public site and in the HSDS API, once its poll has run.
func TestChangeFindableOnEveryInstance(t *testing.T) {
	dsn := testdb.DSN(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	start := func(demo bool) *Instance {
		t.Helper()
		inst, err := Start(context.Background(), Config{Addr: "127.0.0.1:0", DB: dsn, DataDir: t.TempDir(), LogLevel: "warn", LogFormat: "text", Demo: demo}, log)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { inst.Close(context.Background()) })
		return inst
	}
	one, two := start(true), start(false)
	ctx := context.Background()
	r, err := one.Store.RegionBySlug(ctx, seed.DemoSlug)
	if err != nil {
		t.Fatal(err)
	}
	orgs, _, err := one.Store.Organizations(ctx, r.ID, store.ListFilter{Limit: 1})
	if err != nil || len(orgs) == 0 {
		t.Fatalf("organisations: %v", err)
	}
	// get returns the page, or "" while the instance still builds its
	// search index (503, right after the start).
	get := func(inst *Instance, path string) string {
		t.Helper()
		res, err := http.Get(inst.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		switch res.StatusCode {
		case http.StatusOK:
			return string(body)
		case http.StatusServiceUnavailable:
			if res.Header.Get("Retry-After") == "" {
				t.Errorf("GET %s = 503 without Retry-After", path)
			}
			return ""
		}
		t.Fatalf("GET %s = %d", path, res.StatusCode)
		return ""
	}
	// eventually waits, generously, until the page shows want.
	eventually := func(inst *Instance, path, want string) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for !strings.Contains(get(inst, path), want) {
			if time.Now().After(deadline) {
				t.Fatalf("GET %s never showed %q", path, want)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	const name = "Zauberwürfelberatung"
	eventually(two, "/kreis-re/de/offers?q=zauberwuerfelberatung", "</html>") // search index built
	if strings.Contains(get(two, "/kreis-re/de/offers?q=zauberwuerfelberatung"), name) {
		t.Fatal("found before it exists")
	}
	sv := directory.Service{RegionID: r.ID, OrganizationID: orgs[0].ID, Name: name, Description: "Hilfe mit dem Würfel."}
	if err := one.Store.SaveService(ctx, audit.System, &sv); err != nil {
		t.Fatal(err)
	}
	eventually(two, "/kreis-re/de/offers?q=zauberwuerfelberatung", name)
	eventually(two, "/api/hsds/kreis-re/services?search=zauberwuerfel", sv.ID)
	eventually(one, "/kreis-re/de/offers?q=zauberwuerfelberatung", name)

	// A translation reaches the other instance's index, too.
	if err := one.Store.SaveTranslation(ctx, audit.System, &directory.Translation{RegionID: r.ID, EntityType: directory.TranslateService,
		EntityID: sv.ID, Field: "summary", Lang: "tr", Text: "Sihirli küp danışmanlığı"}); err != nil {
		t.Fatal(err)
	}
	eventually(two, "/kreis-re/tr/offers?q=sihirli+k%C3%BCp", sv.ID)

	// Archived, it leaves the results everywhere.
	if err := one.Store.ArchiveService(ctx, audit.System, r.ID, sv.ID); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for strings.Contains(get(two, "/kreis-re/de/offers?q=zauberwuerfelberatung"), name) {
		if time.Now().After(deadline) {
			t.Fatal("an archived offer is still found")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
