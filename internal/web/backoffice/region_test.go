package backoffice_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/web/webtest"
)

// Staff of region A can neither see nor change region B's records,
// whatever id they put into a URL or a form.
func TestRegionIsolation(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := adminA(t, h) // an admin: even the widest role of A sees nothing of B
	ctx := context.Background()
	b := h.B
	bContacts, err := h.Store.Contacts(ctx, b.Region.ID, storeContactFilter())
	if err != nil || len(bContacts) == 0 {
		t.Fatal("fixture B has no contact")
	}
	bUser, _ := h.CreateUser(b.Region, "staff@b.example.org", auth.RoleStaff)
	bEntries, err := h.Store.AuditEntries(ctx, b.Region.ID, audit.Filter{Limit: 1})
	if err != nil || len(bEntries) == 0 {
		t.Fatal("region B has no audit entries")
	}

	records := []struct {
		name, list, path string
		archivable       bool
		form             url.Values
		unchanged        func() bool
	}{
		{"offer", "/admin/offers", "/admin/offers/" + b.Services[0].ID, true,
			url.Values{"name": {"Übernommen"}, "organization_id": {b.Orgs[0].ID}, "description": {"x"}, "status": {"active"}},
			func() bool {
				x, _ := h.Store.Service(ctx, b.Region.ID, b.Services[0].ID)
				return x.Ver == b.Services[0].Ver
			}},
		{"organisation", "/admin/organizations", "/admin/organizations/" + b.Orgs[0].ID, true,
			url.Values{"name": {"Übernommen"}, "type": {"other"}, "description": {"x"}},
			func() bool {
				x, _ := h.Store.Organization(ctx, b.Region.ID, b.Orgs[0].ID)
				return x.Ver == b.Orgs[0].Ver
			}},
		{"location", "/admin/locations", "/admin/locations/" + b.Locations[0].ID, true,
			url.Values{"name": {"Übernommen"}, "type": {"virtual"}},
			func() bool {
				x, _ := h.Store.Location(ctx, b.Region.ID, b.Locations[0].ID)
				return x.Ver == b.Locations[0].Ver
			}},
		{"contact", "/admin/contacts", "/admin/contacts/" + bContacts[0].ID, true,
			url.Values{"name": {"Übernommen"}, "owner": {"service:" + b.Services[0].ID}},
			func() bool {
				x, _ := h.Store.Contact(ctx, b.Region.ID, bContacts[0].ID)
				return x.Ver == bContacts[0].Ver
			}},
		{"term", "/admin/taxonomies/needs", "/admin/terms/" + b.Terms["care"].ID, true,
			url.Values{"name": {"Übernommen"}},
			func() bool {
				x, _ := h.Store.Term(ctx, b.Region.ID, b.Terms["care"].ID)
				return x.Ver == b.Terms["care"].Ver
			}},
		{"town", "/admin/towns", "/admin/towns/" + b.Towns[0].ID, true,
			url.Values{"name": {"Übernommen"}, "postal_codes": {"45768"}, "latitude": {"51"}, "longitude": {"7"}},
			func() bool { x, _ := h.Store.Town(ctx, b.Region.ID, b.Towns[0].ID); return x.Ver == b.Towns[0].Ver }},
		{"page", "/admin/pages", "/admin/pages/" + b.Page.ID, true,
			url.Values{"title": {"Übernommen"}, "slug": {"impressum"}, "body": {"x"}},
			func() bool { x, _ := h.Store.Page(ctx, b.Region.ID, b.Page.ID); return x.Ver == b.Page.Ver }},
		{"user", "/admin/users", "/admin/users/" + bUser.ID, false, nil,
			func() bool {
				x, _ := h.Store.User(ctx, b.Region.ID, bUser.ID)
				return x.DisabledAt == nil && x.PasswordHash == bUser.PasswordHash
			}},
	}
	for _, rec := range records {
		t.Run(rec.name, func(t *testing.T) {
			id := rec.path[strings.LastIndexByte(rec.path, '/')+1:]
			if body := get(t, h, c, rec.list, http.StatusOK); strings.Contains(body, id) {
				t.Errorf("A's list shows B's %s", rec.name)
			}
			if body := get(t, h, c, rec.list+"?state=archived", http.StatusOK); strings.Contains(body, id) {
				t.Errorf("A's archive list shows B's %s", rec.name)
			}
			get(t, h, c, rec.path, http.StatusNotFound)
			form := url.Values{"ver": {"1"}, "region_id": {h.B.Region.ID}}
			for k, v := range rec.form {
				form[k] = v
			}
			if rec.form != nil {
				post(t, h, c, rec.path, form, http.StatusNotFound)
			}
			if rec.archivable {
				post(t, h, c, rec.path+"/archive", nil, http.StatusNotFound)
				post(t, h, c, rec.path+"/restore", nil, http.StatusNotFound)
			} else {
				post(t, h, c, rec.path+"/disable", nil, http.StatusNotFound)
				post(t, h, c, rec.path+"/password", url.Values{"password": {"a password long enough"}}, http.StatusNotFound)
			}
			if !rec.unchanged() {
				t.Errorf("B's %s changed", rec.name)
			}
			// Its history in A's log is empty.
			body := get(t, h, c, "/admin/audit?id="+id, http.StatusOK)
			if strings.Contains(body, "/admin/audit/") {
				t.Errorf("A's log shows entries of B's %s", rec.name)
			}
		})
	}

	get(t, h, c, "/admin/audit/"+strconv.FormatInt(bEntries[0].ID, 10), http.StatusNotFound)
	get(t, h, c, "/admin/offers/new?org="+b.Orgs[0].ID, http.StatusOK)
	get(t, h, c, "/admin/taxonomies/needs", http.StatusOK)

	// A form naming another region is still saved in the user's own.
	id := create(t, h, c, "/admin/organizations/new", url.Values{"name": {"Neu in A"}, "description": {"x"}, "region_id": {b.Region.ID}})
	if _, err := h.Store.Organization(ctx, h.A.Region.ID, id); err != nil {
		t.Errorf("organisation not created in A: %v", err)
	}
	if _, err := h.Store.Organization(ctx, b.Region.ID, id); err == nil {
		t.Error("organisation created in B")
	}
	// B's own staff still see their records.
	cb, _ := signIn(t, h, b.Region, "admin@b.example.org", auth.RoleAdmin)
	if body := get(t, h, cb, "/admin/offers", http.StatusOK); !strings.Contains(body, b.Services[0].ID) || strings.Contains(body, h.A.Services[0].ID) {
		t.Error("B's list is wrong")
	}
}
