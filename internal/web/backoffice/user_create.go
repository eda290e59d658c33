package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/auth"
)

// userCreate adds a user to the signed-in admin's region with an initial
// password, which the admin passes on.
func (o *Office) userCreate(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	c, ok := o.creating(w, r, f, "/admin/users/", "user_created", exists(o.env.Store.User))
	if !ok {
		return
	}
	p := o.userFormPage(w, r, f)
	u := auth.User{RegionID: s.user.RegionID, Email: f.Get("email"), Name: f.Get("name"), Role: f.Get("role")}
	if !has(p.Roles, u.Role) {
		setError(f, "role", "error.choice")
	}
	pw := ""
	if vs := f.All("password"); len(vs) > 0 {
		pw = vs[0]
	}
	// The password is never shown again, not even after an error.
	delete(f.Values, "password")
	status := http.StatusUnprocessableEntity
	if len(f.Errors) == 0 {
		err := c.save(r.Context(), "", func(id string) error {
			u.ID = id
			return o.env.Store.CreateUser(r.Context(), s.actor(), &u, pw)
		})
		switch {
		case err == nil:
			o.redirectWithFlash(w, r, "/admin/users/"+u.ID, "user_created")
			return
		case applyStoreErrors(p.view, err, nil):
		default:
			status = o.saveFailed(p.view, r, err)
		}
	}
	p.setErrors(namesOf(userFields), labelsOf(userFields))
	o.render(w, status, "user_form", p)
}
