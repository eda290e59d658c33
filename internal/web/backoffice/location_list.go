package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
)

type locationListPage struct {
	listPage
	Locations []directory.Location
}

// locationList lists the region's locations.
func (o *Office) locationList(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.location.list", "locations")
	p := readList(r)
	locs, total, err := o.env.Store.Locations(r.Context(), v.Region.ID, p.filter())
	if err != nil {
		o.fail(w, r, err)
		return
	}
	base := "/admin/locations"
	o.render(w, http.StatusOK, "location_list", &locationListPage{
		listPage:  listPage{view: v, Params: p, Pager: newPager(p, base, total, len(locs)), Base: base, New: base + "/new"},
		Locations: locs,
	})
}
