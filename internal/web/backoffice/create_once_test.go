package backoffice_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

// newForm describes the "new" form of one entity type.
type newForm struct {
	name    string
	path    string // the "new" page; its form posts to the same path
	page    string // a record's page without the id
	entity  string // audit entity type
	flash   string // the success message after creating
	need    string // a required field
	set     url.Values
	foreign string        // id of a record of region B of this type
	state   func() string // B's record as text, to see whether it changed
}

// newForms lists every "new" form of the back office with values that
// make a valid record in region A.
func newForms(t *testing.T, h *webtest.Harness) []newForm {
	t.Helper()
	ctx := context.Background()
	a, b := h.A, h.B
	bContacts, err := h.Store.Contacts(ctx, b.Region.ID, storeContactFilter())
	if err != nil || len(bContacts) == 0 {
		t.Fatal("fixture B has no contact")
	}
	bContact := bContacts[0]
	bUser, _ := h.CreateUser(b.Region, "staff@b.example.org", auth.RoleStaff)
	const saved = "Gespeichert."
	return []newForm{
		{"organisation", "/admin/organizations/new", "/admin/organizations/", audit.EntityOrganization, saved, "name",
			url.Values{"name": {"Doppelklick e. V."}, "description": {"Einmal anlegen."}},
			b.Orgs[0].ID, func() string {
				x, err := h.Store.Organization(ctx, b.Region.ID, b.Orgs[0].ID)
				return fmt.Sprint(x, err)
			}},
		{"offer", "/admin/offers/new", "/admin/offers/", audit.EntityService, saved, "name",
			url.Values{"organization_id": {a.Orgs[1].ID}, "name": {"Sprachcafé Doppelklick"}, "description": {"Einmal anlegen."},
				"locations": {a.Locations[0].ID}, "languages": {"de", "tr"}, "hours_MO_1_opens": {"9:00"}, "hours_MO_1_closes": {"12:00"}},
			b.Services[0].ID, func() string {
				x, err := h.Store.Service(ctx, b.Region.ID, b.Services[0].ID)
				var locs []string
				for _, l := range x.Locations {
					locs = append(locs, l.ID+" "+l.LocationID)
				}
				return fmt.Sprint(x.Ver, x.Name, x.Schedules, x.Languages, locs, err)
			}},
		{"location", "/admin/locations/new", "/admin/locations/", audit.EntityLocation, saved, "name",
			url.Values{"type": {"physical"}, "name": {"Bürgerhaus Doppelklick"}, "address_1": {"Hülsstraße 1"}, "postal_code": {"45772"},
				"town_id": {a.Towns[0].ID}, "hours_TU_1_opens": {"9:00"}, "hours_TU_1_closes": {"12:00"}},
			b.Locations[0].ID, func() string {
				x, err := h.Store.Location(ctx, b.Region.ID, b.Locations[0].ID)
				return fmt.Sprint(x.Ver, x.Name, x.Schedules, x.Addresses, err)
			}},
		{"contact", "/admin/contacts/new", "/admin/contacts/", audit.EntityContact, saved, "owner",
			url.Values{"owner": {"service:" + a.Services[0].ID}, "name": {"Beratung Doppelklick"}, "phone_1_number": {"02365 12345"}},
			bContact.ID, func() string {
				x, err := h.Store.Contact(ctx, b.Region.ID, bContact.ID)
				return fmt.Sprint(x, err)
			}},
		{"term", "/admin/taxonomies/needs/new", "/admin/terms/", audit.EntityTerm, saved, "name",
			url.Values{"name": {"Wohnen Doppelklick"}},
			b.Terms["care"].ID, func() string {
				x, err := h.Store.Term(ctx, b.Region.ID, b.Terms["care"].ID)
				return fmt.Sprint(x, err)
			}},
		{"town", "/admin/towns/new", "/admin/towns/", audit.EntityTown, saved, "name",
			url.Values{"name": {"Haltern Doppelklick"}, "postal_codes": {"45721"}, "latitude": {"51,74"}, "longitude": {"7,18"}},
			b.Towns[0].ID, func() string {
				x, err := h.Store.Town(ctx, b.Region.ID, b.Towns[0].ID)
				return fmt.Sprint(x, err)
			}},
		{"page", "/admin/pages/new", "/admin/pages/", audit.EntityPage, saved, "title",
			url.Values{"title": {"Doppelklick"}, "slug": {"doppelklick"}, "body": {"Einmal anlegen."}},
			b.Page.ID, func() string {
				x, err := h.Store.Page(ctx, b.Region.ID, b.Page.ID)
				return fmt.Sprint(x, err)
			}},
		{"user", "/admin/users/new", "/admin/users/", audit.EntityUser, "Das Konto ist angelegt.", "email",
			url.Values{"email": {"doppelklick@a.example.org"}, "name": {"Doppelklick"}, "password": {"ein langes Passwort"}},
			bUser.ID, func() string {
				x, err := h.Store.User(ctx, b.Region.ID, bUser.ID)
				return fmt.Sprint(x, err)
			}},
	}
}

