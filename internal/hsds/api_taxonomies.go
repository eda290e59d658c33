package hsds

import (
	"context"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// listTaxonomies answers GET /taxonomies: a page of the region's
// taxonomies, Lotse's built-in ones first.
func (a *API) listTaxonomies(ctx context.Context, rq *request) (any, error) {
	q := rq.q
	q.format()
	pageNo, perPage := q.paging()
	search := strings.ToLower(q.text("search", maxSearch))
	if err := q.done(); err != nil {
		return nil, err
	}
	taxs, err := a.store.Taxonomies(ctx, rq.region.ID)
	if err != nil {
		return nil, err
	}
	c := newCatalog(&directory.Dataset{})
	var items []Taxonomy
	for i := range taxs {
		if search == "" || strings.Contains(strings.ToLower(taxs[i].Name), search) {
			items = append(items, c.taxonomy(&taxs[i]))
		}
	}
	return pageOf(items, pageNo, perPage), nil
}

// getTaxonomy answers GET /taxonomies/{id}.
func (a *API) getTaxonomy(ctx context.Context, rq *request) (any, error) {
	id, err := pathID(rq)
	if err != nil {
		return nil, err
	}
	t, err := a.store.Taxonomy(ctx, rq.region.ID, id)
	if err != nil {
		return nil, err
	}
	return newCatalog(&directory.Dataset{}).taxonomy(&t), nil
}

// vocabulary reads the region's taxonomies and current terms.
func (a *API) vocabulary(ctx context.Context, rq *request) (*directory.Dataset, error) {
	return a.store.PublicRecords(ctx, rq.region.ID, store.PublicSelection{Details: true})
}

// listTerms answers GET /taxonomy_terms: a page of the region's current
// terms by taxonomy and Lotse's order, optionally of one taxonomy, the
// children of one term, or only terms without a parent (top_only).
func (a *API) listTerms(ctx context.Context, rq *request) (any, error) {
	q := rq.q
	q.format()
	pageNo, perPage := q.paging()
	taxID, parentID, topOnly := q.id("taxonomy_id"), q.id("parent_id"), q.boolean("top_only")
	search := strings.ToLower(q.text("search", maxSearch))
	if err := q.done(); err != nil {
		return nil, err
	}
	ds, err := a.vocabulary(ctx, rq)
	if err != nil {
		return nil, err
	}
	c, err := a.catalogIn(ctx, rq, ds)
	if err != nil {
		return nil, err
	}
	var terms []*directory.Term
	for i := range ds.Terms {
		t := &ds.Terms[i]
		if (taxID != "" && t.TaxonomyID != taxID) || (parentID != "" && t.ParentID != parentID) || (topOnly && t.ParentID != "") ||
			(search != "" && !strings.Contains(strings.ToLower(t.Name), search)) {
			continue
		}
		terms = append(terms, t)
	}
	slices.SortFunc(terms, compareTerms)
	items := make([]TaxonomyTerm, 0, len(terms))
	for _, t := range terms {
		items = append(items, c.term(t))
	}
	return pageOf(items, pageNo, perPage), nil
}

// getTerm answers GET /taxonomy_terms/{id}: a current term.
func (a *API) getTerm(ctx context.Context, rq *request) (any, error) {
	id, err := pathID(rq)
	if err != nil {
		return nil, err
	}
	ds, err := a.vocabulary(ctx, rq)
	if err != nil {
		return nil, err
	}
	c, err := a.catalogIn(ctx, rq, ds)
	if err != nil {
		return nil, err
	}
	if t, ok := c.terms[id]; ok {
		return c.term(t), nil
	}
	return nil, errNotFound("taxonomy term not found")
}
