package backoffice

import (
	"net/http"
)

// userDisable disables an account and ends its sessions. Nobody can
// disable themself: a region must not lose its last admin by a slip.
func (o *Office) userDisable(w http.ResponseWriter, r *http.Request) {
	o.setUserDisabled(w, r, true)
}

func (o *Office) setUserDisabled(w http.ResponseWriter, r *http.Request, disabled bool) {
	s := sessionFrom(r)
	u, err := o.env.Store.User(r.Context(), s.user.RegionID, r.PathValue("id"))
	if err != nil {
		o.fail(w, r, err)
		return
	}
	if u.ID == s.user.ID {
		o.errorPage(w, r, http.StatusForbidden, "admin.user.not_self")
		return
	}
	if err := o.env.Store.SetUserDisabled(r.Context(), s.actor(), s.user.RegionID, u.ID, disabled); err != nil {
		o.fail(w, r, err)
		return
	}
	flash := "user_enabled"
	if disabled {
		flash = "user_disabled"
	}
	o.redirectWithFlash(w, r, "/admin/users/"+u.ID, flash)
}
