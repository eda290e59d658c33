package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/audit"
)

// termSave stores the term form.
func (o *Office) termSave(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	ctx := r.Context()
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	stored, tax, fixed, ok := o.termAndTaxonomy(w, r)
	if !ok {
		return
	}
	var c *creation
	if stored.ID != "" {
		if stored.Ver, ok = version(f); !ok {
			o.errorPage(w, r, http.StatusBadRequest, "error.bad_request")
			return
		}
	} else if c, ok = o.creating(w, r, f, "/admin/terms/", "saved", exists(o.env.Store.Term)); !ok {
		return
	}
	p, err := o.termPage(w, r, stored, tax, fixed, f)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	t := termFromForm(f, stored, p)
	check := t
	check.Normalize()
	validateInto(f, check.Validate(), termRename)
	if len(f.Errors) > 0 {
		o.renderTermForm(w, http.StatusUnprocessableEntity, p)
		return
	}
	err = c.save(ctx, t.ID, func(id string) error {
		t.ID = id
		return o.env.Store.SaveTerm(ctx, s.actor(), &t)
	})
	switch {
	case err == nil:
		o.saved(w, r, "/admin/terms/"+t.ID, "saved")
	case applyStoreErrors(p.view, err, termRename):
		o.renderTermForm(w, http.StatusUnprocessableEntity, p)
	case isConflict(err) && !p.Record.IsNew:
		current, err := o.env.Store.Term(ctx, s.user.RegionID, stored.ID)
		if err != nil {
			o.fail(w, r, err)
			return
		}
		o.describeConflict(ctx, p.view, audit.EntityTerm, current.ID, current.Ver, termValues(current), termFields,
			map[string][]option{"parent_id": p.Parents})
		o.renderTermForm(w, http.StatusConflict, p)
	default:
		o.renderTermForm(w, o.saveFailed(p.view, r, err), p)
	}
}
