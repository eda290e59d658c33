package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
)

type pageListPage struct {
	listPage
	Pages []directory.Page
}

// pageList lists the region's editable pages.
func (o *Office) pageList(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.page.list", "pages")
	p := readList(r)
	all, err := o.env.Store.Pages(r.Context(), v.Region.ID, p.archived())
	if err != nil {
		o.fail(w, r, err)
		return
	}
	var shown []directory.Page
	for _, pg := range all {
		if matches(pg.Title, p.Q) {
			shown = append(shown, pg)
		}
	}
	base := "/admin/pages"
	page := &pageListPage{Pages: paginate(shown, p)}
	page.listPage = listPage{view: v, Params: p, Pager: newPager(p, base, len(shown), len(page.Pages)), Base: base, New: base + "/new"}
	o.render(w, http.StatusOK, "page_list", page)
}
