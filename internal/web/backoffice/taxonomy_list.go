package backoffice

import (
	"context"
	"net/http"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

type taxonomyListPage struct {
	*view
	Taxonomies []taxonomyRow
}

type taxonomyRow struct {
	directory.Taxonomy
	Terms int
	Fixed bool
}

// taxonomyList lists the region's taxonomies with their number of terms.
func (o *Office) taxonomyList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := o.newView(w, r, "admin.taxonomy.list", "taxonomies")
	taxes, err := o.env.Store.Taxonomies(ctx, v.Region.ID)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	terms, err := o.env.Store.Terms(ctx, v.Region.ID, store.TermFilter{})
	if err != nil {
		o.fail(w, r, err)
		return
	}
	count := map[string]int{}
	for _, t := range terms {
		count[t.TaxonomyID]++
	}
	p := &taxonomyListPage{view: v}
	for _, t := range taxes {
		if !editableTaxonomy(t.Slug) {
			continue
		}
		b, _ := directory.Builtin(t.Slug)
		p.Taxonomies = append(p.Taxonomies, taxonomyRow{Taxonomy: t, Terms: count[t.ID], Fixed: b.Fixed})
	}
	o.render(w, http.StatusOK, "taxonomy_list", p)
}

// editableTaxonomy reports whether staff see a taxonomy at all: the
// "lotse" taxonomy only carries Lotse's own fields through HSDS.
func editableTaxonomy(slug string) bool { return slug != directory.TaxLotse }

// taxonomyOf returns the taxonomy with the slug in the URL, within the
// region, or ENOTFOUND.
func (o *Office) taxonomyOf(ctx context.Context, regionID, slug string) (directory.Taxonomy, bool, error) {
	if !directory.ValidSlug(slug) || !editableTaxonomy(slug) {
		return directory.Taxonomy{}, false, directory.NotFound("taxonomy")
	}
	t, err := o.env.Store.TaxonomyBySlug(ctx, regionID, slug)
	if err != nil {
		return t, false, err
	}
	b, _ := directory.Builtin(t.Slug)
	return t, b.Fixed, nil
}
