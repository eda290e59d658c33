package backoffice

import "net/http"

// orgRestore brings an archived organisation back.
func (o *Office) orgRestore(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.RestoreOrganization, "/admin/organizations", "restored")
}
