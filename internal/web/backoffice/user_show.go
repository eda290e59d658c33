package backoffice

import (
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/web/ui"
)

type userPage struct {
	*view
	Account auth.User
	Self    bool // the signed-in admin's own account
}

// userShow shows a user with the forms to set a password and to disable
// or enable the account.
func (o *Office) userShow(w http.ResponseWriter, r *http.Request) {
	p, ok := o.userPage(w, r, &ui.Form{Values: url.Values{}, Errors: map[string]string{}})
	if !ok {
		return
	}
	o.render(w, http.StatusOK, "user_show", p)
}

// userPage loads the user of the URL within the admin's region; it
// answers errors itself.
func (o *Office) userPage(w http.ResponseWriter, r *http.Request, f *ui.Form) (*userPage, bool) {
	s := sessionFrom(r)
	u, err := o.env.Store.User(r.Context(), s.user.RegionID, r.PathValue("id"))
	if err != nil {
		o.fail(w, r, err)
		return nil, false
	}
	v := o.newView(w, r, "admin.user.title", "users")
	v.Form = f
	return &userPage{view: v, Account: u, Self: u.ID == s.user.ID}, true
}
