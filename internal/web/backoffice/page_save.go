package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// pageSave stores the page form.
func (o *Office) pageSave(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	ctx := r.Context()
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	stored := directory.Page{RegionID: s.user.RegionID}
	var c *creation
	if id := r.PathValue("id"); id != "" {
		var err error
		if stored, err = o.env.Store.Page(ctx, s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
		if stored.Ver, ok = version(f); !ok {
			o.errorPage(w, r, http.StatusBadRequest, "error.bad_request")
			return
		}
	} else if c, ok = o.creating(w, r, f, "/admin/pages/", "saved", exists(o.env.Store.Page)); !ok {
		return
	}
	p := o.pagePage(w, r, stored, f)
	pg := pageFromForm(f, stored)
	check := pg
	check.Normalize()
	validateInto(f, check.Validate(), nil)
	if len(f.Errors) > 0 {
		o.renderPageForm(w, http.StatusUnprocessableEntity, p)
		return
	}
	err := c.save(ctx, pg.ID, func(id string) error {
		pg.ID = id
		return o.env.Store.SavePage(ctx, s.actor(), &pg)
	})
	switch {
	case err == nil:
		o.saved(w, r, "/admin/pages/"+pg.ID, "saved")
	case applyStoreErrors(p.view, err, nil):
		o.renderPageForm(w, http.StatusUnprocessableEntity, p)
	case isConflict(err) && !p.Record.IsNew:
		current, err := o.env.Store.Page(ctx, s.user.RegionID, stored.ID)
		if err != nil {
			o.fail(w, r, err)
			return
		}
		o.describeConflict(ctx, p.view, audit.EntityPage, current.ID, current.Ver, pageValues(current), pageFields, nil)
		o.renderPageForm(w, http.StatusConflict, p)
	default:
		o.renderPageForm(w, o.saveFailed(p.view, r, err), p)
	}
}
