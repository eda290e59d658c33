package backoffice

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/web/ui"
)

// view is what every back-office template gets: the reader's language,
// the signed-in user, the page title and, on form pages, the form with
// its errors. Page types embed it and add their own data.
type view struct {
	loc     *i18n.Localizer
	User    *auth.User
	Region  directory.Region
	Title   string // translated
	Section string // the navigation entry to mark as current
	Flash   string // message key of a success message, shown once
	Now     time.Time
	// Here is the address of the page, to which the language switcher
	// returns.
	Here  string
	langs []i18n.Language

	// Form pages.
	Form     *ui.Form
	Errors   []fieldError // the summary at the top, in form order
	Message  string       // a message key for the whole form
	Conflict *conflict
}

// fieldError is one line of the error summary, linking to its field.
type fieldError struct {
	Field string // form field name; the input's id is "f-" + Field
	Label string // translated label, "" when the message says enough
	Key   string // message key
}

// newView returns the view of a page; title is a message key.
func (o *Office) newView(w http.ResponseWriter, r *http.Request, title, section string) *view {
	v := &view{loc: o.localizer(r), Section: section, Now: o.now().In(directory.Berlin), Form: &ui.Form{Values: url.Values{}, Errors: map[string]string{}},
		Here: r.URL.RequestURI(), langs: o.langs}
	if s := sessionFrom(r); s != nil {
		v.User, v.Region = &s.user, s.region
	}
	v.Title = v.T(title)
	v.Flash = o.takeFlash(w, r)
	return v
}

// T translates a message key; args are name/value pairs.
func (v *view) T(key string, args ...any) string { return v.loc.T(key, args...) }

// Lang is the interface language, for <html lang>.
func (v *view) Lang() string { return v.loc.Lang.Code }

// Dir is the interface's text direction, for <html dir>.
func (v *view) Dir() string { return i18n.Dir(v.loc.Lang.Code) }

// CSS is the URL of the back office's stylesheet. (The name is a raw
// string so that the locale check does not take it for a message key.)
func (v *view) CSS() string { return ui.Asset(`admin.css`) }

// IsAdmin reports whether the signed-in user administers the region.
func (v *view) IsAdmin() bool { return v.User != nil && v.User.IsAdmin() }

// Date formats a moment as a date in the interface language.
func (v *view) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(directory.Berlin).Format(v.T("format.date"))
}

// DateTime formats a moment as date and time in the interface language.
func (v *view) DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(directory.Berlin).Format(v.T("format.datetime"))
}

// Day formats a YYYY-MM-DD date in the interface language.
func (v *view) Day(s string) string {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return d.Format(v.T("format.date"))
}

// Number formats a count with the language's digit grouping.
func (v *view) Number(n int) string { return v.loc.Number(n) }

// OfficeLangs are the interface languages to choose from, each named
// in its own script. (Not "Languages": form pages have a field of that
// name, which would hide this method from the layout.)
func (v *view) OfficeLangs() []i18n.Language { return v.langs }

// LangNative is the interface language's name in its own script.
func (v *view) LangNative() string {
	for _, l := range v.langs {
		if l.Code == v.Lang() {
			return l.Native
		}
	}
	return v.Lang()
}

// Nav is the main navigation; admins see two more entries.
func (v *view) Nav() []navItem {
	items := []navItem{
		{"/admin/", "admin.nav.dashboard", "dashboard"},
		{"/admin/offers", "admin.nav.offers", "offers"},
		{"/admin/organizations", "admin.nav.organizations", "organizations"},
		{"/admin/locations", "admin.nav.locations", "locations"},
		{"/admin/contacts", "admin.nav.contacts", "contacts"},
		{"/admin/taxonomies", "admin.nav.taxonomies", "taxonomies"},
		{"/admin/pages", "admin.nav.pages", "pages"},
	}
	if len(targetLangs(v.Region)) > 0 {
		items = append(items, navItem{"/admin/translations", "admin.nav.translations", "translations"})
	}
	if v.IsAdmin() {
		items = append(items, navItem{"/admin/towns", "admin.nav.towns", "towns"}, navItem{"/admin/users", "admin.nav.users", "users"})
	}
	return append(items, navItem{"/admin/search-stats", "admin.search.nav", "search"}, navItem{"/admin/audit", "admin.nav.audit", "audit"})
}

type navItem struct{ URL, Key, Section string }

