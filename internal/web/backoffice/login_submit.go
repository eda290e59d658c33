package backoffice

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// loginSubmit signs a user in. Wrong e-mail and wrong password get the
// same message and take the same time; both the address and the client
// are rate-limited.
func (o *Office) loginSubmit(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if err := ui.ParseForm(w, r); err != nil {
		o.formError(w, r, err)
		return
	}
	ctx := r.Context()
	email := strings.ToLower(strings.TrimSpace(r.PostForm.Get("email")))
	pw := r.PostForm.Get("password")
	st := loginState{Email: email, Next: r.PostForm.Get("next"), Resubmit: r.PostForm.Get("resubmit") == "1"}
	for name, vs := range r.PostForm {
		if orig, ok := strings.CutPrefix(name, "kept:"); ok && orig != "" {
			for _, v := range vs {
				st.Kept = append(st.Kept, keptField{Name: orig, Value: v})
			}
		}
	}
	sortKept(st.Kept)

	ok, wait := o.byIP.Allow(o.clientIP(r))
	if ok {
		ok, wait = o.byEmail.Allow(email)
	}
	if !ok {
		o.env.Log.Warn("backoffice: sign-in rate limited", "ip", o.clientIP(r))
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(max(wait, time.Second).Seconds()))))
		st.Notice, st.Alert = "error.too_many", true
		o.renderLogin(w, r, http.StatusTooManyRequests, st)
		return
	}

	u, found := o.userForLogin(r, email)
	if !found {
		auth.VerifyDummy(pw)
		o.loginFailed(w, r, st, "admin.login.failed")
		return
	}
	match, err := auth.VerifyPassword(u.PasswordHash, pw)
	if err != nil {
		o.env.Log.Error("backoffice: verify password", "user", u.ID, "err", err)
	}
	if !match {
		o.loginFailed(w, r, st, "admin.login.failed")
		return
	}
	if u.DisabledAt != nil {
		o.loginFailed(w, r, st, "admin.login.disabled")
		return
	}
	o.byEmail.Reset(email)

	// A new token at every sign-in: a session id planted before cannot
	// be taken over.
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		_ = o.env.Store.DeleteSession(ctx, auth.HashToken(c.Value))
	}
	token, hash := auth.NewToken()
	now := o.now()
	if err := o.env.Store.CreateSession(ctx, auth.Session{TokenHash: hash, UserID: u.ID, CreatedAt: now, ExpiresAt: now.Add(auth.MaxAge), LastSeenAt: now}); err != nil {
		o.env.Log.Error("backoffice: create session", "err", err)
		st.Notice, st.Alert = "error.internal", true
		o.renderLogin(w, r, http.StatusInternalServerError, st)
		return
	}
	o.setSessionCookie(w, token)
	if err := o.env.Store.LogEvent(ctx, u.RegionID, audit.Actor{UserID: u.ID, Email: u.Email}, audit.ActionLogin, audit.EntityUser, u.ID, u.Email); err != nil {
		o.env.Log.Error("backoffice: audit sign-in", "err", err)
	}
	next := safeNext(st.Next)
	if st.Resubmit && next != "" {
		region, err := o.env.Store.Region(ctx, u.RegionID)
		if err != nil {
			o.fail(w, r, err)
			return
		}
		r = r.WithContext(contextWithSession(r, &session{user: u, region: region, tokenHash: hash}))
		v := o.newView(w, r, "admin.resubmit.title", "")
		o.render(w, http.StatusOK, "resubmit", &loginPage{view: v, loginState: loginState{Next: next, Kept: st.Kept}})
		return
	}
	http.Redirect(w, r, orDefault(next, "/admin/"), http.StatusSeeOther)
}

// userForLogin looks up the account of an e-mail address.
func (o *Office) userForLogin(r *http.Request, email string) (auth.User, bool) {
	if email == "" || !directory.ValidEmail(email) {
		return auth.User{}, false
	}
	u, err := o.env.Store.UserByEmail(r.Context(), email)
	if err != nil {
		if directory.ErrorCode(err) != directory.ENOTFOUND {
			o.env.Log.Error("backoffice: look up user", "err", err)
		}
		return auth.User{}, false
	}
	return u, true
}

func (o *Office) loginFailed(w http.ResponseWriter, r *http.Request, st loginState, key string) {
	o.env.Log.Info("backoffice: sign-in failed", "ip", o.clientIP(r))
	st.Notice, st.Alert = key, true
	o.renderLogin(w, r, http.StatusUnauthorized, st)
}

// clientIP is the address the request came from, as the sign-in limit
// and the log name it: behind a trusted reverse proxy the client the
// proxy names (see ui.ClientIP), else the connection's address.
func (o *Office) clientIP(r *http.Request) string {
	if ip := ui.ClientIP(r, o.env.TrustedProxies); ip.IsValid() {
		return ip.String()
	}
	return r.RemoteAddr
}
