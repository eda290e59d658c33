package backoffice

import "net/http"

// termRestore brings an archived term back.
func (o *Office) termRestore(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.RestoreTerm, "/admin/terms", "restored")
}
