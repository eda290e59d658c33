package backoffice_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/web/webtest"
)

func TestAuditShowsChangesAndHistory(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c, u := signIn(t, h, h.A.Region, "editor@a.example.org", auth.RoleStaff)
	sv := h.A.Services[1]
	path := "/admin/offers/" + sv.ID
	edit(t, h, c, path, url.Values{"name": {"Wohnraumberatung"}, "summary": {"Umbau & Hilfen <neu>"}})

	es := auditEntries(t, h, h.A.Region, audit.EntityService, sv.ID)
	if len(es) < 2 || es[0].Action != audit.ActionUpdate || es[0].UserID != u.ID || es[0].UserEmail != "editor@a.example.org" {
		t.Fatalf("audit entries: %+v", es)
	}
	entry := "/admin/audit/" + strconv.FormatInt(es[0].ID, 10)
	body := get(t, h, c, entry, http.StatusOK)
	for _, want := range []string{"Vorher", "Nachher", "Wohnberatung", "Wohnraumberatung", "Umbau &amp; Hilfen &lt;neu&gt;", "editor@a.example.org"} {
		if !strings.Contains(body, want) {
			t.Errorf("entry page lacks %q", want)
		}
	}
	if strings.Contains(body, "<code class=\"muted\">Ver</code>") {
		t.Error("entry page lists the version counter")
	}

	// The edit form links to the record's history, which lists the change.
	form := get(t, h, c, path, http.StatusOK)
	history := "/admin/audit?id=" + sv.ID + "&amp;type=service"
	if !strings.Contains(form, `href="`+history+`"`) {
		t.Fatalf("edit form without history link")
	}
	body = get(t, h, c, "/admin/audit?id="+sv.ID+"&type=service", http.StatusOK)
	if !strings.Contains(body, entry) || !strings.Contains(body, "Verlauf: Wohnraumberatung") {
		t.Errorf("history lacks the change:\n%s", snippet(body))
	}

	// Archived offers keep their history.
	post(t, h, c, path+"/archive", nil, http.StatusSeeOther)
	body = get(t, h, c, "/admin/audit?id="+sv.ID+"&type=service", http.StatusOK)
	if !strings.Contains(body, entry) || !strings.Contains(body, "Archiviert") {
		t.Error("history of an archived offer is incomplete")
	}
	if !strings.Contains(get(t, h, c, path, http.StatusOK), `href="`+history+`"`) {
		t.Error("archived offer without history link")
	}
}

func TestAuditLogFiltersAndPages(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c, u := signIn(t, h, h.A.Region, "editor@a.example.org", auth.RoleStaff)
	ctx := context.Background()
	for i := range 55 {
		o, _ := h.Store.Organization(ctx, h.A.Region.ID, h.A.Orgs[0].ID)
		o.Description = fmt.Sprintf("Fassung %d", i)
		if err := h.Store.SaveOrganization(ctx, audit.Actor{UserID: u.ID, Email: u.Email}, &o); err != nil {
			t.Fatal(err)
		}
	}
	body := get(t, h, c, "/admin/audit?type=organization&user="+u.ID, http.StatusOK)
	if n := strings.Count(body, `href="/admin/audit/`); n != 50 {
		t.Errorf("first page has %d entries, want 50", n)
	}
	if strings.Contains(body, "Angebot:") {
		t.Error("type filter lets offers through")
	}
	older := regexpAll(`href="(/admin/audit\?before=[^"]*)"`, body)
	if len(older) != 1 {
		t.Fatalf("no link to older entries")
	}
	body = get(t, h, c, unescape(older[0][1]), http.StatusOK)
	if n := strings.Count(body, `href="/admin/audit/`); n != 5 {
		t.Errorf("second page has %d entries, want 5", n)
	}
	if strings.Contains(body, `href="/admin/audit?before=`) {
		t.Error("the last page links to older entries")
	}
	// Another user's filter shows none of these.
	other, _ := h.CreateUser(h.A.Region, "other@a.example.org", auth.RoleStaff)
	body = get(t, h, c, "/admin/audit?user="+other.ID, http.StatusOK)
	if strings.Contains(body, "Organisation:") {
		t.Error("user filter shows another user's changes")
	}
}

func TestEveryPageRenders(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	ctx := context.Background()
	contacts, _ := h.Store.Contacts(ctx, h.A.Region.ID, storeContactFilter())
	users, _ := h.Store.Users(ctx, h.A.Region.ID)
	// A translation, so that its audit entry is among the pages.
	translate(t, h, h.A.Region, "service", h.A.Services[0].ID, "name", "ar", "استشارة الرعاية باللغة التركية", true)
	entries, _ := h.Store.AuditEntries(ctx, h.A.Region.ID, audit.Filter{})
	paths := []string{"/admin/", "/admin/offers", "/admin/offers?state=archived", "/admin/offers/new",
		"/admin/offers/" + h.A.Services[0].ID, "/admin/offers/" + h.A.Services[3].ID, "/admin/offers?org=" + h.A.Orgs[0].ID,
		"/admin/organizations", "/admin/organizations/new", "/admin/organizations/" + h.A.Orgs[0].ID,
		"/admin/locations", "/admin/locations/new", "/admin/locations/" + h.A.Locations[0].ID,
		"/admin/contacts", "/admin/contacts/new", "/admin/contacts/" + contacts[0].ID,
		"/admin/taxonomies", "/admin/taxonomies/needs", "/admin/taxonomies/needs/new", "/admin/taxonomies/accessibility",
		"/admin/terms/" + h.A.Terms["care"].ID, "/admin/terms/" + h.A.Terms["step-free"].ID,
		"/admin/pages", "/admin/pages/new", "/admin/pages/" + h.A.Page.ID,
		"/admin/towns", "/admin/towns/new", "/admin/towns/" + h.A.Towns[0].ID,
		"/admin/users", "/admin/users/new", "/admin/users/" + users[0].ID, "/admin/audit",
		"/admin/translations", "/admin/translations/tr", "/admin/translations/ar?type=service&status=all",
		"/admin/translations/ar/service/" + h.A.Services[0].ID, "/admin/translations/en/taxonomy_term/" + h.A.Terms["care"].ID,
		"/admin/translations/tr/page/" + h.A.Page.ID, "/admin/translations/tr/location/" + h.A.Locations[0].ID,
		"/admin/translations/en/organization/" + h.A.Orgs[0].ID, "/admin/translations/import",
	}
	for _, e := range entries {
		paths = append(paths, "/admin/audit/"+strconv.FormatInt(e.ID, 10))
	}
	for _, l := range officeLangs {
		lang := l.code
		for _, p := range paths {
			req, _ := http.NewRequest(http.MethodGet, h.URL+p, nil)
			req.Header.Set("Accept-Language", lang)
			res, body := h.Do(c, req)
			if res.StatusCode != http.StatusOK {
				t.Errorf("%s %s: status %d", lang, p, res.StatusCode)
				continue
			}
			checkHTML(t, p, res, body)
			if !strings.Contains(body, `<html lang="`+lang+`" dir="`+l.dir+`"`) || !strings.Contains(body, `<main id="main"`) || !strings.Contains(body, "<h1") ||
				!strings.Contains(body, `action="/admin/logout"`) || !strings.Contains(body, `aria-current="page"`) {
				t.Errorf("%s %s: not a complete page", lang, p)
			}
		}
	}
}
