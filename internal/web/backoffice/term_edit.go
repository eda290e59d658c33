package backoffice

import (
	"net/http"
	"net/url"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/ui"
)

// termEdit shows the form for a new term of a taxonomy
// (/admin/taxonomies/{tax}/new) or an existing term (/admin/terms/{id}).
func (o *Office) termEdit(w http.ResponseWriter, r *http.Request) {
	t, tax, fixed, ok := o.termAndTaxonomy(w, r)
	if !ok {
		return
	}
	p, err := o.termPage(w, r, t, tax, fixed, &ui.Form{Values: url.Values{}, Errors: map[string]string{}})
	if err != nil {
		o.fail(w, r, err)
		return
	}
	p.Form = editForm(termValues(t), t.Ver)
	o.renderTermForm(w, http.StatusOK, p)
}

// termAndTaxonomy loads the term of the URL and its taxonomy, or, for a
// new term, the taxonomy of the URL. It answers errors itself.
func (o *Office) termAndTaxonomy(w http.ResponseWriter, r *http.Request) (directory.Term, directory.Taxonomy, bool, bool) {
	ctx := r.Context()
	s := sessionFrom(r)
	var t directory.Term
	var tax directory.Taxonomy
	var fixed bool
	var err error
	if id := r.PathValue("id"); id != "" {
		if t, err = o.env.Store.Term(ctx, s.user.RegionID, id); err != nil {
			o.fail(w, r, err)
			return t, tax, false, false
		}
		if tax, err = o.env.Store.Taxonomy(ctx, s.user.RegionID, t.TaxonomyID); err != nil || !editableTaxonomy(tax.Slug) {
			o.notFound(w, r)
			return t, tax, false, false
		}
		b, _ := directory.Builtin(tax.Slug)
		fixed = b.Fixed
	} else {
		if tax, fixed, err = o.taxonomyOf(ctx, s.user.RegionID, r.PathValue("tax")); err != nil {
			o.fail(w, r, err)
			return t, tax, false, false
		}
		if fixed {
			o.errorPage(w, r, http.StatusForbidden, "error.fixed_taxonomy")
			return t, tax, false, false
		}
		t = directory.Term{RegionID: s.user.RegionID, TaxonomyID: tax.ID}
	}
	return t, tax, fixed, true
}
