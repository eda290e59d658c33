package backoffice

import (
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

// loginState is what the sign-in form shows besides its two fields.
type loginState struct {
	Email  string
	Next   string // a local /admin/ path to go to after signing in
	Notice string // message key of a notice or an error
	Alert  bool   // the notice is an error
	// Kept are the fields of a form posted after the session ended;
	// Resubmit says there was such a post (perhaps with no fields), so
	// that after signing in the user can send it again.
	Kept     []keptField
	Resubmit bool
}

// keptField is one posted value carried through the sign-in form.
type keptField struct{ Name, Value string }

func sortKept(fs []keptField) {
	slices.SortStableFunc(fs, func(a, b keptField) int { return strings.Compare(a.Name, b.Name) })
}

type loginPage struct {
	*view
	loginState
}

// loginShow shows the sign-in form; a signed-in user goes on at once.
func (o *Office) loginShow(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	next := safeNext(r.URL.Query().Get("next"))
	if o.lookupSession(r) != nil {
		http.Redirect(w, r, orDefault(next, "/admin/"), http.StatusSeeOther)
		return
	}
	o.renderLogin(w, r, http.StatusOK, loginState{Next: next})
}

func (o *Office) renderLogin(w http.ResponseWriter, r *http.Request, status int, st loginState) {
	st.Next = safeNext(st.Next)
	v := o.newView(w, r, "admin.login.title", "")
	o.render(w, status, "login", &loginPage{view: v, loginState: st})
}

// safeNext returns next if it is a clean local path of the back office
// (other than sign-in and sign-out), else "": after signing in nobody is
// sent to another site, however the link was made.
func safeNext(next string) string {
	if next == "" || len(next) > 2000 || !utf8.ValidString(next) || strings.ContainsAny(next, "\\\x00\r\n\t ") || strings.HasPrefix(next, "//") {
		return ""
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" || u.Fragment != "" {
		return ""
	}
	if !strings.HasPrefix(u.Path, "/admin/") {
		return ""
	}
	clean := path.Clean(u.Path)
	if strings.HasSuffix(u.Path, "/") {
		clean += "/"
	}
	if clean != u.Path || u.Path == "/admin/login" || u.Path == "/admin/logout" {
		return ""
	}
	out := u.EscapedPath()
	if u.RawQuery != "" {
		out += "?" + u.RawQuery
	}
	return out
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
