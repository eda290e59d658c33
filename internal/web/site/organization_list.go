package site

import (
	"net/http"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/store"
)

// orgListView is the content of the organisation list.
type orgListView struct {
	Total  int
	Groups []orgGroup
}

// orgGroup is the organisations of one type.
type orgGroup struct {
	Type    string // code, also the anchor
	Heading string
	Orgs    []orgItem
}

// orgItem is an organisation in the list.
type orgItem struct {
	Name, Alt, URL string
	Offers         int
}

// listOrganizations shows the region's organisations grouped by type,
// each with how many public offers it has.
func (s *Site) listOrganizations(w http.ResponseWriter, r *http.Request) {
	rq, ok := s.open(w, r)
	if !ok {
		return
	}
	var orgs []directory.Organization
	for {
		page, _, err := s.env.Store.Organizations(r.Context(), rq.region.ID, store.ListFilter{Limit: 1000, Offset: len(orgs)})
		if err != nil {
			s.internal(w, rq, err)
			return
		}
		orgs = append(orgs, page...)
		if len(page) < 1000 {
			break
		}
	}
	// German order, with umlauts where a German reader looks for them.
	c := collate.New(language.German, collate.Loose, collate.Numeric)
	slices.SortStableFunc(orgs, func(a, b directory.Organization) int {
		return c.CompareString(strings.TrimSpace(a.Name), strings.TrimSpace(b.Name))
	})
	byType := map[string][]orgItem{}
	for _, o := range orgs {
		t := o.Type
		if !contains(directory.OrgTypes, t) {
			t = directory.OrgOther
		}
		n := s.env.Index.Search(rq.region.ID, offerindex.Query{OrgID: o.ID, Limit: 1}).Total
		byType[t] = append(byType[t], orgItem{Name: o.Name, Alt: o.AlternateName, URL: rq.prefix() + "/organizations/" + o.ID, Offers: n})
	}
	v := orgListView{Total: len(orgs)}
	for _, t := range directory.OrgTypes {
		if len(byType[t]) > 0 {
			v.Groups = append(v.Groups, orgGroup{Type: t, Heading: rq.l.T("site.orggroup." + t), Orgs: byType[t]})
		}
	}
	p := s.newPage(rq, rq.l.T("site.orgs.title"), "/organizations", nil)
	p.Description = rq.l.T("site.orgs.intro")
	p.Nav = "orgs"
	p.Crumbs = []crumb{{Name: rq.l.T("site.nav.home"), URL: rq.prefix() + "/"}, {Name: rq.l.T("site.orgs.title")}}
	p.Data = v
	s.render(w, "organizations", p)
}
