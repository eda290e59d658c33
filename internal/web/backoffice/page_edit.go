package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
)

// pageEdit shows the form for a new page or an existing one.
func (o *Office) pageEdit(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	var pg directory.Page
	if id := r.PathValue("id"); id != "" {
		var err error
		if pg, err = o.env.Store.Page(r.Context(), s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
	}
	o.renderPageForm(w, http.StatusOK, o.pagePage(w, r, pg, editForm(pageValues(pg), pg.Ver)))
}
