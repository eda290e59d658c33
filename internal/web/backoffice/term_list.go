package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

type termListPage struct {
	listPage
	Taxonomy directory.Taxonomy
	Fixed    bool
	Terms    []directory.Term
	Parents  map[string]string // term id → name
}

// termList lists the terms of one taxonomy.
func (o *Office) termList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	s := sessionFrom(r)
	tax, fixed, err := o.taxonomyOf(ctx, s.user.RegionID, r.PathValue("tax"))
	if err != nil {
		o.fail(w, r, err)
		return
	}
	v := o.newView(w, r, "admin.taxonomy.terms", "taxonomies")
	v.Title = tax.Name
	p := readList(r)
	all, err := o.env.Store.Terms(ctx, v.Region.ID, store.TermFilter{TaxonomyID: tax.ID, WithArchived: true})
	if err != nil {
		o.fail(w, r, err)
		return
	}
	names := map[string]string{}
	var shown []directory.Term
	for _, t := range all {
		names[t.ID] = t.Name
		if (t.ArchivedAt != nil) == p.Archived && (matches(t.Name, p.Q) || matches(t.Code, p.Q)) {
			shown = append(shown, t)
		}
	}
	base := "/admin/taxonomies/" + tax.Slug
	page := &termListPage{Taxonomy: tax, Fixed: fixed, Terms: paginate(shown, p), Parents: names}
	page.listPage = listPage{view: v, Params: p, Pager: newPager(p, base, len(shown), len(page.Terms)), Base: base}
	if !fixed {
		page.New = base + "/new"
	}
	o.render(w, http.StatusOK, "term_list", page)
}
