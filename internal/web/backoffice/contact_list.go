package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

type contactListPage struct {
	listPage
	Contacts []contactRow
}

type contactRow struct {
	directory.Contact
	Owner    string // name of what it belongs to
	OwnerURL string
}

// contactList lists the region's contacts with what they belong to.
func (o *Office) contactList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := o.newView(w, r, "admin.contact.list", "contacts")
	p := readList(r)
	cf := store.ContactFilter{Query: p.Q, Archived: p.archived(), Limit: perPage, Offset: (p.Page - 1) * perPage}
	contacts, err := o.env.Store.Contacts(ctx, v.Region.ID, cf)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	total, err := o.env.Store.CountContacts(ctx, v.Region.ID, cf)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	orgs, err := o.allOrgs(ctx, v.Region.ID, "")
	if err != nil {
		o.fail(w, r, err)
		return
	}
	orgName := map[string]string{}
	for _, x := range orgs {
		orgName[x.ID] = x.Name
	}
	facets, _, err := o.env.Store.ServiceFacets(ctx, v.Region.ID, 0)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	offerName := map[string]string{}
	for _, f := range facets {
		offerName[f.ID] = f.Name
	}
	page := &contactListPage{}
	for _, c := range contacts {
		row := contactRow{Contact: c}
		switch {
		case c.ServiceID != "":
			row.Owner, row.OwnerURL = offerName[c.ServiceID], "/admin/offers/"+c.ServiceID
		case c.OrganizationID != "":
			row.Owner, row.OwnerURL = orgName[c.OrganizationID], "/admin/organizations/"+c.OrganizationID
		case c.LocationID != "":
			row.OwnerURL = "/admin/locations/" + c.LocationID
			if l, err := o.env.Store.Location(ctx, v.Region.ID, c.LocationID); err == nil {
				row.Owner = l.Name
			}
		}
		page.Contacts = append(page.Contacts, row)
	}
	base := "/admin/contacts"
	page.listPage = listPage{view: v, Params: p, Pager: newPager(p, base, total, len(contacts)), Base: base, New: base + "/new"}
	o.render(w, http.StatusOK, "contact_list", page)
}
