package backoffice

import "net/http"

// townRestore brings an archived town back.
func (o *Office) townRestore(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.RestoreTown, "/admin/towns", "restored")
}
