package backoffice_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/web/webtest"
)

// create posts a new record's form (starting from what the "new" page
// renders) and returns the new id.
func create(t *testing.T, h *webtest.Harness, c *http.Client, newPath string, set url.Values) string {
	t.Helper()
	form := formValues(t, get(t, h, c, newPath, http.StatusOK))
	for k, v := range set {
		form[k] = v
	}
	res, _ := post(t, h, c, newPath, form, http.StatusSeeOther)
	return idFromLocation(t, res)
}

// edit loads a record's form, changes fields and posts it.
func edit(t *testing.T, h *webtest.Harness, c *http.Client, path string, set url.Values) url.Values {
	t.Helper()
	form := formValues(t, get(t, h, c, path, http.StatusOK))
	for k, v := range set {
		form[k] = v
	}
	res, _ := post(t, h, c, path, form, http.StatusSeeOther)
	if res.Header.Get("Location") != path {
		t.Errorf("after saving %s: redirect to %q", path, res.Header.Get("Location"))
	}
	body := get(t, h, c, path, http.StatusOK)
	if !strings.Contains(body, "Gespeichert.") {
		t.Errorf("no success message after saving %s", path)
	}
	return form
}

// archiveRestore archives a record through its button, checks it with
// archived, restores it and checks again.
func archiveRestore(t *testing.T, h *webtest.Harness, c *http.Client, path string, archived func() bool) {
	t.Helper()
	post(t, h, c, path+"/archive", nil, http.StatusSeeOther)
	if !archived() {
		t.Errorf("%s not archived", path)
	}
	body := get(t, h, c, path, http.StatusOK)
	if !strings.Contains(body, `action="`+path+`/restore"`) {
		t.Errorf("%s: archived record without restore button", path)
	}
	post(t, h, c, path+"/restore", nil, http.StatusSeeOther)
	if archived() {
		t.Errorf("%s not restored", path)
	}
}

func publicOffers(h *webtest.Harness, region directory.Region) []string {
	return h.Env.Index.Search(region.ID, offerindex.Query{Limit: 1000}).IDs
}

