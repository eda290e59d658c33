package backoffice

import (
	"net/http"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/i18n"
)

// langCookie remembers the interface language chosen before signing in
// (on the sign-in page) and on this browser; a signed-in user's choice
// is stored with the user as well, so that it follows them to other
// browsers.
const langCookie = "lotse_admin_lang"

// languageSet stores the interface language a person chose and takes
// them back to the page they were on. It is a POST like every change
// (the server's cross-origin protection guards it); it works signed in
// or not, so that the sign-in page can be read in one's language.
func (o *Office) languageSet(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	f, ok := o.postedForm(w, r)
	if !ok {
		return
	}
	lang := f.Get("lang")
	if !o.isOfficeLang(lang) {
		o.errorPage(w, r, http.StatusBadRequest, "error.bad_request")
		return
	}
	if s := o.lookupSession(r); s != nil {
		if err := o.env.Store.SetUserLang(r.Context(), s.user.RegionID, s.user.ID, lang); err != nil {
			o.fail(w, r, err)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{
		Name: langCookie, Value: lang, Path: "/admin/", MaxAge: 365 * 24 * 3600,
		HttpOnly: true, Secure: o.env.SecureCookies, SameSite: http.SameSiteLaxMode,
	})
	http.Redirect(w, r, localPath(f.Get("next")), http.StatusSeeOther)
}

// localPath returns next when it is a clean path of the back office
// (the sign-in page included), else the dashboard: a redirect must
// never lead to another site.
func localPath(next string) string {
	if s := safeNext(next); s != "" && !strings.HasPrefix(s, "/admin/language") {
		return s
	}
	// safeNext leaves out the sign-in page, which is no place to go
	// after signing in but is where a switch of language on it returns.
	if rest, ok := strings.CutPrefix(next, "/admin/login"); ok && (rest == "" || rest[0] == '?') {
		if safeNext("/admin/x"+rest) != "" {
			return next
		}
	}
	return "/admin/"
}

// isOfficeLang reports whether code is an interface language of the
// back office.
func (o *Office) isOfficeLang(code string) bool {
	return slices.ContainsFunc(o.langs, func(l i18n.Language) bool { return l.Code == code })
}

// officeLanguages returns the catalog's languages that have the back
// office's texts (Leichte Sprache, for instance, is for residents only).
func officeLanguages(c *i18n.Catalog) []i18n.Language {
	var out []i18n.Language
	for _, l := range c.Languages() {
		if slices.ContainsFunc(c.Keys(l.Code), func(k string) bool { return strings.HasPrefix(k, "admin.") }) {
			out = append(out, l)
		}
	}
	return out
}
