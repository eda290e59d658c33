package backoffice

import (
	"net/http"
	"slices"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// offerSave stores the offer form. Two other buttons post the same form:
// "more rows" shows it again with more exception rows, "checked today"
// saves it with today as the date of the last check.
func (o *Office) offerSave(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	ctx := r.Context()
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	stored := directory.Service{RegionID: s.user.RegionID}
	ver := 0
	var c *creation
	if id := r.PathValue("id"); id != "" {
		var err error
		if stored, err = o.env.Store.Service(ctx, s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
		if ver, ok = version(f); !ok {
			o.errorPage(w, r, http.StatusBadRequest, "error.bad_request")
			return
		}
	} else if c, ok = o.creating(w, r, f, "/admin/offers/", "saved", exists(o.env.Store.Service)); !ok {
		return
	}
	action := f.Get("action")
	if action == "checked_today" {
		f.Values["assured_date"] = []string{o.now().In(directory.Berlin).Format(time.DateOnly)}
	}
	p, err := o.offerPage(w, r, stored, f)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	extra := 0
	if action == "more_rows" {
		extra = spareRows
	}
	p.Hours = postedHoursView(f, stored.Schedules, extra)
	// The ids of the offer's opening hours derive from its own.
	build := func(id string) directory.Service {
		sv := stored
		sv.ID, sv.Ver = id, ver
		return offerFromForm(f, sv, p, stored.Schedules)
	}
	id := stored.ID
	if c != nil {
		id = c.id
	}
	sv := build(id)
	check := sv
	check.TermIDs, check.Languages, check.Locations = slices.Clone(sv.TermIDs), slices.Clone(sv.Languages), slices.Clone(sv.Locations)
	check.CostOptions, check.Schedules = slices.Clone(sv.CostOptions), slices.Clone(sv.Schedules)
	check.Normalize()
	validateInto(f, check.Validate(), offerRename)
	if action == "more_rows" {
		clear(f.Errors)
		o.renderOfferForm(w, http.StatusOK, p)
		return
	}
	if len(f.Errors) > 0 {
		o.renderOfferForm(w, http.StatusUnprocessableEntity, p)
		return
	}
	err = c.save(ctx, sv.ID, func(id string) error {
		if id != sv.ID {
			sv = build(id)
		}
		return o.env.Store.SaveService(ctx, s.actor(), &sv)
	})
	switch {
	case err == nil:
		o.saved(w, r, "/admin/offers/"+sv.ID, "saved")
	case applyStoreErrors(p.view, err, offerRename):
		o.renderOfferForm(w, http.StatusUnprocessableEntity, p)
	case isConflict(err) && !p.Record.IsNew:
		current, err := o.env.Store.Service(ctx, s.user.RegionID, stored.ID)
		if err != nil {
			o.fail(w, r, err)
			return
		}
		choices := map[string][]option{"organization_id": p.Orgs, "languages": p.Languages, "status": p.Statuses,
			"locations": flatten(p.Locations), "free": {{Value: "1", Label: p.T("admin.yes")}}}
		for field, opts := range p.Terms {
			choices[field] = opts
		}
		o.describeConflict(ctx, p.view, audit.EntityService, current.ID, current.Ver, offerValues(current, p.termFields()), offerFields, choices)
		o.renderOfferForm(w, http.StatusConflict, p)
	default:
		o.renderOfferForm(w, o.saveFailed(p.view, r, err), p)
	}
}

// flatten lists the options of all groups.
func flatten(groups []optionGroup) []option {
	var out []option
	for _, g := range groups {
		out = append(out, g.Options...)
	}
	return out
}
