package site

import (
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/textfmt"
)

// maxOrgOffers is how many offers an organisation's page lists; the
// rest are a link to the filtered offer list away.
const maxOrgOffers = 50

// orgView is the content of an organisation's page.
type orgView struct {
	Name, Alt   string
	Type        string
	Description string
	Website     string
	Email       string
	Parent      *orgRef
	Contacts    []contactView
	Places      []placeView
	Offers      []card
	OffersTotal int
	AllOffers   string
}

// showOrganization shows an organisation: what it is, how to reach it,
// where it is and its current offers.
func (s *Site) showOrganization(w http.ResponseWriter, r *http.Request) {
	rq, ok := s.open(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	st := s.env.Store
	o, err := st.Organization(ctx, rq.region.ID, r.PathValue("id"))
	switch {
	case directory.ErrorCode(err) == directory.ENOTFOUND || (err == nil && o.ArchivedAt != nil):
		s.fail(w, rq, http.StatusNotFound, "error.not_found", "")
		return
	case err != nil:
		s.internal(w, rq, err)
		return
	}
	l, now := rq.l, s.now()
	v := orgView{Name: o.Name, Alt: o.AlternateName, Type: orgTypeName(l, o.Type), Description: o.Description, Website: o.Website, Email: o.Email}
	if o.ParentID != "" {
		parent, err := st.Organization(ctx, rq.region.ID, o.ParentID)
		if err == nil && parent.ArchivedAt == nil {
			v.Parent = &orgRef{Name: parent.Name, URL: rq.prefix() + "/organizations/" + parent.ID}
		} else if err != nil && directory.ErrorCode(err) != directory.ENOTFOUND {
			s.internal(w, rq, err)
			return
		}
	}
	contacts, err := st.Contacts(ctx, rq.region.ID, store.ContactFilter{OrganizationID: o.ID})
	if err != nil {
		s.internal(w, rq, err)
		return
	}
	v.Contacts = newContacts(l, contacts)
	locs, _, err := st.Locations(ctx, rq.region.ID, store.ListFilter{OrgID: o.ID, Limit: 100})
	if err != nil {
		s.internal(w, rq, err)
		return
	}
	for i := range locs {
		v.Places = append(v.Places, newPlace(rq, &locs[i], locs[i].Schedules, now))
	}
	res := s.env.Index.Search(rq.region.ID, offerindex.Query{OrgID: o.ID, Limit: maxOrgOffers})
	svcs, err := rq.data.cards(ctx, st, rq.region.ID, res.IDs)
	if err != nil {
		s.internal(w, rq, err)
		return
	}
	for i := range svcs {
		if hidden(&svcs[i]) {
			continue
		}
		v.Offers = append(v.Offers, newCard(rq, &svcs[i], now))
	}
	v.OffersTotal = res.Total
	if res.Total > len(v.Offers) {
		v.AllOffers = withQuery(rq.prefix()+"/offers", url.Values{"org": {o.ID}})
	}
	p := s.newPage(rq, o.Name, "/organizations/"+o.ID, nil)
	p.Description = truncate(160, textfmt.Plain(o.Description))
	p.Crumbs = []crumb{{Name: l.T("site.nav.home"), URL: rq.prefix() + "/"}, {Name: l.T("site.orgs.title"), URL: rq.prefix() + "/organizations"},
		{Name: o.Name, Content: true}}
	p.JSONLD = s.orgJSONLD(rq, &o, contacts, locs)
	p.Data = v
	s.render(w, "organization", p)
}
