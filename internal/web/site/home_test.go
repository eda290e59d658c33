package site_test

import (
	"context"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

func TestHomeShowsWaysInWithCounts(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	body := page(t, h, "/kreis-re/de/", 200)
	has(t, "home", body,
		"<h1>Hilfe und Beratung finden</h1>",
		`href="/kreis-re/de/offers">Alle 3 Angebote ansehen</a>`,
		// Needs with the number of public offers (the archived one does not count).
		`<a href="/kreis-re/de/offers?need=care"><span class="tile-name">Pflege</span> <span class="count">2 Angebote</span></a>`,
		`<a href="/kreis-re/de/offers?need=counselling"><span class="tile-name">Beratung</span> <span class="count">1 Angebot</span></a>`,
		// Towns likewise.
		`<a href="/kreis-re/de/offers?town=marl"><span class="tile-name">Marl</span> <span class="count">2 Angebote</span></a>`,
		`<a href="/kreis-re/de/offers?town=dorsten"><span class="tile-name">Dorsten</span> <span class="count">1 Angebot</span></a>`,
		"Was ist Lotse?",
	)
	// A need without offers leads nowhere and is left out.
	hasNot(t, "home", body, "need=language-courses", "Archiviertes Angebot")
	// Region B's data never shows in region A.
	b := page(t, h, "/stadt-b/de/", 200)
	has(t, "home B", b, "Stadt B")
	hasNot(t, "home A", body, "Stadt B")
	// Without an integration centre, there is no contact box.
	hasNot(t, "home", body, "Persönliche Beratung")

	en := page(t, h, "/kreis-re/en/", 200)
	has(t, "home en", en, "<h1>Find help and advice</h1>", "See all 3 offers", `<span class="count">2 offers</span>`,
		// Terms are German data: marked as such on an English page.
		`<span class="tile-name" lang="de" dir="ltr">Pflege</span>`)
}

func TestHomeShowsIntegrationCentre(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ki := addKI(t, h)
	body := page(t, h, "/kreis-re/de/", 200)
	has(t, "home", body,
		"Persönliche Beratung",
		`<a href="/kreis-re/de/organizations/`+ki.ID+`">Kommunales Integrationszentrum Kreis Recklinghausen</a>`,
		`href="tel:&#43;492361533808">02361 / 53 3808</a>`,
		"<li>Mo, Di 09:00–14:00</li>", "<li>Mi 09:00–14:30</li>",
		// Monday 10:30: the centre is open.
		"Jetzt geöffnet bis 14:00 Uhr",
		`<li lang="tr" dir="ltr">Türkçe</li>`,
		"Kurt-Schumacher-Allee 1",
	)
	hasNot(t, "home", body, "Förderverein")
}

func TestHomeCacheFollowsChanges(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	page(t, h, "/kreis-re/de/", 200) // fills the cache
	town := directory.Town{RegionID: h.A.Region.ID, Name: "Haltern am See", PostalCodes: []string{"45721"}, Latitude: 51.74, Longitude: 7.18}
	must(t, h.Store.SaveTown(context.Background(), audit.System, &town))
	loc := directory.Location{RegionID: h.A.Region.ID, Name: "Seestern", TownID: town.ID,
		Addresses: []directory.Address{{Address1: "Seestraße 1", PostalCode: "45721", City: "Haltern am See"}}}
	must(t, h.Store.SaveLocation(context.Background(), audit.System, &loc))
	saveOffer(t, h, directory.Service{Name: "Schwimmkurs", Locations: []directory.ServiceAtLocation{{LocationID: loc.ID}}})
	h.Refresh()
	body := page(t, h, "/kreis-re/de/", 200)
	has(t, "home", body, `href="/kreis-re/de/offers?town=haltern-am-see"`, "Alle 4 Angebote ansehen")
}

func TestDemoBanner(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	demo := directory.Region{Slug: "demo", Name: "Demo-Kreis", Languages: []string{"de", "en"}, Demo: true}
	must(t, h.Store.CreateRegion(context.Background(), audit.System, &demo))
	for _, path := range []string{"/demo/de/", "/demo/de/offers", "/demo/de/organizations", "/demo/de/pages/impressum", "/demo/de/gibt-es-nicht"} {
		res, body := get(t, h, path)
		if !strings.Contains(body, `<p class="demo">Demo: Alle Organisationen`) {
			t.Errorf("GET %s (%d): no demo banner", path, res.StatusCode)
		}
	}
	body := page(t, h, "/demo/en/", 200)
	has(t, "demo en", body, "Demo: all organisations")
	body = page(t, h, "/kreis-re/de/", 200)
	hasNot(t, "real region", body, `class="demo"`)
}
