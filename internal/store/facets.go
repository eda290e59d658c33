package store

import (
	"context"
	"fmt"
)

// ServiceFacets is what the in-memory offer index keeps of an offer:
// enough to filter, count and sort the public lists without a query.
type ServiceFacets struct {
	ID             string
	Name           string
	OrganizationID string
	Status         string
	// Hidden is true when the offer, or its organisation, is archived.
	Hidden   bool
	Revision int64
	TownIDs  []string
	TermIDs  []string
	Langs    []string
	Free     bool
}

// ServiceFacets returns the facets of a region's offers changed after
// revision since (0 for all), and the region's revision they reflect.
func (s *Store) ServiceFacets(ctx context.Context, regionID string, since int64) ([]ServiceFacets, int64, error) {
	// Read the revision first: anything committed later is fetched by
	// the next refresh, so nothing is missed (at worst fetched twice).
	rev, err := s.Revision(ctx, regionID)
	if err != nil {
		return nil, 0, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT s.id, s.name, s.organization_id, s.status,
		s.archived_at IS NOT NULL OR o.archived_at IS NOT NULL, s.revision
		FROM services s JOIN organizations o ON o.id = s.organization_id
		WHERE s.region_id = $1 AND s.revision > $2`, regionID, since)
	if err != nil {
		return nil, 0, fmt.Errorf("store: service facets: %w", err)
	}
	var out []ServiceFacets
	idx := map[string]int{}
	for rows.Next() {
		var f ServiceFacets
		if err := rows.Scan(str{&f.ID}, &f.Name, str{&f.OrganizationID}, &f.Status, &f.Hidden, &f.Revision); err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("store: service facets: %w", err)
		}
		idx[f.ID] = len(out)
		out = append(out, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	if len(out) == 0 {
		return nil, rev, nil
	}
	// The children are read with the same revision condition rather than
	// an id list, which for a full load would be 100,000 parameters.
	children := []struct {
		query string
		add   func(f *ServiceFacets, v string)
	}{
		{`SELECT a.link_id, a.taxonomy_term_id FROM attributes a JOIN services s ON s.id = a.link_id
			WHERE a.link_entity = 'service' AND s.region_id = $1 AND s.revision > $2`,
			func(f *ServiceFacets, v string) { f.TermIDs = append(f.TermIDs, v) }},
		{`SELECT l.service_id, l.code FROM languages l JOIN services s ON s.id = l.service_id
			WHERE s.region_id = $1 AND s.revision > $2 ORDER BY l.position`,
			func(f *ServiceFacets, v string) { f.Langs = append(f.Langs, v) }},
		{`SELECT sal.service_id, l.town_id FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
			JOIN services s ON s.id = sal.service_id
			WHERE s.region_id = $1 AND s.revision > $2 AND l.archived_at IS NULL AND l.town_id IS NOT NULL`,
			func(f *ServiceFacets, v string) {
				for _, t := range f.TownIDs {
					if t == v {
						return
					}
				}
				f.TownIDs = append(f.TownIDs, v)
			}},
	}
	for _, c := range children {
		if err := s.eachPair(ctx, c.query, regionID, since, func(id, v string) {
			if i, ok := idx[id]; ok {
				c.add(&out[i], v)
			}
		}); err != nil {
			return nil, 0, err
		}
	}
	// Free of charge: a zero-amount cost option and none that costs money.
	rows, err = s.r.QueryContext(ctx, `SELECT c.service_id, min(c.amount), max(c.amount) FROM cost_options c JOIN services s ON s.id = c.service_id
		WHERE s.region_id = $1 AND s.revision > $2 AND c.amount IS NOT NULL GROUP BY c.service_id`, regionID, since)
	if err != nil {
		return nil, 0, fmt.Errorf("store: service facets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var lo, hi float64
		if err := rows.Scan(str{&id}, &lo, &hi); err != nil {
			return nil, 0, fmt.Errorf("store: service facets: %w", err)
		}
		if i, ok := idx[id]; ok {
			out[i].Free = lo == 0 && hi == 0
		}
	}
	return out, rev, rows.Err()
}

func (s *Store) eachPair(ctx context.Context, query, regionID string, since int64, fn func(id, v string)) error {
	rows, err := s.r.QueryContext(ctx, query, regionID, since)
	if err != nil {
		return fmt.Errorf("store: service facets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, v string
		if err := rows.Scan(str{&id}, str{&v}); err != nil {
			return fmt.Errorf("store: service facets: %w", err)
		}
		fn(id, v)
	}
	return rows.Err()
}
