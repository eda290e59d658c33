package backoffice

import "net/http"

// offerRestore brings an archived offer back.
func (o *Office) offerRestore(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.RestoreService, "/admin/offers", "restored")
}
