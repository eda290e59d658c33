package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
)

type orgListPage struct {
	listPage
	Orgs  []directory.Organization
	Types map[string]string
}

// orgList lists the region's organisations.
func (o *Office) orgList(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.org.list", "organizations")
	p := readList(r)
	orgs, total, err := o.env.Store.Organizations(r.Context(), v.Region.ID, p.filter())
	if err != nil {
		o.fail(w, r, err)
		return
	}
	types, err := o.orgTypeOptions(r.Context(), v.Region.ID)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	names := map[string]string{}
	for _, t := range types {
		names[t.Value] = t.Label
	}
	base := "/admin/organizations"
	o.render(w, http.StatusOK, "org_list", &orgListPage{
		listPage: listPage{view: v, Params: p, Pager: newPager(p, base, total, len(orgs)), Base: base, New: base + "/new"},
		Orgs:     orgs, Types: names,
	})
}
