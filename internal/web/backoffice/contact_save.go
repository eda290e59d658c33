package backoffice

import (
	"net/http"
	"slices"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// contactSave stores the contact form.
func (o *Office) contactSave(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	ctx := r.Context()
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	stored := directory.Contact{RegionID: s.user.RegionID}
	var cr *creation
	if id := r.PathValue("id"); id != "" {
		var err error
		if stored, err = o.env.Store.Contact(ctx, s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
		if stored.Ver, ok = version(f); !ok {
			o.errorPage(w, r, http.StatusBadRequest, "error.bad_request")
			return
		}
	} else if cr, ok = o.creating(w, r, f, "/admin/contacts/", "saved", exists(o.env.Store.Contact)); !ok {
		return
	}
	p, err := o.contactPage(w, r, stored, f, max(postedPhones(f), len(stored.Phones)))
	if err != nil {
		o.fail(w, r, err)
		return
	}
	c := contactFromForm(f, stored, p)
	check := c
	check.Phones = slices.Clone(c.Phones)
	check.Normalize()
	validateInto(f, check.Validate(), contactRename)
	if len(f.Errors) > 0 {
		o.renderContactForm(w, http.StatusUnprocessableEntity, p)
		return
	}
	err = cr.save(ctx, c.ID, func(id string) error {
		c.ID = id
		return o.env.Store.SaveContact(ctx, s.actor(), &c)
	})
	switch {
	case err == nil:
		o.saved(w, r, "/admin/contacts/"+c.ID, "saved")
	case applyStoreErrors(p.view, err, contactRename):
		o.renderContactForm(w, http.StatusUnprocessableEntity, p)
	case isConflict(err) && !p.Record.IsNew:
		current, err := o.env.Store.Contact(ctx, s.user.RegionID, stored.ID)
		if err != nil {
			o.fail(w, r, err)
			return
		}
		o.describeConflict(ctx, p.view, audit.EntityContact, current.ID, current.Ver, contactValues(current), contactFields,
			map[string][]option{"owner": flatten(p.Owners)})
		o.renderContactForm(w, http.StatusConflict, p)
	default:
		o.renderContactForm(w, o.saveFailed(p.view, r, err), p)
	}
}
