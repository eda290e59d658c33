package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
)

type townListPage struct {
	listPage
	Towns []directory.Town
}

// townList lists the region's towns.
func (o *Office) townList(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.town.list", "towns")
	p := readList(r)
	all, err := o.env.Store.Towns(r.Context(), v.Region.ID, true)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	var shown []directory.Town
	for _, t := range all {
		if (t.ArchivedAt != nil) == p.Archived && matches(t.Name, p.Q) {
			shown = append(shown, t)
		}
	}
	base := "/admin/towns"
	page := &townListPage{Towns: paginate(shown, p)}
	page.listPage = listPage{view: v, Params: p, Pager: newPager(p, base, len(shown), len(page.Towns)), Base: base, New: base + "/new"}
	o.render(w, http.StatusOK, "town_list", page)
}
