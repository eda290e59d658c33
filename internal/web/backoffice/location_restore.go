package backoffice

import "net/http"

// locationRestore brings an archived location back.
func (o *Office) locationRestore(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.RestoreLocation, "/admin/locations", "restored")
}
