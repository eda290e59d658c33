package backoffice

import (
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// locationEdit shows the form for a new location or an existing one.
func (o *Office) locationEdit(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	ctx := r.Context()
	l := directory.Location{Type: directory.LocationPhysical}
	if id := r.PathValue("id"); id != "" {
		var err error
		if l, err = o.env.Store.Location(ctx, s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
	}
	p, err := o.locationPage(w, r, l, &ui.Form{Values: url.Values{}, Errors: map[string]string{}})
	if err != nil {
		o.fail(w, r, err)
		return
	}
	p.Form = editForm(locationValues(l), l.Ver)
	p.Hours = hoursValues(p.Form.Values, l.Schedules)
	o.renderLocationForm(w, http.StatusOK, p)
}