// creates counts the records of an entity type created in a region.
func creates(t *testing.T, h *webtest.Harness, region directory.Region, entity string) int {
	t.Helper()
	es, err := h.Store.AuditEntries(context.Background(), region.ID, audit.Filter{EntityType: entity, Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range es {
		if e.Action == audit.ActionCreate {
			n++
		}
	}
	return n
}

// filledForm loads a "new" form, as the browser shows it, and fills it in.
func filledForm(t *testing.T, h *webtest.Harness, c *http.Client, nf newForm) url.Values {
	t.Helper()
	form := formValues(t, get(t, h, c, nf.path, http.StatusOK))
	for k, v := range nf.set {
		form[k] = v
	}
	return form
}

// flashOf returns the success message a response sets for the next
// page (the last cookie of that name counts, as in a browser).
func flashOf(res *http.Response) string {
	flash := ""
	for _, c := range res.Cookies() {
		if c.Name == "lotse_flash" {
			flash = c.Value
		}
	}
	return flash
}

// A double click on "save" in a "new" form creates one record: the
// second submit finds it and answers as the first did.
func TestDoubleSubmitCreatesOnce(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	for _, nf := range newForms(t, h) {
		t.Run(nf.name, func(t *testing.T) {
			form := filledForm(t, h, c, nf)
			newID := form.Get("new_id")
			if !directory.ValidID(newID) {
				t.Fatalf("the new form carries no id: new_id = %q", newID)
			}
			before := creates(t, h, h.A.Region, nf.entity)
			first, _ := post(t, h, c, nf.path, form, http.StatusSeeOther)
			second, _ := post(t, h, c, nf.path, form, http.StatusSeeOther)
			if got, want := first.Header.Get("Location"), nf.page+newID; got != want {
				t.Errorf("first submit: redirect to %q, want %q", got, want)
			}
			if got, want := second.Header.Get("Location"), first.Header.Get("Location"); got != want {
				t.Errorf("second submit: redirect to %q, want %q", got, want)
			}
			if got, want := flashOf(second), flashOf(first); got != want || got == "" {
				t.Errorf("second submit: flash %q, want %q as after the first", got, want)
			}
			if got, want := creates(t, h, h.A.Region, nf.entity), before+1; got != want {
				t.Errorf("%d records created in all, want %d", got-before, 1)
			}
			// The second submit saved nothing: the record's history is its creation.
			var actions []string
			for _, e := range auditEntries(t, h, h.A.Region, nf.entity, newID) {
				actions = append(actions, e.Action)
			}
			if want := []string{audit.ActionCreate}; !slices.Equal(actions, want) {
				t.Errorf("history of the record = %v, want %v", actions, want)
			}
			if body := get(t, h, c, second.Header.Get("Location"), http.StatusOK); !strings.Contains(body, nf.flash) {
				t.Errorf("no success message on the record's page after the second submit")
			}
		})
	}
}

// The id a "new" form carries survives a round with validation errors.
func TestNewIDKeptAfterErrors(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	for _, nf := range newForms(t, h) {
		t.Run(nf.name, func(t *testing.T) {
			form := filledForm(t, h, c, nf)
			newID := form.Get("new_id")
			wrong := url.Values{}
			for k, v := range form {
				wrong[k] = v
			}
			wrong.Set(nf.need, "")
			_, body := post(t, h, c, nf.path, wrong, http.StatusUnprocessableEntity)
			shown := formValues(t, body)
			if got := shown.Get("new_id"); got != newID {
				t.Fatalf("form shown again with new_id %q, want %q", got, newID)
			}
			// The corrected form, sent twice, creates one record under that id.
			before := creates(t, h, h.A.Region, nf.entity)
			for k, v := range nf.set {
				shown[k] = v
			}
			first, _ := post(t, h, c, nf.path, shown, http.StatusSeeOther)
			second, _ := post(t, h, c, nf.path, shown, http.StatusSeeOther)
			if got, want := first.Header.Get("Location"), nf.page+newID; got != want {
				t.Errorf("redirect to %q, want %q", got, want)
			}
			if second.Header.Get("Location") != first.Header.Get("Location") {
				t.Errorf("second submit: redirect to %q, want %q", second.Header.Get("Location"), first.Header.Get("Location"))
			}
			if got := creates(t, h, h.A.Region, nf.entity) - before; got != 1 {
				t.Errorf("%d records created, want 1", got)
			}
		})
	}
}

// A form naming another region's record as new_id creates a new record
// in the user's region and leaves the other region's record alone;
// a malformed new_id is ignored.
func TestNewIDOfAnotherRegionOrMalformed(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	// B's offer and location get the opening hours A's forms have, so
	// that their rows' ids, which derive from the record's, would clash
	// if A's record took B's id anywhere.
	cb, _ := signIn(t, h, h.B.Region, "admin@b.example.org", auth.RoleAdmin)
	edit(t, h, cb, "/admin/offers/"+h.B.Services[0].ID, url.Values{"hours_MO_1_opens": {"9:00"}, "hours_MO_1_closes": {"12:00"}})
	edit(t, h, cb, "/admin/locations/"+h.B.Locations[0].ID, url.Values{"hours_TU_1_opens": {"9:00"}, "hours_TU_1_closes": {"12:00"}})
	for _, nf := range newForms(t, h) {
		t.Run(nf.name, func(t *testing.T) {
			bState := nf.state()
			bHistory := len(auditEntries(t, h, h.B.Region, nf.entity, nf.foreign))
			bBefore := creates(t, h, h.B.Region, nf.entity)
			for i, bad := range []string{nf.foreign, "", "nonsense", strings.ToUpper(nf.foreign), "\x01", nf.foreign + " "} {
				form := filledForm(t, h, c, nf)
				form.Set("new_id", bad)
				vary(form, i)
				aBefore := creates(t, h, h.A.Region, nf.entity)
				res, _ := post(t, h, c, nf.path, form, http.StatusSeeOther)
				id := idFromLocation(t, res)
				if id == nf.foreign || strings.EqualFold(id, nf.foreign) {
					t.Errorf("new_id %q: the record took the other region's id", bad)
				}
				if got := creates(t, h, h.A.Region, nf.entity) - aBefore; got != 1 {
					t.Errorf("new_id %q: %d records created in the user's region, want 1", bad, got)
				}
				var actions []string
				for _, e := range auditEntries(t, h, h.A.Region, nf.entity, id) {
					actions = append(actions, e.Action)
				}
				if !slices.Equal(actions, []string{audit.ActionCreate}) {
					t.Errorf("new_id %q: history of the new record = %v, want [create]", bad, actions)
				}
			}
			if got := nf.state(); got != bState {
				t.Errorf("region B's %s changed:\n%s\nwas\n%s", nf.name, got, bState)
			}
			if got := creates(t, h, h.B.Region, nf.entity); got != bBefore {
				t.Errorf("%d records created in region B", got-bBefore)
			}
			if got := len(auditEntries(t, h, h.B.Region, nf.entity, nf.foreign)); got != bHistory {
				t.Errorf("region B's %s was touched: %d new entries in its history", nf.name, got-bHistory)
			}
		})
	}
}

// vary makes the n-th record of a form differ from the others where
// names, slugs and e-mail addresses must be unique.
func vary(form url.Values, n int) {
	suffix := "-" + strconv.Itoa(n)
	for _, field := range []string{"name", "title", "slug"} {
		if v := form.Get(field); v != "" {
			form.Set(field, v+suffix)
		}
	}
	if local, domain, ok := strings.Cut(form.Get("email"), "@"); ok {
		form.Set("email", local+suffix+"@"+domain)
	}
}

// Submits of the same form that reach the server at the same time still
// make one record.
func TestConcurrentSubmitsCreateOnce(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h)
	for _, nf := range newForms(t, h) {
		t.Run(nf.name, func(t *testing.T) {
			form := filledForm(t, h, c, nf)
			before := creates(t, h, h.A.Region, nf.entity)
			const n = 6
			locations := make([]string, n)
			statuses := make([]int, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					req, err := http.NewRequest(http.MethodPost, h.URL+nf.path, strings.NewReader(form.Encode()))
					if err != nil {
						return
					}
					req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
					req.Header.Set("Origin", h.URL)
					req.Header.Set("Sec-Fetch-Site", "same-origin")
					res, err := c.Do(req)
					if err != nil {
						return
					}
					res.Body.Close()
					statuses[i], locations[i] = res.StatusCode, res.Header.Get("Location")
				})
			}
			wg.Wait()
			for i := range n {
				if statuses[i] != http.StatusSeeOther || locations[i] != nf.page+form.Get("new_id") {
					t.Errorf("submit %d: status %d, redirect to %q; want 303 to %s", i, statuses[i], locations[i], nf.page+form.Get("new_id"))
				}
			}
			if got := creates(t, h, h.A.Region, nf.entity) - before; got != 1 {
				t.Errorf("%d records created, want 1", got)
			}
		})
	}
}
