package backoffice

import "net/http"

// offerArchive takes an offer off the public site; it keeps its history.
func (o *Office) offerArchive(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.ArchiveService, "/admin/offers", "archived")
}
