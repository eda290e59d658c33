package site_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

func TestOrganizationList(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ctx := context.Background()
	// An organisation without offers is listed too; an archived one is not.
	for _, o := range []directory.Organization{
		{Name: "Ärztehaus Marl", Type: directory.OrgWelfare, Description: "Ein Träger."},
		{Name: "Zentrum für Familien", Type: directory.OrgWelfare, Description: "Ein Träger."},
		{Name: "Alte Verwaltung", Type: directory.OrgAdministration, Description: "Gibt es nicht mehr."},
	} {
		o.RegionID = h.A.Region.ID
		must(t, h.Store.SaveOrganization(ctx, audit.System, &o))
		if o.Name == "Alte Verwaltung" {
			must(t, h.Store.ArchiveOrganization(ctx, audit.System, h.A.Region.ID, o.ID))
		}
	}
	h.Refresh()
	body := page(t, h, "/kreis-re/de/organizations", http.StatusOK)
	has(t, "organisations", body,
		"<h1>Organisationen</h1>",
		`<a href="#administration">Verwaltung und Behörden (1)</a>`,
		`<a href="#welfare">Freie Träger der Wohlfahrtspflege (2)</a>`,
		`<a href="#migrant-organization">Migrant*innenorganisationen (1)</a>`,
		`<h2 id="administration">Verwaltung und Behörden <span class="count">(1)</span></h2>`,
		`<a href="/kreis-re/de/organizations/`+h.A.Orgs[0].ID+`">Beratungs- und Infocenter Pflege Kreis Recklinghausen</a> <span class="count">2 Angebote</span>`,
		`<a href="/kreis-re/de/organizations/`+h.A.Orgs[1].ID+`">Türkischer Elternverein Marl</a> <span class="count">1 Angebot</span>`,
		`<span class="count">0 Angebote</span>`,
	)
	hasNot(t, "organisations", body, "Alte Verwaltung", "Stadt B", "#other")
	// German order: "Ärztehaus" sorts with A, before "Zentrum".
	if i, j := strings.Index(body, "Ärztehaus Marl"), strings.Index(body, "Zentrum für Familien"); i < 0 || j < 0 || i > j {
		t.Errorf("Ärztehaus at %d, Zentrum at %d: not in German order", i, j)
	}
	has(t, "organisations en", page(t, h, "/kreis-re/en/organizations", http.StatusOK), "Welfare organisations (2)", "2 offers")
}

func TestOrganizationPage(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ctx := context.Background()
	org := h.A.Orgs[0]
	c := directory.Contact{RegionID: h.A.Region.ID, OrganizationID: org.ID, Name: "Zentrale", Email: "zentrale@example.org",
		Phones: []directory.Phone{{Number: "02361 53-0"}, {Number: "02361 53-1", Type: "fax"}}}
	must(t, h.Store.SaveContact(ctx, audit.System, &c))
	child := directory.Organization{RegionID: h.A.Region.ID, Name: "BIP Außenstelle", Type: directory.OrgAdministration,
		Description: "Außenstelle.", ParentID: org.ID}
	must(t, h.Store.SaveOrganization(ctx, audit.System, &child))
	h.Refresh()
	body := page(t, h, "/kreis-re/de/organizations/"+org.ID, http.StatusOK)
	has(t, "organisation", body,
		"<h1>Beratungs- und Infocenter Pflege Kreis Recklinghausen</h1>",
		"<dt>Art</dt><dd>Verwaltung</dd>",
		`<a href="https://example.org/bip">https://example.org/bip</a>`,
		`<a href="mailto:bip@example.org">bip@example.org</a>`,
		"<p>Beratung rund um Pflege.</p>",
		`<a class="tel" href="tel:&#43;492361530">02361 53-0</a>`,
		"<p>Fax: 02361 53-1</p>", // no tel: link for a fax
		"<h3>BIP Marl</h3>", "<h2 id=\"h-offers\">2 Angebote dieser Organisation</h2>",
		"Pflegeberatung auf Türkisch", "Wohnberatung",
	)
	hasNot(t, "organisation", body, "Archiviertes Angebot", "Hausaufgabenhilfe")
	sub := page(t, h, "/kreis-re/de/organizations/"+child.ID, http.StatusOK)
	has(t, "child", sub, `<dt>Gehört zu</dt><dd><a href="/kreis-re/de/organizations/`+org.ID+`">`, "Diese Organisation hat zurzeit keine Angebote eingetragen.")

	root := parse(t, body)
	var ld map[string]any
	must(t, json.Unmarshal([]byte(root.find("script")[0].text.String()), &ld))
	if ld["@type"] != "GovernmentOrganization" || ld["name"] != org.Name || ld["sameAs"] != "https://example.org/bip" {
		t.Errorf("JSON-LD %v", ld)
	}
	mo := parse(t, page(t, h, "/kreis-re/de/organizations/"+h.A.Orgs[1].ID, http.StatusOK))
	must(t, json.Unmarshal([]byte(mo.find("script")[0].text.String()), &ld))
	if ld["@type"] != "NGO" {
		t.Errorf("migrant organisation as %v, want NGO", ld["@type"])
	}

	for _, id := range []string{h.B.Orgs[0].ID, directory.NewID(), "abc", "%ff"} {
		page(t, h, "/kreis-re/de/organizations/"+id, http.StatusNotFound)
	}
}

func TestEditablePages(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ctx := context.Background()
	p := h.A.Page
	p.Title, p.Body = "Impressum", "## Anbieter\nKreis Recklinghausen\nKurt-Schumacher-Allee 1\n\nTel. 02361 53-0\n\n<b>kein HTML</b>"
	must(t, h.Store.SavePage(ctx, audit.System, &p))
	body := page(t, h, "/kreis-re/de/pages/impressum", http.StatusOK)
	has(t, "imprint", body, "<h1>Impressum</h1>", "<h2>Anbieter</h2>", "Kreis Recklinghausen<br>Kurt-Schumacher-Allee 1",
		`Tel. <a href="tel:+492361530">02361 53-0</a>`, "&lt;b&gt;kein HTML&lt;/b&gt;", "<title>Impressum – Lotse Kreis Recklinghausen</title>")
	has(t, "privacy", page(t, h, "/kreis-re/de/pages/datenschutz", http.StatusOK), "<h1>Datenschutz</h1>")
	// Every page links to both in its footer.
	for _, path := range []string{"/kreis-re/de/", "/kreis-re/de/offers", offerURL("de", h.A.Services[0]), "/kreis-re/de/gibt-es-nicht"} {
		_, body := get(t, h, path)
		has(t, path, body, `<a href="/kreis-re/de/pages/impressum">Impressum</a>`, `<a href="/kreis-re/de/pages/datenschutz">Datenschutz</a>`)
	}
	page(t, h, "/kreis-re/de/pages/gibt-es-nicht", http.StatusNotFound)
	page(t, h, "/kreis-re/de/pages/..%2fetc", http.StatusNotFound)
	must(t, h.Store.ArchivePage(ctx, audit.System, h.A.Region.ID, p.ID))
	page(t, h, "/kreis-re/de/pages/impressum", http.StatusNotFound)
}