func TestOfferRoundTrip(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	a := h.A
	id := create(t, h, c, "/admin/offers/new", url.Values{
		"organization_id": {a.Orgs[1].ID}, "name": {"Sprachcafé für Frauen"},
		"summary": {"Deutsch üben in entspannter Runde."}, "description": {"Jeden Dienstag.\n\n## Wer?\n- Frauen"},
		"needs":     {a.Terms["language-courses"].ID},
		"access":    {a.Terms["walk-in"].ID, a.Terms["appointment"].ID},
		"languages": {"de", "ar", "uk"}, "free": {"1"}, "minimum_age": {"16"}, "maximum_age": {"99"},
		"status": {"active"}, "assured_date": {"2026-11-01"}, "locations": {a.Locations[1].ID},
		"email": {"cafe@example.org"}, "url": {"https://example.org/cafe"},
		"hours_TU_1_opens": {"09:00"}, "hours_TU_1_closes": {"11:30"},
		"hours_TH_1_opens": {"09:00"}, "hours_TH_1_closes": {"11:30"},
		"hours_TH_2_opens": {"14:00"}, "hours_TH_2_closes": {"16:00"},
		"exc_0_from": {"2026-12-24"}, "exc_0_to": {"2027-01-06"}, "exc_0_closed": {"1"}, "exc_0_note": {"Winterpause"},
	})
	sv, err := h.Store.Service(ctx, a.Region.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	if sv.Name != "Sprachcafé für Frauen" || sv.OrganizationID != a.Orgs[1].ID || !sv.Free() || *sv.MinimumAge != 16 ||
		sv.AssuredDate != "2026-11-01" || sv.Email != "cafe@example.org" || sv.Description != "Jeden Dienstag.\n\n## Wer?\n- Frauen" {
		t.Errorf("stored offer: %+v", sv)
	}
	if got, want := sv.LanguageCodes(), []string{"de", "ar", "uk"}; !slices.Equal(got, want) {
		t.Errorf("languages = %v, want %v", got, want)
	}
	if len(sv.TermIDs) != 3 || len(sv.Locations) != 1 || sv.Locations[0].LocationID != a.Locations[1].ID {
		t.Errorf("terms %v, locations %+v", sv.TermIDs, sv.Locations)
	}
	// Tuesday and Thursday mornings share one rule; Thursday afternoon is another.
	var weekly []string
	var exc []directory.Schedule
	for _, s := range sv.Schedules {
		if s.IsException() {
			exc = append(exc, s)
		} else {
			weekly = append(weekly, s.ByDay+" "+s.OpensAt+"-"+s.ClosesAt)
			if want := directory.DerivedID(id, "weekly:"+strings.Split(s.ByDay, ",")[0]+":"+map[string]string{"09:00": "1", "14:00": "2"}[s.OpensAt]); s.ID != want {
				t.Errorf("weekly rule %s has id %s, want the derived %s", s.ByDay, s.ID, want)
			}
		}
	}
	slices.Sort(weekly)
	if want := []string{"TH 14:00-16:00", "TU,TH 09:00-11:30"}; !slices.Equal(weekly, want) {
		t.Errorf("weekly rules = %v, want %v", weekly, want)
	}
	if len(exc) != 1 || !exc[0].Closed || exc[0].ValidFrom != "2026-12-24" || exc[0].ValidTo != "2027-01-06" || exc[0].Description != "Winterpause" {
		t.Errorf("exceptions = %+v", exc)
	}
	if !slices.Contains(publicOffers(h, a.Region), id) {
		t.Error("the new offer is not in the public index")
	}

	// Edit: the form shows what is stored, and saving it unchanged keeps
	// every id of the hours.
	path := "/admin/offers/" + id
	edit(t, h, c, path, url.Values{"name": {"Sprachcafé"}, "languages": {"de", "ar"}, "free": nil, "fees_description": {"2 Euro"}})
	sv2, _ := h.Store.Service(ctx, a.Region.ID, id)
	if sv2.Name != "Sprachcafé" || sv2.Free() || sv2.FeesDescription != "2 Euro" || len(sv2.Languages) != 2 || sv2.Ver != sv.Ver+1 {
		t.Errorf("after edit: %+v", sv2)
	}
	ids := func(ss []directory.Schedule) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.ID)
		}
		slices.Sort(out)
		return out
	}
	if !slices.Equal(ids(sv.Schedules), ids(sv2.Schedules)) {
		t.Errorf("schedule ids changed on save: %v → %v", ids(sv.Schedules), ids(sv2.Schedules))
	}

	archiveRestore(t, h, c, path, func() bool {
		s, _ := h.Store.Service(ctx, a.Region.ID, id)
		public := slices.Contains(publicOffers(h, a.Region), id)
		if (s.ArchivedAt != nil) == public {
			t.Errorf("archived=%v but public=%v", s.ArchivedAt != nil, public)
		}
		return s.ArchivedAt != nil
	})
	body := get(t, h, c, "/admin/offers?q=sprachcaf", http.StatusOK)
	if !strings.Contains(body, path) || strings.Contains(body, h.A.Services[0].ID) {
		t.Error("search by name does not find the offer, or finds others")
	}
}

func TestCheckedToday(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	sv := h.A.Services[1]
	path := "/admin/offers/" + sv.ID
	form := formValues(t, get(t, h, c, path, http.StatusOK))
	form.Set("action", "checked_today")
	post(t, h, c, path, form, http.StatusSeeOther)
	got, _ := h.Store.Service(context.Background(), h.A.Region.ID, sv.ID)
	if got.AssuredDate != "2026-11-23" {
		t.Errorf("assured date = %q, want the harness's today", got.AssuredDate)
	}
	body := get(t, h, c, "/admin/", http.StatusOK)
	due := body[strings.Index(body, `id="s-stale"`):strings.Index(body, `id="s-recent"`)]
	if strings.Contains(due, path) {
		t.Error("an offer checked today is still listed as due")
	}
	if !strings.Contains(due, "/admin/offers/"+h.A.Services[0].ID) {
		t.Error("an offer never checked is not listed as due")
	}
}

