package site

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/store"
)

// orgListView is the content of the organisation list.
type orgListView struct {
	Total  int
	Groups []orgGroup
	// Notes say what the organisations' names are.
	Notes notes
	// Q is the text searched for; Found the matching organisations,
	// best first, instead of Groups.
	Q      string
	Found  []orgItem
	Action string
}

// orgGroup is the organisations of one type.
type orgGroup struct {
	Type    string // code, also the anchor
	Heading string
	Orgs    []orgItem
}

// orgItem is an organisation in the list.
type orgItem struct {
	Name, Alt text
	URL       string
	Offers    int
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
	q := ""
	if qs := r.URL.Query()["q"]; len(qs) > 0 {
		q = cleanQuery(qs[0])
	}
	if q != "" && !s.env.Index.SearchReady(rq.region.ID) {
		s.searchStarting(w, rq)
		return
	}
	if q != "" {
		// Only the organisations the engine finds, best first.
		rank := map[string]int{}
		for i, h := range s.env.Index.SearchText(rq.region.ID, search.Query{Text: q, Lang: rq.lang.Code, Kind: search.KindOrganization}) {
			rank[h.ID] = i
		}
		orgs = slices.DeleteFunc(orgs, func(o directory.Organization) bool { _, ok := rank[o.ID]; return !ok })
		slices.SortFunc(orgs, func(a, b directory.Organization) int { return rank[a.ID] - rank[b.ID] })
	}
	ids := make([]string, len(orgs))
	for i := range orgs {
		ids[i] = orgs[i].ID
	}
	if err := rq.load(directory.TranslateOrganization, ids...); err != nil {
		s.internal(w, rq, err)
		return
	}
	v := orgListView{Total: len(orgs), Q: q, Action: rq.prefix() + "/organizations"}
	items := make([]orgItem, len(orgs))
	for i := range orgs {
		o := &orgs[i]
		items[i] = orgItem{Name: rq.orgName(o), Alt: rq.text(directory.TranslateOrganization, o.ID, "alternate_name", o.AlternateName),
			URL: rq.prefix() + "/organizations/" + o.ID}
		v.Notes.add(items[i].Name, items[i].Alt)
	}
	if q != "" {
		for i := range items {
			items[i].Offers = s.env.Index.Search(rq.region.ID, offerindex.Query{OrgID: orgs[i].ID, Limit: 1}).Total
		}
		v.Found = items
		p := s.newPage(rq, rq.l.T("site.search.orgs_heading", "Query", q), "/organizations", url.Values{"q": {q}})
		p.Description = rq.l.T("site.orgs.intro")
		p.Crumbs = []crumb{rq.crumb("site.nav.home", rq.prefix()+"/"), rq.crumb("site.orgs.title", rq.prefix()+"/organizations"),
			{Name: rq.plainText(q)}}
		p.Data = v
		s.render(w, "organizations", p)
		return
	}
	// By the names as shown, in the order of the page's language (in
	// German with umlauts where a German reader looks for them).
	c := collate.New(collationTag(rq.lang.Code), collate.Loose, collate.Numeric)
	order := make([]int, len(orgs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return c.CompareString(strings.TrimSpace(items[a].Name.Text), strings.TrimSpace(items[b].Name.Text))
	})
	byType := map[string][]orgItem{}
	for _, i := range order {
		o := &orgs[i]
		t := o.Type
		if !contains(directory.OrgTypes, t) {
			t = directory.OrgOther
		}
		items[i].Offers = s.env.Index.Search(rq.region.ID, offerindex.Query{OrgID: o.ID, Limit: 1}).Total
		byType[t] = append(byType[t], items[i])
	}
	for _, t := range directory.OrgTypes {
		if len(byType[t]) > 0 {
			v.Groups = append(v.Groups, orgGroup{Type: t, Heading: rq.l.T("site.orggroup." + t), Orgs: byType[t]})
		}
	}
	p := s.newPage(rq, rq.l.T("site.orgs.title"), "/organizations", nil)
	p.Description = rq.l.T("site.orgs.intro")
	p.Nav = "orgs"
	p.Crumbs = []crumb{rq.crumb("site.nav.home", rq.prefix()+"/"), rq.crumb("site.orgs.title", "")}
	p.Data = v
	s.render(w, "organizations", p)
}

// collationTag returns the language whose alphabetical order a page in
// code uses: Leichte Sprache is German.
func collationTag(code string) language.Tag {
	if code == directory.LeichteSprache {
		return language.German
	}
	tag, err := language.Parse(code)
	if err != nil {
		return language.German
	}
	return tag
}
