package site_test

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

// budget is what a page may weigh on the wire, HTML and stylesheet
// together, compressed: light enough for an old phone on a slow line.
const budget = 50 * 1024

// transferred fetches a path as a browser would, asking for gzip, and
// returns the compressed size and the decompressed body.
func transferred(t *testing.T, h *webtest.Harness, path string) (int, string, *http.Response) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, h.URL+path, nil)
	must(t, err)
	// Setting the header ourselves stops the client from decompressing,
	// so the body is what travelled.
	req.Header.Set("Accept-Encoding", "gzip")
	res, err := h.Client().Do(req)
	must(t, err)
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	must(t, err)
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("GET %s: not compressed", path)
	}
	zr, err := gzip.NewReader(strings.NewReader(string(raw)))
	must(t, err)
	plain, err := io.ReadAll(zr)
	must(t, err)
	return len(raw), string(plain), res
}

var stylesheetRE = regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)">`)

func TestPageWeight(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	fillLikeAKreis(t, h)
	pages := map[string]string{
		"home":          "/kreis-re/de/",
		"offer list":    "/kreis-re/de/offers",
		"filtered list": "/kreis-re/de/offers?town=marl&lang=tr",
		"offer":         offerURL("de", h.A.Services[0]),
		"print view":    offerURL("de", h.A.Services[0]) + "/print",
		"organisations": "/kreis-re/de/organizations",
		"organisation":  "/kreis-re/de/organizations/" + h.A.Orgs[0].ID,
		"page":          "/kreis-re/de/pages/impressum",
		"finder":        "/kreis-re/de/finder?group=",
		"not found":     "/kreis-re/de/gibt-es-nicht",
	}
	var css int
	for name, path := range pages {
		size, body, _ := transferred(t, h, path)
		m := stylesheetRE.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("%s: no stylesheet", name)
		}
		if css == 0 {
			css, _, _ = transferred(t, h, m[1])
		}
		t.Logf("%-14s %6d bytes HTML + %5d bytes CSS (gzip), %6d bytes uncompressed", name, size, css, len(body))
		if size+css > budget {
			t.Errorf("%s weighs %d bytes, over the budget of %d", name, size+css, budget)
		}
	}
	// The list must really be full for the measurement to mean anything.
	_, body, _ := transferred(t, h, "/kreis-re/de/offers")
	if n := strings.Count(body, `<article class="card">`); n != 20 {
		t.Fatalf("offer list shows %d cards, want 20", n)
	}
}

// fillLikeAKreis gives region A the size of a real Kreis's directory:
// ten towns, twenty needs, ten target groups and sixty offers with
// long texts, many languages and several places each.
func fillLikeAKreis(t *testing.T, h *webtest.Harness) {
	t.Helper()
	ctx := context.Background()
	sys := audit.System
	a := h.A
	needs, err := h.Store.TaxonomyBySlug(ctx, a.Region.ID, directory.TaxNeeds)
	must(t, err)
	groups, err := h.Store.TaxonomyBySlug(ctx, a.Region.ID, directory.TaxTargetGroups)
	must(t, err)
	var termIDs []string
	for i := range 30 {
		tax := needs.ID
		if i >= 20 {
			tax = groups.ID
		}
		term := directory.Term{RegionID: a.Region.ID, TaxonomyID: tax, Name: fmt.Sprintf("Lebenslage mit langem Namen Nummer %d", i)}
		must(t, h.Store.SaveTerm(ctx, sys, &term))
		termIDs = append(termIDs, term.ID)
	}
	var locIDs []string
	for i, name := range []string{"Castrop-Rauxel", "Datteln", "Gladbeck", "Haltern am See", "Herten", "Oer-Erkenschwick", "Recklinghausen", "Waltrop"} {
		town := directory.Town{RegionID: a.Region.ID, Name: name, PostalCodes: []string{fmt.Sprintf("457%02d", i)}, Latitude: 51.6, Longitude: 7.1}
		must(t, h.Store.SaveTown(ctx, sys, &town))
		lat, lon := 51.6+float64(i)/100, 7.1
		loc := directory.Location{RegionID: a.Region.ID, Name: "Beratungsstelle " + name, TownID: town.ID, Latitude: &lat, Longitude: &lon,
			Addresses: []directory.Address{{Address1: "Hauptstraße 12", PostalCode: town.PostalCodes[0], City: name}},
			Schedules: []directory.Schedule{{Freq: directory.FreqWeekly, ByDay: "MO,TU,TH", OpensAt: "09:00", ClosesAt: "12:30"},
				{Freq: directory.FreqWeekly, ByDay: "WE", OpensAt: "14:00", ClosesAt: "18:00"}}}
		must(t, h.Store.SaveLocation(ctx, sys, &loc))
		locIDs = append(locIDs, loc.ID)
	}
	langs := []string{"de", "tr", "ar", "ru", "uk", "pl", "ro", "bg", "fa", "ku", "en", "fr"}
	for i := range 60 {
		sv := directory.Service{
			Name:           fmt.Sprintf("Beratung für Familien mit Einwanderungsgeschichte rund um Schule, Ausbildung und Beruf %d", i),
			Summary:        "Wir beraten Eltern und Jugendliche zu Schule, Ausbildung, Studium und Beruf, helfen bei Anträgen und Bewerbungen und begleiten auf Wunsch zu Terminen bei Behörden und Schulen.",
			OrganizationID: a.Orgs[i%2].ID,
			TermIDs:        []string{termIDs[i%20], termIDs[(i+7)%20], termIDs[20+i%10]},
			Locations:      []directory.ServiceAtLocation{{LocationID: locIDs[i%8]}, {LocationID: locIDs[(i+3)%8]}, {LocationID: a.Locations[0].ID}},
		}
		for j := range 6 {
			sv.Languages = append(sv.Languages, directory.Language{Code: langs[(i+j)%len(langs)]})
		}
		if i%3 == 0 {
			sv.SetFree(true)
		}
		saveOffer(t, h, sv)
	}
	h.Refresh()
}