func TestOrganizationRoundTrip(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	id := create(t, h, c, "/admin/organizations/new", url.Values{
		"name": {"Caritas Marl"}, "type": {"welfare"}, "description": {"Beratung und Hilfe."},
		"email": {"info@caritas.example"}, "website": {"https://caritas.example"}, "parent_id": {h.A.Orgs[0].ID},
	})
	o, err := h.Store.Organization(ctx, h.A.Region.ID, id)
	if err != nil || o.Name != "Caritas Marl" || o.Type != directory.OrgWelfare || o.ParentID != h.A.Orgs[0].ID || o.Website != "https://caritas.example" {
		t.Fatalf("stored: %+v %v", o, err)
	}
	path := "/admin/organizations/" + id
	edit(t, h, c, path, url.Values{"type": {"migrant-organization"}, "parent_id": {""}, "alternate_name": {"CM"}})
	o, _ = h.Store.Organization(ctx, h.A.Region.ID, id)
	if o.Type != directory.OrgMigrant || o.ParentID != "" || o.AlternateName != "CM" {
		t.Errorf("after edit: %+v", o)
	}
	archiveRestore(t, h, c, path, func() bool {
		o, _ := h.Store.Organization(ctx, h.A.Region.ID, id)
		return o.ArchivedAt != nil
	})
}

