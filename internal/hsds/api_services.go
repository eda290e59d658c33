package hsds

import (
	"context"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// maxSearch bounds the search text.
const maxSearch = 200

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
	if err := q.done(); err != nil {
		return nil, err
	}
	if minimal && full {
		return nil, errBadRequest("minimal and full exclude each other")
	}
	ids, total, err := a.store.PublicServiceIDs(ctx, rq.region.ID, f)
	if err != nil {
		return nil, err
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
