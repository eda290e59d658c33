package backoffice

import (
	"context"
	"net/http"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// staleShown is how many offers due for a check the dashboard lists.
const staleShown = 20

type dashboardPage struct {
	*view
	Counts     []count
	Recent     []audit.Entry
	Stale      []directory.Service
	StaleTotal int
}

type count struct {
	Key   string
	URL   string
	Count int
}

// dashboard shows how much the directory holds, what changed lately and
// which offers are due for a check (never checked, or over a year ago).
func (o *Office) dashboard(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := o.newView(w, r, "admin.dashboard.title", "dashboard")
	p := &dashboardPage{view: v}
	counts, err := o.counts(ctx, v)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	p.Counts = counts
	recent, err := o.env.Store.AuditEntries(ctx, v.Region.ID, audit.Filter{Limit: 100})
	if err != nil {
		o.fail(w, r, err)
		return
	}
	for _, e := range recent {
		if e.Action != audit.ActionLogin && e.Action != audit.ActionLogout && len(p.Recent) < 10 {
			p.Recent = append(p.Recent, e)
		}
	}
	yearAgo := o.now().In(directory.Berlin).AddDate(-1, 0, 0).Format(time.DateOnly)
	p.Stale, p.StaleTotal, err = o.env.Store.ServicesDueForCheck(ctx, v.Region.ID, yearAgo, staleShown)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	o.render(w, http.StatusOK, "dashboard", p)
}

func (o *Office) counts(ctx context.Context, v *view) ([]count, error) {
	st, region := o.env.Store, v.Region.ID
	one := store.ListFilter{Limit: 1}
	_, offers, err := st.Services(ctx, region, one)
	if err != nil {
		return nil, err
	}
	_, orgs, err := st.Organizations(ctx, region, one)
	if err != nil {
		return nil, err
	}
	_, locs, err := st.Locations(ctx, region, one)
	if err != nil {
		return nil, err
	}
	contacts, err := st.CountContacts(ctx, region, store.ContactFilter{})
	if err != nil {
		return nil, err
	}
	taxes, err := st.Taxonomies(ctx, region)
	if err != nil {
		return nil, err
	}
	hidden := map[string]bool{}
	for _, t := range taxes {
		hidden[t.ID] = !editableTaxonomy(t.Slug)
	}
	terms, err := st.Terms(ctx, region, store.TermFilter{})
	if err != nil {
		return nil, err
	}
	nTerms := 0
	for _, t := range terms {
		if !hidden[t.TaxonomyID] {
			nTerms++
		}
	}
	pages, err := st.Pages(ctx, region, store.Current)
	if err != nil {
		return nil, err
	}
	out := []count{
		{"admin.nav.offers", "/admin/offers", offers},
		{"admin.nav.organizations", "/admin/organizations", orgs},
		{"admin.nav.locations", "/admin/locations", locs},
		{"admin.nav.contacts", "/admin/contacts", contacts},
		{"admin.nav.taxonomies", "/admin/taxonomies", nTerms},
		{"admin.nav.pages", "/admin/pages", len(pages)},
	}
	towns, err := st.Towns(ctx, region, false)
	if err != nil {
		return nil, err
	}
	townURL := ""
	if v.IsAdmin() {
		townURL = "/admin/towns"
	}
	return append(out, count{"admin.nav.towns", townURL, len(towns)}), nil
}