func TestLocationRoundTrip(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	id := create(t, h, c, "/admin/locations/new", url.Values{
		"type": {"physical"}, "name": {"Bürgerhaus Hüls"}, "organization_id": {h.A.Orgs[0].ID},
		"address_1": {"Hülsstraße 1"}, "postal_code": {"45772"}, "town_id": {h.A.Towns[0].ID},
		"latitude": {"51,6712"}, "longitude": {"7.1035"}, "transportation": {"Bus 223"},
		"features":         {h.A.Terms["step-free"].ID, h.A.Terms["lift"].ID},
		"accessibility":    {"Eingang hinten."},
		"hours_MO_1_opens": {"9:00"}, "hours_MO_1_closes": {"12.30"},
	})
	l, err := h.Store.Location(ctx, h.A.Region.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	a := l.PhysicalAddress()
	if l.Name != "Bürgerhaus Hüls" || a == nil || a.Address1 != "Hülsstraße 1" || a.City != "Marl" || a.PostalCode != "45772" ||
		l.TownID != h.A.Towns[0].ID || *l.Latitude != 51.6712 || *l.Longitude != 7.1035 || len(l.FeatureTermIDs) != 2 ||
		len(l.Accessibility) != 1 || len(l.Schedules) != 1 || l.Schedules[0].OpensAt != "09:00" || l.Schedules[0].ClosesAt != "12:30" {
		t.Fatalf("stored: %+v (address %+v)", l, a)
	}
	path := "/admin/locations/" + id
	edit(t, h, c, path, url.Values{"town_id": {h.A.Towns[1].ID}, "postal_code": {"46282"}, "latitude": {""}, "longitude": {""}, "features": nil})
	l, _ = h.Store.Location(ctx, h.A.Region.ID, id)
	if l.PhysicalAddress().City != "Dorsten" || l.Latitude != nil || len(l.FeatureTermIDs) != 0 {
		t.Errorf("after edit: %+v", l)
	}
	archiveRestore(t, h, c, path, func() bool {
		l, _ := h.Store.Location(ctx, h.A.Region.ID, id)
		return l.ArchivedAt != nil
	})
}

func TestContactRoundTrip(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	sv := h.A.Services[2]
	newPath := "/admin/contacts/new?owner=service:" + sv.ID
	form := formValues(t, get(t, h, c, newPath, http.StatusOK))
	if form.Get("owner") != "service:"+sv.ID {
		t.Errorf("owner not preselected: %q", form.Get("owner"))
	}
	form.Set("name", "Beratung Hausaufgaben")
	form.Set("email", "hilfe@example.org")
	form.Set("phone_1_number", "02365 12345")
	form["phone_1_languages"] = []string{"de", "tr"}
	form.Set("phone_2_number", "0170 1234567")
	form.Set("phone_2_type", "cell")
	res, _ := post(t, h, c, "/admin/contacts/new", form, http.StatusSeeOther)
	id := idFromLocation(t, res)
	ct, err := h.Store.Contact(ctx, h.A.Region.ID, id)
	if err != nil || ct.ServiceID != sv.ID || ct.Name != "Beratung Hausaufgaben" || len(ct.Phones) != 2 ||
		!slices.Equal(ct.Phones[0].Languages, []string{"de", "tr"}) || ct.Phones[1].Type != "cell" {
		t.Fatalf("stored: %+v %v", ct, err)
	}
	phoneID := ct.Phones[0].ID
	path := "/admin/contacts/" + id
	edit(t, h, c, path, url.Values{"owner": {"organization:" + h.A.Orgs[1].ID}, "phone_2_number": {""}, "department": {"Jugend"}})
	ct, _ = h.Store.Contact(ctx, h.A.Region.ID, id)
	if ct.OrganizationID != h.A.Orgs[1].ID || ct.ServiceID != "" || len(ct.Phones) != 1 || ct.Phones[0].ID != phoneID || ct.Department != "Jugend" {
		t.Errorf("after edit: %+v", ct)
	}
	archiveRestore(t, h, c, path, func() bool {
		ct, _ := h.Store.Contact(ctx, h.A.Region.ID, id)
		return ct.ArchivedAt != nil
	})
}

func TestTermRoundTrip(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	id := create(t, h, c, "/admin/taxonomies/needs/new", url.Values{
		"name": {"Wohnen und Miete"}, "code": {""}, "description": {"Hilfe rund ums Wohnen."}, "sort_order": {"5"},
		"parent_id": {h.A.Terms["counselling"].ID},
	})
	term, err := h.Store.Term(ctx, h.A.Region.ID, id)
	if err != nil || term.Code != "wohnen-und-miete" || term.SortOrder != 5 || term.ParentID != h.A.Terms["counselling"].ID {
		t.Fatalf("stored: %+v %v", term, err)
	}
	path := "/admin/terms/" + id
	edit(t, h, c, path, url.Values{"name": {"Wohnen"}, "code": {"wohnen"}})
	term, _ = h.Store.Term(ctx, h.A.Region.ID, id)
	if term.Name != "Wohnen" || term.Code != "wohnen" {
		t.Errorf("after edit: %+v", term)
	}
	archiveRestore(t, h, c, path, func() bool {
		term, _ := h.Store.Term(ctx, h.A.Region.ID, id)
		return term.ArchivedAt != nil
	})
	body := get(t, h, c, "/admin/taxonomies/needs", http.StatusOK)
	if !strings.Contains(body, "Wohnen") || !strings.Contains(body, "/admin/taxonomies/needs/new") {
		t.Error("term list lacks the term or the new button")
	}
}

func TestFixedTaxonomyAllowsRenamingOnly(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	walkIn := h.A.Terms["walk-in"]
	path := "/admin/terms/" + walkIn.ID
	form := formValues(t, get(t, h, c, path, http.StatusOK))
	if _, ok := form["code"]; ok {
		t.Error("the code of a fixed term is editable")
	}
	form.Set("name", "Offene Sprechstunde")
	form.Set("code", "hacked") // not on the form; ignored
	post(t, h, c, path, form, http.StatusSeeOther)
	got, _ := h.Store.Term(ctx, h.A.Region.ID, walkIn.ID)
	if got.Name != "Offene Sprechstunde" || got.Code != "walk-in" {
		t.Errorf("fixed term after save: %+v", got)
	}
	get(t, h, c, "/admin/taxonomies/access-methods/new", http.StatusForbidden)
	post(t, h, c, "/admin/taxonomies/access-methods/new", url.Values{"name": {"Neu"}}, http.StatusForbidden)
	post(t, h, c, path+"/archive", nil, http.StatusForbidden)
	if got, _ := h.Store.Term(ctx, h.A.Region.ID, walkIn.ID); got.ArchivedAt != nil {
		t.Error("a fixed term was archived")
	}
	if body := get(t, h, c, "/admin/taxonomies/access-methods", http.StatusOK); strings.Contains(body, "/admin/taxonomies/access-methods/new") {
		t.Error("a fixed taxonomy offers to add terms")
	}
	get(t, h, c, "/admin/taxonomies/lotse", http.StatusNotFound)
}

func TestTownRoundTrip(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	ctx := context.Background()
	id := create(t, h, c, "/admin/towns/new", url.Values{
		"name": {"Haltern am See"}, "postal_codes": {"45721, 45721;"}, "latitude": {"51,7424"}, "longitude": {"7,1846"},
	})
	town, err := h.Store.Town(ctx, h.A.Region.ID, id)
	if err != nil || town.Slug != "haltern-am-see" || !slices.Equal(town.PostalCodes, []string{"45721"}) || town.Latitude != 51.7424 {
		t.Fatalf("stored: %+v %v", town, err)
	}
	path := "/admin/towns/" + id
	edit(t, h, c, path, url.Values{"postal_codes": {"45721 45722"}})
	town, _ = h.Store.Town(ctx, h.A.Region.ID, id)
	if !slices.Equal(town.PostalCodes, []string{"45721", "45722"}) {
		t.Errorf("after edit: %+v", town)
	}
	archiveRestore(t, h, c, path, func() bool {
		town, _ := h.Store.Town(ctx, h.A.Region.ID, id)
		return town.ArchivedAt != nil
	})
}

func TestPageRoundTrip(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	id := create(t, h, c, "/admin/pages/new", url.Values{"title": {"Leichte Sprache"}, "slug": {"leichte-sprache"}, "body": {"## Was ist Lotse?\n\nEine Liste."}})
	pg, err := h.Store.Page(ctx, h.A.Region.ID, id)
	if err != nil || pg.Title != "Leichte Sprache" || pg.Body != "## Was ist Lotse?\n\nEine Liste." {
		t.Fatalf("stored: %+v %v", pg, err)
	}
	path := "/admin/pages/" + id
	edit(t, h, c, path, url.Values{"title": {"In Leichter Sprache"}})
	pg, _ = h.Store.Page(ctx, h.A.Region.ID, id)
	if pg.Title != "In Leichter Sprache" || pg.Slug != "leichte-sprache" {
		t.Errorf("after edit: %+v", pg)
	}
	archiveRestore(t, h, c, path, func() bool {
		pg, _ := h.Store.Page(ctx, h.A.Region.ID, id)
		return pg.ArchivedAt != nil
	})
}

func TestUserAdministration(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c, me := signIn(t, h, h.A.Region, "admin@a.example.org", auth.RoleAdmin)
	ctx := context.Background()

	// Too short a password: the form comes back without it.
	_, body := post(t, h, c, "/admin/users/new", url.Values{"email": {"neu@a.example.org"}, "name": {"Neu"}, "role": {"staff"}, "password": {"kurz"}}, http.StatusUnprocessableEntity)
	if !strings.Contains(body, "mindestens 12 Zeichen") || strings.Contains(body, `value="kurz"`) || !strings.Contains(body, `value="neu@a.example.org"`) {
		t.Errorf("short password:\n%s", snippet(body))
	}
	res, _ := post(t, h, c, "/admin/users/new", url.Values{"email": {"neu@a.example.org"}, "name": {"Neu"}, "role": {"staff"}, "password": {"ein langes Passwort"}}, http.StatusSeeOther)
	id := idFromLocation(t, res)
	u, err := h.Store.User(ctx, h.A.Region.ID, id)
	if err != nil || u.Role != auth.RoleStaff || u.RegionID != h.A.Region.ID {
		t.Fatalf("created: %+v %v", u, err)
	}
	// The new user signs in; the admin disables them, which ends the session.
	nc := h.Client()
	if res, _ := h.PostForm(nc, "/admin/login", url.Values{"email": {"neu@a.example.org"}, "password": {"ein langes Passwort"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("new user cannot sign in: %d", res.StatusCode)
	}
	post(t, h, c, "/admin/users/"+id+"/disable", nil, http.StatusSeeOther)
	if res, _ := h.Get(nc, "/admin/"); res.StatusCode != http.StatusSeeOther {
		t.Error("disabled user still signed in")
	}
	post(t, h, c, "/admin/users/"+id+"/enable", nil, http.StatusSeeOther)
	post(t, h, c, "/admin/users/"+id+"/password", url.Values{"password": {"noch ein langes Passwort"}}, http.StatusSeeOther)
	if res, _ := h.PostForm(h.Client(), "/admin/login", url.Values{"email": {"neu@a.example.org"}, "password": {"noch ein langes Passwort"}}); res.StatusCode != http.StatusSeeOther {
		t.Errorf("new password does not work: %d", res.StatusCode)
	}
	// Nobody disables themself.
	post(t, h, c, "/admin/users/"+me.ID+"/disable", nil, http.StatusForbidden)
	if u, _ := h.Store.User(ctx, h.A.Region.ID, me.ID); u.DisabledAt != nil {
		t.Error("the admin disabled themself")
	}
	// Setting one's own password keeps one signed in.
	post(t, h, c, "/admin/users/"+me.ID+"/password", url.Values{"password": {"mein neues langes Passwort"}}, http.StatusSeeOther)
	get(t, h, c, "/admin/users", http.StatusOK)

	es := auditEntries(t, h, h.A.Region, audit.EntityUser, id)
	var actions []string
	for _, e := range es {
		actions = append(actions, e.Action)
		if strings.Contains(e.After+e.Before, "argon2") {
			t.Error("a password hash is in the audit log")
		}
	}
	if want := []string{"login", "update", "restore", "archive", "login", "create"}; !slices.Equal(actions, want) {
		t.Errorf("user audit = %v, want %v", actions, want)
	}
}

func TestListPagingAndSearch(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	ctx := context.Background()
	for i := range 55 {
		o := directory.Organization{RegionID: h.A.Region.ID, Name: fmt.Sprintf("Sportclub %02d", i), Type: directory.OrgMigrant, Description: "x"}
		if err := h.Store.SaveOrganization(ctx, audit.System, &o); err != nil {
			t.Fatal(err)
		}
	}
	body := get(t, h, c, "/admin/organizations?q=sportclub", http.StatusOK)
	if n := strings.Count(body, `<a href="/admin/organizations/`); n != 50 {
		t.Errorf("first page shows %d, want 50", n)
	}
	if !strings.Contains(body, "1–50 von 55 Einträgen") || !strings.Contains(body, "Seite 1 von 2") {
		t.Errorf("no totals:\n%s", snippet(body))
	}
	next := regexpAll(`href="([^"]*)" rel="next"`, body)
	if len(next) != 1 || unescape(next[0][1]) != "/admin/organizations?page=2&q=sportclub" {
		t.Fatalf("next link %v", next)
	}
	body = get(t, h, c, unescape(next[0][1]), http.StatusOK)
	if n := strings.Count(body, `<a href="/admin/organizations/`); n != 5 || !strings.Contains(body, "51–55 von 55") || !strings.Contains(body, `rel="prev"`) {
		t.Errorf("second page shows %d", n)
	}
	body = get(t, h, c, "/admin/organizations?state=archived", http.StatusOK)
	if !strings.Contains(body, "Keine Einträge gefunden") {
		t.Error("archived filter shows current records")
	}
}
