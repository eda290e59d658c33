package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// orgSave stores the organisation form.
func (o *Office) orgSave(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	ctx := r.Context()
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	stored := directory.Organization{RegionID: s.user.RegionID}
	var c *creation
	if id := r.PathValue("id"); id != "" {
		var err error
		if stored, err = o.env.Store.Organization(ctx, s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
		ver, ok := version(f)
		if !ok {
			o.errorPage(w, r, http.StatusBadRequest, "error.bad_request")
			return
		}
		stored.Ver = ver
	} else if c, ok = o.creating(w, r, f, "/admin/organizations/", "saved", exists(o.env.Store.Organization)); !ok {
		return
	}
	p, err := o.orgPage(w, r, stored, f)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	org := orgFromForm(f, stored, p)
	check := org
	check.Normalize()
	validateInto(f, check.Validate(), nil)
	if len(f.Errors) > 0 {
		o.renderOrgForm(w, http.StatusUnprocessableEntity, p)
		return
	}
	err = c.save(ctx, org.ID, func(id string) error {
		org.ID = id
		return o.env.Store.SaveOrganization(ctx, s.actor(), &org)
	})
	switch {
	case err == nil:
		o.saved(w, r, "/admin/organizations/"+org.ID, "saved")
	case applyStoreErrors(p.view, err, nil):
		o.renderOrgForm(w, http.StatusUnprocessableEntity, p)
	case isConflict(err) && !p.Record.IsNew:
		current, err := o.env.Store.Organization(ctx, s.user.RegionID, stored.ID)
		if err != nil {
			o.fail(w, r, err)
			return
		}
		o.describeConflict(ctx, p.view, audit.EntityOrganization, current.ID, current.Ver, orgValues(current), orgFields, map[string][]option{"type": p.Types, "parent_id": p.Parents})
		o.renderOrgForm(w, http.StatusConflict, p)
	default:
		o.renderOrgForm(w, o.saveFailed(p.view, r, err), p)
	}
}
