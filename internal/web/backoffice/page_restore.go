package backoffice

import "net/http"

// pageRestore brings an archived page back.
func (o *Office) pageRestore(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.RestorePage, "/admin/pages", "restored")
}
