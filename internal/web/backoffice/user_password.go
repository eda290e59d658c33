package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/auth"
)

// userPassword sets a user's password, which ends their sessions. An
// admin who sets their own gets a new session at once.
func (o *Office) userPassword(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	ctx := r.Context()
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	p, ok := o.userPage(w, r, f)
	if !ok {
		return
	}
	pw := ""
	if vs := f.All("password"); len(vs) > 0 {
		pw = vs[0]
	}
	delete(f.Values, "password")
	err := o.env.Store.SetPassword(ctx, s.actor(), s.user.RegionID, p.Account.ID, pw)
	switch {
	case err == nil:
	case applyStoreErrors(p.view, err, nil):
		p.setErrors([]string{"password"}, map[string]string{"password": "admin.user.new_password"})
		o.render(w, http.StatusUnprocessableEntity, "user_show", p)
		return
	default:
		o.fail(w, r, err)
		return
	}
	if p.Self {
		token, hash := auth.NewToken()
		now := o.now()
		if err := o.env.Store.CreateSession(ctx, auth.Session{TokenHash: hash, UserID: s.user.ID, CreatedAt: now, ExpiresAt: now.Add(auth.MaxAge), LastSeenAt: now}); err != nil {
			o.fail(w, r, err)
			return
		}
		o.setSessionCookie(w, token)
	}
	o.redirectWithFlash(w, r, "/admin/users/"+p.Account.ID, "password_set")
}
