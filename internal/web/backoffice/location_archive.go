package backoffice

import "net/http"

// locationArchive archives a location; offers held there no longer show it.
func (o *Office) locationArchive(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.ArchiveLocation, "/admin/locations", "archived")
}
