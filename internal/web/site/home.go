package site

import (
	"html/template"
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
)

// homeView is the content of the home page.
type homeView struct {
	Total int
	Needs []entry
	// NeedNotes say what the names of the needs are (see content.go).
	NeedNotes notes
	Towns     []entry
	KI        *kiView
}

// entry is a way into the offer list with how many offers it leads to.
type entry struct {
	Name  text
	URL   string
	Count int
}

// home shows the ways into the directory: by need and by town, with
// how many offers each leads to, and the integration centre's contact.
func (s *Site) home(w http.ResponseWriter, r *http.Request) {
	rq, ok := s.open(w, r)
	if !ok {
		return
	}
	res := s.env.Index.Search(rq.region.ID, offerindex.Query{Limit: 1,
		TermGroups: []offerindex.TermGroup{{Members: rq.data.termIDs(directory.TaxNeeds)}}})
	v := homeView{Total: res.Total}
	for _, t := range rq.data.taxTerms[directory.TaxNeeds] {
		if n := res.Counts[t.ID]; n > 0 {
			name := rq.termName(t)
			v.NeedNotes.add(name)
			v.Needs = append(v.Needs, entry{Name: name, URL: withQuery(rq.prefix()+"/offers", url.Values{"need": {t.Code}}), Count: n})
		}
	}
	for _, t := range rq.data.towns {
		if n := res.Counts[t.ID]; n > 0 {
			v.Towns = append(v.Towns, entry{Name: rq.germanName(t.Name), URL: withQuery(rq.prefix()+"/offers", url.Values{"town": {t.Slug}}), Count: n})
		}
	}
	ki, err := s.kiView(rq)
	if err != nil {
		s.internal(w, rq, err)
		return
	}
	v.KI = ki
	p := s.newPage(rq, rq.l.T("site.home.title"), "/", nil)
	p.Description = rq.l.T("site.home.intro")
	p.Nav = "home"
	p.Data = v
	s.render(w, "home", p)
}

// kiView is the integration centre's contact as pages show it.
type kiView struct {
	Name     text
	URL      string
	Contacts []contactView
	Place    *placeView
	Hours    []template.HTML
	Status   openState
}

// kiView returns the region's integration centre, or nil without one.
func (s *Site) kiView(rq *request) (*kiView, error) {
	ki, err := rq.data.kiInfo(rq.r.Context(), s.env, rq.region.ID)
	if err != nil || ki == nil {
		return nil, err
	}
	if err := rq.load(directory.TranslateOrganization, ki.org.ID); err != nil {
		return nil, err
	}
	if ki.place != nil {
		if err := rq.load(directory.TranslateLocation, ki.place.ID); err != nil {
			return nil, err
		}
	}
	now := s.now()
	v := &kiView{Name: rq.orgName(&ki.org), URL: rq.prefix() + "/organizations/" + ki.org.ID, Contacts: newContacts(rq.l, ki.contacts)}
	if ki.place != nil {
		p := newPlace(rq, ki.place, nil, now)
		v.Place = &p
	}
	v.Hours = hoursSummary(rq.l, ki.hours, now)
	v.Status = openStatus(rq.l, ki.hours, now)
	return v, nil
}