// setErrors fills the error summary from the form's errors, in the order
// of the fields on the page; labels maps field names to label keys.
func (v *view) setErrors(order []string, labels map[string]string) {
	v.Errors = v.Errors[:0]
	seen := map[string]bool{}
	add := func(name string) {
		key, ok := v.Form.Errors[name]
		if !ok || seen[name] {
			return
		}
		seen[name] = true
		label := v.fieldLabel(name)
		if l, ok := labels[name]; ok {
			label = v.T(l)
		}
		v.Errors = append(v.Errors, fieldError{Field: name, Label: label, Key: key})
	}
	for _, name := range order {
		add(name)
	}
	var rest []string
	for name := range v.Form.Errors {
		if !seen[name] {
			rest = append(rest, name)
		}
	}
	slices.Sort(rest)
	for _, name := range rest {
		add(name)
	}
}

// Flash messages survive the redirect after a successful POST in a
// short-lived cookie that holds only the name of a known message.
const flashCookie = "lotse_flash"

var flashes = map[string]string{
	"saved":         "admin.flash.saved",
	"archived":      "admin.flash.archived",
	"restored":      "admin.flash.restored",
	"signed_out":    "admin.flash.signed_out",
	"password_set":  "admin.flash.password_set",
	"user_created":  "admin.flash.user_created",
	"user_disabled": "admin.flash.user_disabled",
	"user_enabled":  "admin.flash.user_enabled",
	"unchanged":     "admin.flash.unchanged",
	// An XLIFF export with nothing in it.
	"nothing_to_export": "admin.flash.nothing_to_export",
}

func (o *Office) setFlash(w http.ResponseWriter, name string) {
	http.SetCookie(w, &http.Cookie{Name: flashCookie, Value: name, Path: "/admin/", MaxAge: 60,
		HttpOnly: true, Secure: o.env.SecureCookies, SameSite: http.SameSiteLaxMode})
}

// takeFlash returns the message key of the pending flash and clears it.
func (o *Office) takeFlash(w http.ResponseWriter, r *http.Request) string {
	c, err := r.Cookie(flashCookie)
	if err != nil {
		return ""
	}
	http.SetCookie(w, &http.Cookie{Name: flashCookie, Value: "", Path: "/admin/", MaxAge: -1,
		HttpOnly: true, Secure: o.env.SecureCookies, SameSite: http.SameSiteLaxMode})
	return flashes[c.Value]
}

// redirectWithFlash ends a successful POST: Post/Redirect/Get.
func (o *Office) redirectWithFlash(w http.ResponseWriter, r *http.Request, to, flash string) {
	o.setFlash(w, flash)
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// render writes a page.
func (o *Office) render(w http.ResponseWriter, status int, name string, data any) {
	w.Header().Set("Cache-Control", "no-store")
	o.tmpl.Render(w, status, name, data)
}

// errorPage shows a message in the reader's language with a status.
func (o *Office) errorPage(w http.ResponseWriter, r *http.Request, status int, key string) {
	title := "error.title"
	if status == http.StatusNotFound {
		title = "error.not_found.title"
	}
	v := o.newView(w, r, title, "")
	v.Message = key
	o.render(w, status, "error", v)
}

// fail shows the error page that fits err; unexpected errors are logged
// and the reader sees a friendly page.
func (o *Office) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := ui.Status(err)
	if status >= 500 {
		o.env.Log.Error("backoffice: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	o.errorPage(w, r, status, ui.MessageKey(err))
}

func (o *Office) notFound(w http.ResponseWriter, r *http.Request) {
	o.errorPage(w, r, http.StatusNotFound, "error.not_found")
}

// formError answers a body ui.ParseForm refused: 413 or 400.
func (o *Office) formError(w http.ResponseWriter, r *http.Request, err error) {
	status := ui.FormStatus(err)
	key := "error.bad_request"
	if status == http.StatusRequestEntityTooLarge {
		key = "error.too_large"
	}
	o.errorPage(w, r, status, key)
}

// fallback answers paths no route matched: 405 with Allow when the path
// exists for another method, else 404. Without a session it asks for
// one first, so that the shape of the back office stays private.
func (o *Office) fallback(w http.ResponseWriter, r *http.Request) {
	s := o.lookupSession(r)
	if s == nil {
		o.signInFirst(w, r)
		return
	}
	r = r.WithContext(contextWithSession(r, s))
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := o.mux.Handler(probe); pattern != "" && pattern != "/admin/" {
			allow = append(allow, m)
			if m == http.MethodGet {
				allow = append(allow, http.MethodHead)
			}
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		o.errorPage(w, r, http.StatusMethodNotAllowed, "error.method")
		return
	}
	o.notFound(w, r)
}
