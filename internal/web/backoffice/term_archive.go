package backoffice

import (
	"net/http"

	"github.com/lotse/lotse/internal/directory"
)

// termArchive archives a term: it leaves filters and forms, offers keep
// it. Terms of fixed taxonomies stay, since Lotse relies on them.
func (o *Office) termArchive(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	t, err := o.env.Store.Term(r.Context(), s.user.RegionID, r.PathValue("id"))
	if err != nil {
		o.fail(w, r, err)
		return
	}
	tax, err := o.env.Store.Taxonomy(r.Context(), s.user.RegionID, t.TaxonomyID)
	if err != nil || !editableTaxonomy(tax.Slug) {
		o.notFound(w, r)
		return
	}
	if b, _ := directory.Builtin(tax.Slug); b.Fixed {
		o.errorPage(w, r, http.StatusForbidden, "admin.term.fixed_archive")
		return
	}
	o.setArchived(w, r, o.env.Store.ArchiveTerm, "/admin/terms", "archived")
}
