package backoffice

import (
	"net/http"
	"slices"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// townSave stores the town form.
func (o *Office) townSave(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	ctx := r.Context()
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	stored := directory.Town{RegionID: s.user.RegionID}
	var c *creation
	if id := r.PathValue("id"); id != "" {
		var err error
		if stored, err = o.env.Store.Town(ctx, s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
		if stored.Ver, ok = version(f); !ok {
			o.errorPage(w, r, http.StatusBadRequest, "error.bad_request")
			return
		}
	} else if c, ok = o.creating(w, r, f, "/admin/towns/", "saved", exists(o.env.Store.Town)); !ok {
		return
	}
	p := o.townPage(w, r, stored, f)
	t := townFromForm(f, stored)
	check := t
	check.PostalCodes = slices.Clone(t.PostalCodes)
	check.Normalize()
	validateInto(f, check.Validate(), nil)
	if len(f.Errors) > 0 {
		o.renderTownForm(w, http.StatusUnprocessableEntity, p)
		return
	}
	err := c.save(ctx, t.ID, func(id string) error {
		t.ID = id
		return o.env.Store.SaveTown(ctx, s.actor(), &t)
	})
	switch {
	case err == nil:
		o.saved(w, r, "/admin/towns/"+t.ID, "saved")
	case applyStoreErrors(p.view, err, nil):
		o.renderTownForm(w, http.StatusUnprocessableEntity, p)
	case isConflict(err) && !p.Record.IsNew:
		current, err := o.env.Store.Town(ctx, s.user.RegionID, stored.ID)
		if err != nil {
			o.fail(w, r, err)
			return
		}
		o.describeConflict(ctx, p.view, audit.EntityTown, current.ID, current.Ver, townValues(current), townFields, nil)
		o.renderTownForm(w, http.StatusConflict, p)
	default:
		o.renderTownForm(w, o.saveFailed(p.view, r, err), p)
	}
}
