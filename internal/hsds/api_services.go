package hsds

import (
	"context"
	"net/http"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/store"
)

// maxSearch bounds the search text.
const maxSearch = 200

// Searcher finds a region's records by text: *offerindex.Index, the
// same engine as the public site's search box.
type Searcher interface {
	SearchText(regionID string, q search.Query) []search.Hit
	// SearchReady is false while the region's index is being built,
	// in the first seconds after a start.
	SearchReady(regionID string) bool
}

// WithSearch makes the search parameter of /services and /organizations
// use s: tolerant, multilingual, ordered by relevance. It returns a.
func (a *API) WithSearch(s Searcher) *API {
	a.search = s
	return a
}

// searchIDs returns the ids of the records of one kind the engine finds
// for text, best first, keeping only those that allowed (when not nil)
// accepts: the other filters of the request, answered by the database.
func (a *API) searchIDs(ctx context.Context, rq *request, text, kind string, allowed func(ctx context.Context) (map[string]bool, error)) ([]string, error) {
	if !a.search.SearchReady(rq.region.ID) {
		return nil, &apiError{http.StatusServiceUnavailable, "unavailable", "the search index is being built; retry in a few seconds"}
	}
	hits := a.search.SearchText(rq.region.ID, search.Query{Text: text, Lang: rq.lang, Kind: kind})
	var ok map[string]bool
	if allowed != nil {
		var err error
		if ok, err = allowed(ctx); err != nil {
			return nil, err
		}
	}
	ids := make([]string, 0, len(hits))
	for _, h := range hits {
		if ok == nil || ok[h.ID] {
			ids = append(ids, h.ID)
		}
	}
	return ids, nil
}

// allIDs collects the ids of every page of a database list.
func allIDs(fetch func(offset int) ([]string, error)) (map[string]bool, error) {
	out := map[string]bool{}
	for {
		ids, err := fetch(len(out))
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			out[id] = true
		}
		if len(ids) < 1000 {
			return out, nil
		}
	}
}

// keepIDs returns ids without those that allowed (when not nil) refuses,
// in their order.
func keepIDs(ids []string, allowed map[string]bool) []string {
	if allowed == nil {
		return ids
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if allowed[id] {
			out = append(out, id)
		}
	}
	return out
}

// setOf returns the ids as a set.
func setOf(ids []string) map[string]bool {
	out := make(map[string]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out
}

// storeAllowed returns the ids of the public offers that pass the
// database filters of f (organisation, term, taxonomy, modified after),
// or nil when f has none.
func (a *API) storeAllowed(ctx context.Context, rq *request, f store.ListFilter) (map[string]bool, error) {
	if f.OrgID == "" && f.TermID == "" && f.TaxonomyID == "" && f.ModifiedAfter.IsZero() {
		return nil, nil
	}
	g := f
	g.Query, g.Limit = "", 1000
	return allIDs(func(offset int) ([]string, error) {
		g.Offset = offset
		ids, _, err := a.store.PublicServiceIDs(ctx, rq.region.ID, g)
		return ids, err
	})
}

// pageSlice cuts page pageNo out of ids.
func pageSlice(ids []string, pageNo, perPage int) []string {
	from := min(len(ids), (pageNo-1)*perPage)
	return ids[from:min(len(ids), from+perPage)]
}

// listServices answers GET /services: a page of public offers by name,
// in the list shape (one-to-one members and the organisation), as
// minimal items (id and last_modified) or fully nested.
func (a *API) listServices(ctx context.Context, rq *request) (any, error) {
	q := rq.q
	q.format()
	pageNo, perPage := q.paging()
	f := store.ListFilter{
		Query: q.text("search", maxSearch), OrgID: q.id("organization_id"), TermID: q.id("taxonomy_term_id"),
		TaxonomyID: q.id("taxonomy_id"), ModifiedAfter: q.since("modified_after"),
		Limit: perPage, Offset: (pageNo - 1) * perPage,
	}
	minimal, full := q.boolean("minimal"), q.boolean("full")
	place := q.place()
	if err := q.done(); err != nil {
		return nil, err
	}
	if minimal && full {
		return nil, errBadRequest("minimal and full exclude each other")
	}
	if place.postcode != "" && a.locator == nil {
		return nil, errBadRequest("postcode is not supported by this server")
	}
	var ids []string
	var total int
	var err error
	switch {
	case f.Query != "" && a.search != nil || place.postcode != "":
		// The engines give whole results, the database the other
		// filters; the result keeps the engines' order: relevance
		// for a search, else distance.
		allowed, err := a.storeAllowed(ctx, rq, f)
		if err != nil {
			return nil, err
		}
		var near []string
		if place.postcode != "" {
			if near, err = a.placeIDs(ctx, rq, place); err != nil {
				return nil, err
			}
		}
		all := near
		if f.Query != "" && a.search != nil {
			if all, err = a.searchIDs(ctx, rq, f.Query, search.KindService, nil); err != nil {
				return nil, err
			}
			if near != nil {
				all = keepIDs(all, setOf(near))
			}
		}
		all = keepIDs(all, allowed)
		ids, total = pageSlice(all, pageNo, perPage), len(all)
	default:
		if ids, total, err = a.store.PublicServiceIDs(ctx, rq.region.ID, f); err != nil {
			return nil, err
		}
	}
	ds, err := a.store.PublicRecords(ctx, rq.region.ID, store.PublicSelection{ServiceIDs: ids, Details: full})
	if err != nil {
		return nil, err
	}
	c, err := a.catalogIn(ctx, rq, ds)
	if err != nil {
		return nil, err
	}
	svcs := inOrder(ids, ds.Services, func(s *directory.Service) string { return s.ID })
	switch {
	case minimal:
		items := make([]MinimalService, 0, len(svcs))
		for _, sv := range svcs {
			items = append(items, MinimalService{ID: sv.ID, LastModified: timestamp(sv.UpdatedAt)})
		}
		return page(items, total, pageNo, perPage), nil
	case full:
		items := make([]Service, 0, len(svcs))
		for _, sv := range svcs {
			items = append(items, c.serviceFull(sv, nesting{organization: true, locations: true}))
		}
		return page(items, total, pageNo, perPage), nil
	}
	items := make([]Service, 0, len(svcs))
	for _, sv := range svcs {
		items = append(items, c.serviceList(sv))
	}
	return page(items, total, pageNo, perPage), nil
}

// getService answers GET /services/{id}: one public offer, fully nested.
func (a *API) getService(ctx context.Context, rq *request) (any, error) {
	id, err := pathID(rq)
	if err != nil {
		return nil, err
	}
	ds, err := a.store.PublicRecords(ctx, rq.region.ID, store.PublicSelection{ServiceIDs: []string{id}, Details: true})
	if err != nil {
		return nil, err
	}
	if len(ds.Services) == 0 {
		return nil, errNotFound("service not found")
	}
	c, err := a.catalogIn(ctx, rq, ds)
	if err != nil {
		return nil, err
	}
	return c.serviceFull(&ds.Services[0], nesting{organization: true, locations: true}), nil
}

// inOrder returns pointers to the records in the order of ids, leaving
// out ids without a record.
func inOrder[T any](ids []string, recs []T, key func(*T) string) []*T {
	byID := make(map[string]*T, len(recs))
	for i := range recs {
		byID[key(&recs[i])] = &recs[i]
	}
	out := make([]*T, 0, len(ids))
	for _, id := range ids {
		if r, ok := byID[id]; ok {
			out = append(out, r)
		}
	}
	return out
}
