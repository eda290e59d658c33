package site_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

// The tests run the real server through package webtest, on SQLite or,
// with LOTSE_TEST_DB=postgres, on PostgreSQL. The harness's clock is
// Monday, 23 November 2026, 10:30 in Berlin.

// get fetches a path with optional header name/value pairs.
func get(t *testing.T, h *webtest.Harness, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, h.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return h.Do(nil, req)
}

// page fetches a path, wants the status, checks the page's structure and
// returns the body.
func page(t *testing.T, h *webtest.Harness, path string, want int) string {
	t.Helper()
	res, body := get(t, h, path)
	if res.StatusCode != want {
		t.Fatalf("GET %s = %d, want %d\n%s", path, res.StatusCode, want, excerpt(body))
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("GET %s: Content-Type %q", path, ct)
	}
	checkPage(t, path, body, h.URL)
	return body
}

// checkPage fails the test when a page is not well-formed or breaks a
// rule of structure or accessibility.
func checkPage(t *testing.T, path, body, base string) *node {
	t.Helper()
	root, err := parseHTML(body)
	if err != nil {
		t.Fatalf("GET %s: malformed HTML: %v\n%s", path, err, excerpt(body))
	}
	for _, p := range pageProblems(root, base) {
		t.Errorf("GET %s: %s", path, p)
	}
	return root
}

// has fails the test for every want the body does not contain.
func has(t *testing.T, what, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s: missing %q", what, w)
		}
	}
}

// hasNot fails the test for every string the body contains.
func hasNot(t *testing.T, what, body string, nots ...string) {
	t.Helper()
	for _, n := range nots {
		if strings.Contains(body, n) {
			t.Errorf("%s: should not contain %q", what, n)
		}
	}
}

func excerpt(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "…"
	}
	return s
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// offerURL is the path of an offer's page.
func offerURL(lang string, sv directory.Service) string {
	return "/kreis-re/" + lang + "/offers/" + sv.ID
}

// addKI adds the integration centre to region A: an administration
// with a phone contact and a place with consultation hours.
func addKI(t *testing.T, h *webtest.Harness) directory.Organization {
	t.Helper()
	ctx := context.Background()
	a := h.A
	ki := directory.Organization{RegionID: a.Region.ID, Name: "Kommunales Integrationszentrum Kreis Recklinghausen",
		Type: directory.OrgAdministration, Description: "Das KI vernetzt die Integrationsarbeit."}
	must(t, h.Store.SaveOrganization(ctx, audit.System, &ki))
	// A sub-unit whose name also contains the word must not be taken
	// for the centre.
	sub := directory.Organization{RegionID: a.Region.ID, Name: "Förderverein am Integrationszentrum", Type: directory.OrgWelfare,
		Description: "Ein Verein."}
	must(t, h.Store.SaveOrganization(ctx, audit.System, &sub))
	c := directory.Contact{RegionID: a.Region.ID, OrganizationID: ki.ID, Name: "Ansprechstelle Senior*innenarbeit",
		Phones: []directory.Phone{{Number: "02361 / 53 3808", Languages: []string{"de", "tr"}}}}
	must(t, h.Store.SaveContact(ctx, audit.System, &c))
	loc := directory.Location{RegionID: a.Region.ID, OrganizationID: ki.ID, Name: "Kreishaus",
		Addresses: []directory.Address{{Address1: "Kurt-Schumacher-Allee 1", PostalCode: "45657", City: "Recklinghausen"}},
		Schedules: []directory.Schedule{
			{Freq: directory.FreqWeekly, ByDay: "MO,TU", OpensAt: "09:00", ClosesAt: "14:00"},
			{Freq: directory.FreqWeekly, ByDay: "WE", OpensAt: "09:00", ClosesAt: "14:30"},
		}}
	must(t, h.Store.SaveLocation(ctx, audit.System, &loc))
	h.Refresh()
	return ki
}

// saveOffer stores an offer in region A with defaults filled in.
func saveOffer(t testing.TB, h *webtest.Harness, sv directory.Service) directory.Service {
	t.Helper()
	sv.RegionID = h.A.Region.ID
	if sv.OrganizationID == "" {
		sv.OrganizationID = h.A.Orgs[0].ID
	}
	if sv.Description == "" {
		sv.Description = "Beschreibung von " + sv.Name
	}
	must(t, h.Store.SaveService(context.Background(), audit.System, &sv))
	return sv
}

// nthName returns a name that sorts after the fixture's offers.
func nthName(i int) string { return fmt.Sprintf("Zz Angebot %02d", i) }

// parse parses a page, failing the test when it is malformed.
func parse(t *testing.T, body string) *node {
	t.Helper()
	root, err := parseHTML(body)
	if err != nil {
		t.Fatalf("malformed HTML: %v", err)
	}
	return root
}

// options returns the options of the select named name: value → text,
// and the selected values.
func options(root *node, name string) (map[string]string, []string) {
	texts := map[string]string{}
	var selected []string
	for _, s := range root.find("select") {
		if s.attrs["name"] != name {
			continue
		}
		for _, o := range s.find("option") {
			texts[o.attrs["value"]] = o.textOf()
			if _, ok := o.attr("selected"); ok {
				selected = append(selected, o.attrs["value"])
			}
		}
	}
	return texts, selected
}

// cardNames returns the names on the offer cards of a page, in order.
func cardNames(root *node) []string {
	var out []string
	for _, a := range root.find("article") {
		if a.attrs["class"] != "card" {
			continue
		}
		for _, h := range a.find("h3") {
			out = append(out, h.textOf())
		}
	}
	return out
}

// linksWith returns the hrefs of the <a> elements with the attribute
// name set to value.
func linksWith(root *node, name, value string) []string {
	var out []string
	for _, a := range root.find("a") {
		if v, ok := a.attr(name); ok && v == value {
			out = append(out, a.attrs["href"])
		}
	}
	return out
}
