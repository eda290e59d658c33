package backoffice

import "net/http"

// townArchive archives a town: it leaves filters and forms.
func (o *Office) townArchive(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.ArchiveTown, "/admin/towns", "archived")
}
