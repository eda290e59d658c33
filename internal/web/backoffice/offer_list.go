package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
)

type offerListPage struct {
	listPage
	Offers []offerRow
	Orgs   []option
	Org    string // the organisation filter
}

type offerRow struct {
	directory.Service
	Stale bool
}

// offerList lists the region's offers, optionally of one organisation.
func (o *Office) offerList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := o.newView(w, r, "admin.offer.list", "offers")
	p := readList(r)
	f := p.filter()
	org := r.URL.Query().Get("org")
	if !directory.ValidID(org) {
		org = ""
	}
	f.OrgID = org
	if org != "" {
		p.extra.Set("org", org)
	}
	svcs, total, err := o.env.Store.Services(ctx, v.Region.ID, f)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	orgs, err := o.allOrgs(ctx, v.Region.ID, org)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	page := &offerListPage{Org: org}
	for _, x := range orgs {
		page.Orgs = append(page.Orgs, orgOption(v, x))
	}
	for _, sv := range svcs {
		page.Offers = append(page.Offers, offerRow{Service: sv, Stale: staleCheck(sv.AssuredDate, o.now())})
	}
	base := "/admin/offers"
	newURL := base + "/new"
	if org != "" {
		newURL += "?org=" + org
	}
	page.listPage = listPage{view: v, Params: p, Pager: newPager(p, base, total, len(svcs)), Base: base, New: newURL}
	o.render(w, http.StatusOK, "offer_list", page)
}

// StatusKey is the message key of the offer's status.
func (r offerRow) StatusKey() string { return statusKey(r.Status) }
