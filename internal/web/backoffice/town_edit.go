package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
)

// townEdit shows the form for a new town or an existing one.
func (o *Office) townEdit(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	var t directory.Town
	if id := r.PathValue("id"); id != "" {
		var err error
		if t, err = o.env.Store.Town(r.Context(), s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return
		}
	}
	o.renderTownForm(w, http.StatusOK, o.townPage(w, r, t, editForm(townValues(t), t.Ver)))
}
