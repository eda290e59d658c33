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
	Name, Alt   text
	Type        string
	Description text
	Website     string
	Email       string
	Parent      *orgRef
	Contacts    []contactView
	Places      []placeView
	Offers      []card
	OffersTotal int
	AllOffers   string
	// Notes say what the organisation's own texts and its places' are;
	// OfferNotes what the names and summaries of its offers are.
	Notes, OfferNotes notes
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
	var parent *directory.Organization
	if o.ParentID != "" {
		p, err := st.Organization(ctx, rq.region.ID, o.ParentID)
		if err == nil && p.ArchivedAt == nil {
			parent = &p
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
	locs, _, err := st.Locations(ctx, rq.region.ID, store.ListFilter{OrgID: o.ID, Limit: 100})
	if err != nil {
		s.internal(w, rq, err)
		return
	}
	orgIDs := []string{o.ID}
	if parent != nil {
		orgIDs = append(orgIDs, parent.ID)
	}
	var locIDs []string
	for i := range locs {
		locIDs = append(locIDs, locs[i].ID)
	}
	if err := rq.load(directory.TranslateOrganization, orgIDs...); err != nil {
		s.internal(w, rq, err)
		return
	}
	if err := rq.load(directory.TranslateLocation, locIDs...); err != nil {
		s.internal(w, rq, err)
		return
	}
	l, now := rq.l, s.now()
	field := func(name, source string) text { return rq.text(directory.TranslateOrganization, o.ID, name, source) }
	v := orgView{Name: field("name", o.Name), Alt: field("alternate_name", o.AlternateName), Type: orgTypeName(l, o.Type),
		Description: field("description", o.Description), Website: o.Website, Email: o.Email}
	v.Notes.add(v.Name, v.Alt, v.Description)
	if parent != nil {
		v.Parent = &orgRef{Name: rq.orgName(parent), URL: rq.prefix() + "/organizations/" + parent.ID}
	}
	v.Contacts = newContacts(l, contacts)
	for i := range locs {
		pv := newPlace(rq, &locs[i], locs[i].Schedules, now)
		v.Notes.merge(pv.Notes)
		v.Places = append(v.Places, pv)
	}
	res := s.env.Index.Search(rq.region.ID, offerindex.Query{OrgID: o.ID, Limit: maxOrgOffers})
	svcs, err := rq.data.cards(ctx, st, rq.region.ID, res.IDs)
	if err != nil {
		s.internal(w, rq, err)
		return
	}
	if v.Offers, v.OfferNotes, err = newCards(rq, svcs, now); err != nil {
		s.internal(w, rq, err)
		return
	}
	v.OffersTotal = res.Total
	if res.Total > len(v.Offers) {
		v.AllOffers = withQuery(rq.prefix()+"/offers", url.Values{"org": {o.ID}})
	}
	p := s.newPage(rq, v.Name.Text, "/organizations/"+o.ID, nil)
	p.Description = truncate(160, textfmt.Plain(v.Description.Text))
	p.Crumbs = []crumb{rq.crumb("site.nav.home", rq.prefix()+"/"), rq.crumb("site.orgs.title", rq.prefix()+"/organizations"), {Name: v.Name}}
	p.JSONLD = s.orgJSONLD(rq, &o, &v, contacts, locs)
	p.Data = v
	s.render(w, "organization", p)
}
