package backoffice

import "net/http"

// pageArchive takes a page off the public site.
func (o *Office) pageArchive(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.ArchivePage, "/admin/pages", "archived")
}
