package backoffice

import (
	"context"
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// newIDField is the hidden field of a "new" form that carries the id the
// record will get. The id is made when the form is shown, so that a
// second submit of the same form (a double click, a resend after a slow
// answer) finds the record the first one made instead of making another.
const newIDField = "new_id"

// withNewID gives the values of a "new" form a fresh record id.
func withNewID(values url.Values) url.Values {
	values.Set(newIDField, directory.NewID())
	return values
}

// finder reports whether a record exists in a region: nil when it does,
// an ENOTFOUND error when it does not.
type finder func(ctx context.Context, regionID, id string) error

// exists makes a finder of a store getter (Store.Organization, …).
func exists[T any](get func(ctx context.Context, regionID, id string) (T, error)) finder {
	return func(ctx context.Context, regionID, id string) error {
		_, err := get(ctx, regionID, id)
		return err
	}
}

// creation is a record being created through a "new" form, with the id
// it will be saved under. A nil *creation stands for an edit.
type creation struct {
	id     string
	posted bool // id came from the form, so it may be taken in another region
	form   *ui.Form
	region string
	find   finder
}

// creating starts the creation of a record from the posted "new" form
// f. The record gets the form's new_id when that is a valid id, else a
// fresh one, which f then carries, so that the form shown again after an
// error keeps protecting against a second submit.
//
// When a record with that id exists in the user's region already, the
// form was submitted before and got through: creating answers as that
// submit did, with a redirect to the record's page (page + id) and the
// message flash, and returns false. It also returns false when it has
// answered an error.
func (o *Office) creating(w http.ResponseWriter, r *http.Request, f *ui.Form, page, flash string, find finder) (*creation, bool) {
	c := &creation{form: f, region: sessionFrom(r).user.RegionID, find: find}
	// A hidden field the user cannot correct gets no field error; a bad
	// id is simply not used.
	delete(f.Errors, newIDField)
	if id := f.Get(newIDField); directory.ValidID(id) {
		found, err := c.exists(r.Context(), id)
		if err != nil {
			o.fail(w, r, err)
			return nil, false
		}
		if found {
			o.redirectWithFlash(w, r, page+id, flash)
			return nil, false
		}
		c.id, c.posted = id, true
	} else {
		c.id = directory.NewID()
	}
	url.Values(f.Values).Set(newIDField, c.id)
	return c, true
}

// exists reports whether the record with id is in the user's region.
func (c *creation) exists(ctx context.Context, id string) (bool, error) {
	switch err := c.find(ctx, c.region, id); {
	case err == nil:
		return true, nil
	case directory.ErrorCode(err) == directory.ENOTFOUND:
		return false, nil
	default:
		return false, err
	}
}

// save stores the record through save, which must save it under the id
// it is given: for an edit (c is nil) the record's own id, for a new
// record the creation's.
//
// A new record's save may fail for two reasons the user should not see.
// Another submit of the same form may have created the record in the
// meantime: then the record the user asked for exists, and save reports
// success. Or the id from the form belongs to a record of another
// region (the store refuses to touch it): then the id is not used, and
// the record is saved once more under a fresh one. save is then called
// a second time, so it must build the record anew for the id it is given
// where parts of the record derive their ids from it.
func (c *creation) save(ctx context.Context, id string, save func(id string) error) error {
	if c == nil {
		return save(id)
	}
	err := save(c.id)
	if err == nil {
		return nil
	}
	found, ferr := c.exists(ctx, c.id)
	switch {
	case ferr != nil:
		return err
	case found:
		return nil
	case c.posted && directory.ErrorCode(err) != directory.EINVALID:
		c.id, c.posted = directory.NewID(), false
		url.Values(c.form.Values).Set(newIDField, c.id)
		return save(c.id)
	}
	return err
}
