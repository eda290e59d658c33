package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
)

// orgEdit shows the form for a new organisation or an existing one.
func (o *Office) orgEdit(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	var org directory.Organization
	if id := r.PathValue("id"); id != "" {
		var err error
		if org, err = o.env.Store.Organization(r.Context(), s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
	} else {
		org.Type = directory.OrgWelfare
	}
	p, err := o.orgPage(w, r, org, editForm(orgValues(org), org.Ver))
	if err != nil {
		o.fail(w, r, err)
		return
	}
	o.renderOrgForm(w, http.StatusOK, p)
}
