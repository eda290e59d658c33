package backoffice

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/web/ui"
)

// sessionCookie holds the session token; the server keeps only its hash.
const sessionCookie = "lotse_session"

// touchEvery limits how often a session's last-seen time is written:
// idle detection needs minutes, not every request.
const touchEvery = time.Minute

// session is the signed-in user of a request.
type session struct {
	user      auth.User
	region    directory.Region
	tokenHash string
}

// actor is the user as the audit log records them.
func (s *session) actor() audit.Actor { return audit.Actor{UserID: s.user.ID, Email: s.user.Email} }

type ctxKey struct{}

func contextWithSession(r *http.Request, s *session) context.Context {
	return context.WithValue(r.Context(), ctxKey{}, s)
}

func sessionFrom(r *http.Request) *session {
	s, _ := r.Context().Value(ctxKey{}).(*session)
	return s
}

func (o *Office) now() time.Time { return o.env.Now() }

// lookupSession returns the live session of the request's cookie, or nil.
func (o *Office) lookupSession(r *http.Request) *session {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" || len(c.Value) > 100 {
		return nil
	}
	hash := auth.HashToken(c.Value)
	now := o.now()
	sess, u, err := o.env.Store.SessionUser(r.Context(), hash, now)
	if err != nil {
		if directory.ErrorCode(err) != directory.ENOTFOUND {
			o.env.Log.Error("backoffice: load session", "err", err)
		}
		return nil
	}
	region, err := o.env.Store.Region(r.Context(), u.RegionID)
	if err != nil {
		o.env.Log.Error("backoffice: load region of session", "err", err)
		return nil
	}
	if now.Sub(sess.LastSeenAt) > touchEvery {
		if err := o.env.Store.TouchSession(r.Context(), hash, now); err != nil {
			o.env.Log.Warn("backoffice: touch session", "err", err)
		}
	}
	return &session{user: u, region: region, tokenHash: hash}
}

// requireUser returns middleware that lets only signed-in users through
// (only admins when adminOnly). Without a session a GET leads to the
// sign-in page and back; a POST gets the sign-in form with everything
// that was posted kept, so that an expired session loses nothing.
func (o *Office) requireUser(adminOnly bool) func(http.HandlerFunc) http.Handler {
	return func(next http.HandlerFunc) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "no-store")
			s := o.lookupSession(r)
			if s == nil {
				o.signInFirst(w, r)
				return
			}
			if adminOnly && !s.user.IsAdmin() {
				o.errorPage(w, r.WithContext(contextWithSession(r, s)), http.StatusForbidden, "error.forbidden")
				return
			}
			next(w, r.WithContext(contextWithSession(r, s)))
		})
	}
}

// signInFirst answers a request that needs a session but has none.
func (o *Office) signInFirst(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		http.Redirect(w, r, "/admin/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return
	}
	if err := ui.ParseForm(w, r); err != nil {
		o.formError(w, r, err)
		return
	}
	o.renderLogin(w, r, http.StatusUnauthorized, loginState{
		Next:     r.URL.RequestURI(),
		Notice:   "admin.login.session_ended",
		Kept:     keptFields(r),
		Resubmit: true,
	})
}

// keptFields returns the posted fields that the sign-in form carries
// along after an expired session. Passwords are never echoed.
func keptFields(r *http.Request) []keptField {
	var out []keptField
	for name, vs := range r.PostForm {
		if strings.Contains(name, "password") || len(name) > 100 || !utf8.ValidString(name) || hasControl(name) {
			continue
		}
		for _, v := range vs {
			out = append(out, keptField{Name: name, Value: v})
		}
	}
	sortKept(out)
	return out
}

// setSessionCookie gives the browser a session token. It is a browser
// session cookie: it has no Max-Age, so it ends with the browser, and the
// server ends it anyway after auth.MaxAge.
func (o *Office) setSessionCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: token, Path: "/admin/",
		HttpOnly: true, Secure: o.env.SecureCookies, SameSite: http.SameSiteLaxMode,
	})
}

func (o *Office) clearSessionCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: "", Path: "/admin/", MaxAge: -1,
		HttpOnly: true, Secure: o.env.SecureCookies, SameSite: http.SameSiteLaxMode,
	})
}

// localizer picks the interface language: the one the signed-in user
// chose, else the one chosen on this browser (before signing in), else
// the browser's (Accept-Language, exact match) among the back office's
// languages; German when none fits.
func (o *Office) localizer(r *http.Request) *i18n.Localizer {
	s := sessionFrom(r)
	if s != nil && o.isOfficeLang(s.user.Lang) {
		return o.env.Catalog.Localizer(s.user.Lang)
	}
	if c, err := r.Cookie(langCookie); err == nil && o.isOfficeLang(c.Value) {
		return o.env.Catalog.Localizer(c.Value)
	}
	codes := make([]string, len(o.langs))
	for i, l := range o.langs {
		codes[i] = l.Code
	}
	return o.env.Catalog.Localizer(i18n.Negotiate(r.Header.Get("Accept-Language"), codes))
}
