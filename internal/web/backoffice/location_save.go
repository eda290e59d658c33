package backoffice

import (
	"net/http"
	"slices"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// locationSave stores the location form ("more rows" shows it again
// with more exception rows).
func (o *Office) locationSave(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	ctx := r.Context()
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	stored := directory.Location{RegionID: s.user.RegionID}
	ver := 0
	var c *creation
	if id := r.PathValue("id"); id != "" {
		var err error
		if stored, err = o.env.Store.Location(ctx, s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
		if ver, ok = version(f); !ok {
			o.errorPage(w, r, http.StatusBadRequest, "error.bad_request")
			return
		}
	} else if c, ok = o.creating(w, r, f, "/admin/locations/", "saved", exists(o.env.Store.Location)); !ok {
		return
	}
	p, err := o.locationPage(w, r, stored, f)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	extra := 0
	if f.Get("action") == "more_rows" {
		extra = spareRows
	}
	p.Hours = postedHoursView(f, stored.Schedules, extra)
	// The ids of the location's opening hours derive from its own.
	build := func(id string) directory.Location {
		l := stored
		l.ID, l.Ver = id, ver
		return locationFromForm(f, l, p, stored.Schedules)
	}
	id := stored.ID
	if c != nil {
		id = c.id
	}
	l := build(id)
	check := l
	check.Addresses, check.Accessibility = slices.Clone(l.Addresses), slices.Clone(l.Accessibility)
	check.FeatureTermIDs, check.Schedules = slices.Clone(l.FeatureTermIDs), slices.Clone(l.Schedules)
	check.Normalize()
	validateInto(f, check.Validate(), locationRename)
	if extra > 0 {
		clear(f.Errors)
		o.renderLocationForm(w, http.StatusOK, p)
		return
	}
	if len(f.Errors) > 0 {
		o.renderLocationForm(w, http.StatusUnprocessableEntity, p)
		return
	}
	err = c.save(ctx, l.ID, func(id string) error {
		if id != l.ID {
			l = build(id)
		}
		return o.env.Store.SaveLocation(ctx, s.actor(), &l)
	})
	switch {
	case err == nil:
		o.saved(w, r, "/admin/locations/"+l.ID, "saved")
	case applyStoreErrors(p.view, err, locationRename):
		o.renderLocationForm(w, http.StatusUnprocessableEntity, p)
	case isConflict(err) && !p.Record.IsNew:
		current, err := o.env.Store.Location(ctx, s.user.RegionID, stored.ID)
		if err != nil {
			o.fail(w, r, err)
			return
		}
		o.describeConflict(ctx, p.view, audit.EntityLocation, current.ID, current.Ver, locationValues(current), locationFields,
			map[string][]option{"type": p.Types, "organization_id": p.Orgs, "town_id": p.Towns, "features": p.Features})
		o.renderLocationForm(w, http.StatusConflict, p)
	default:
		o.renderLocationForm(w, o.saveFailed(p.view, r, err), p)
	}
}
