package backoffice

import (
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/web/ui"
)

// userFields are the new-user form's fields in page order.
var userFields = []labelled{
	{"email", "admin.field.email"}, {"name", "admin.user.name"}, {"role", "admin.user.role"}, {"password", "admin.user.password"},
}

type userFormPage struct {
	*view
	Roles []option
}

func (o *Office) userFormPage(w http.ResponseWriter, r *http.Request, f *ui.Form) *userFormPage {
	v := o.newView(w, r, "admin.user.new", "users")
	v.Form = f
	p := &userFormPage{view: v}
	for _, role := range auth.Roles {
		p.Roles = append(p.Roles, option{Value: role, Label: v.T(v.RoleKey(role))})
	}
	return p
}

// userNew shows the form for a new user.
func (o *Office) userNew(w http.ResponseWriter, r *http.Request) {
	f := &ui.Form{Values: withNewID(url.Values{"role": {auth.RoleStaff}}), Errors: map[string]string{}}
	p := o.userFormPage(w, r, f)
	p.setErrors(namesOf(userFields), labelsOf(userFields))
	o.render(w, http.StatusOK, "user_form", p)
}
