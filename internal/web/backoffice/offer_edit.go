package backoffice

import (
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// offerEdit shows the form for a new offer or an existing one. A new
// offer may start with its organisation (?org=id).
func (o *Office) offerEdit(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	sv := directory.Service{Status: directory.StatusActive}
	if id := r.PathValue("id"); id != "" {
		var err error
		if sv, err = o.env.Store.Service(r.Context(), s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
	} else if org := r.URL.Query().Get("org"); directory.ValidID(org) {
		sv.OrganizationID = org
	}
	f := &ui.Form{Values: url.Values{}, Errors: map[string]string{}}
	p, err := o.offerPage(w, r, sv, f)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	p.Form = editForm(offerValues(sv, p.termFields()), sv.Ver)
	p.Hours = hoursValues(p.Form.Values, sv.Schedules)
	o.renderOfferForm(w, http.StatusOK, p)
}
