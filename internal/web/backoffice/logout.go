package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/audit"
)

// logout ends the session and notes it in the audit log.
func (o *Office) logout(w http.ResponseWriter, r *http.Request) {
	if s := o.lookupSession(r); s != nil {
		if err := o.env.Store.DeleteSession(r.Context(), s.tokenHash); err != nil {
			o.fail(w, r, err)
			return
		}
		if err := o.env.Store.LogEvent(r.Context(), s.user.RegionID, s.actor(), audit.ActionLogout, audit.EntityUser, s.user.ID, s.user.Email); err != nil {
			o.env.Log.Error("backoffice: audit sign-out", "err", err)
		}
	}
	o.clearSessionCookie(w)
	o.redirectWithFlash(w, r, "/admin/login", "signed_out")
}
