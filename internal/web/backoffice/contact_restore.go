package backoffice

import "net/http"

// contactRestore brings an archived contact back.
func (o *Office) contactRestore(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.RestoreContact, "/admin/contacts", "restored")
}
