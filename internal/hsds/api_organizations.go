package hsds

import (
	"context"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/store"
)

// listOrganizations answers GET /organizations: a page of current
// organisations by name, in the list shape or, with full=true, fully
// nested (full_service=true nests their offers fully, too).
// taxonomy_term_id and taxonomy_id select by organisation type, the only
// taxonomy Lotse links organisations to.
func (a *API) listOrganizations(ctx context.Context, rq *request) (any, error) {
	q := rq.q
	q.format()
	pageNo, perPage := q.paging()
	f := store.ListFilter{Query: q.text("search", maxSearch), Limit: perPage, Offset: (pageNo - 1) * perPage}
	termID, taxID := q.id("taxonomy_term_id"), q.id("taxonomy_id")
	full, fullService := q.boolean("full"), q.boolean("full_service")
	if err := q.done(); err != nil {
		return nil, err
	}
	orgTypes, err := a.store.TaxonomyBySlug(ctx, rq.region.ID, directory.TaxOrgTypes)
	if err != nil {
		return nil, err
	}
	none := false
	if taxID != "" && taxID != orgTypes.ID {
		none = true
	}
	if termID != "" {
		t, err := a.store.Term(ctx, rq.region.ID, termID)
		switch {
		case directory.ErrorCode(err) == directory.ENOTFOUND || err == nil && (t.TaxonomyID != orgTypes.ID || t.ArchivedAt != nil):
			none = true
		case err != nil:
			return nil, err
		default:
			f.Type = t.Code
		}
	}
	if none {
		return page([]Organization{}, 0, pageNo, perPage), nil
	}
	var ids []string
	var total int
	if f.Query != "" && a.search != nil {
		var allowed func(ctx context.Context) (map[string]bool, error)
		if f.Type != "" {
			g := f
			g.Query, g.Limit = "", 1000
			allowed = func(ctx context.Context) (map[string]bool, error) {
				return allIDs(func(offset int) ([]string, error) {
					g.Offset = offset
					orgs, _, err := a.store.Organizations(ctx, rq.region.ID, g)
					ids := make([]string, len(orgs))
					for i, o := range orgs {
						ids[i] = o.ID
					}
					return ids, err
				})
			}
		}
		all, err := a.searchIDs(ctx, rq, f.Query, search.KindOrganization, allowed)
		if err != nil {
			return nil, err
		}
		ids, total = pageSlice(all, pageNo, perPage), len(all)
	} else {
		orgs, n, err := a.store.Organizations(ctx, rq.region.ID, f)
		if err != nil {
			return nil, err
		}
		ids, total = make([]string, len(orgs)), n
		for i, o := range orgs {
			ids[i] = o.ID
		}
	}
	ds, err := a.store.PublicRecords(ctx, rq.region.ID, store.PublicSelection{OrganizationIDs: ids, OrganizationChildren: full, Details: full})
	if err != nil {
		return nil, err
	}
	c, err := a.catalogIn(ctx, rq, ds)
	if err != nil {
		return nil, err
	}
	items := make([]Organization, 0, len(ids))
	for _, o := range inOrder(ids, ds.Organizations, func(o *directory.Organization) string { return o.ID }) {
		if full {
			items = append(items, c.organizationFull(o, fullService))
		} else {
			items = append(items, c.organizationFields(o))
		}
	}
	return page(items, total, pageNo, perPage), nil
}

// getOrganization answers GET /organizations/{id}: one current
// organisation fully nested, with its locations and its offers (in the
// list shape, or fully nested with full_service=true).
func (a *API) getOrganization(ctx context.Context, rq *request) (any, error) {
	id, err := pathID(rq)
	if err != nil {
		return nil, err
	}
	fullService := rq.q.boolean("full_service")
	if err := rq.q.done(); err != nil {
		return nil, err
	}
	ds, err := a.store.PublicRecords(ctx, rq.region.ID, store.PublicSelection{OrganizationIDs: []string{id}, OrganizationChildren: true, Details: true})
	if err != nil {
		return nil, err
	}
	for i := range ds.Organizations {
		if ds.Organizations[i].ID == id {
			c, err := a.catalogIn(ctx, rq, ds)
			if err != nil {
				return nil, err
			}
			return c.organizationFull(&ds.Organizations[i], fullService), nil
		}
	}
	return nil, errNotFound("organization not found")
}
