package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/auth"
)

type userListPage struct {
	*view
	Users []auth.User
}

// userList lists the region's back-office users.
func (o *Office) userList(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.user.list", "users")
	users, err := o.env.Store.Users(r.Context(), v.Region.ID)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	o.render(w, http.StatusOK, "user_list", &userListPage{view: v, Users: users})
}

// RoleKey is the message key of a role.
func (v *view) RoleKey(role string) string { return "admin.role." + role }
