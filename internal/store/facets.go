package store

import (
	"context"
	"database/sql"
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
	var out []ServiceFacets
	rev, err := s.EachServiceFacets(ctx, regionID, since, func(f *ServiceFacets) { out = append(out, *f) })
	return out, rev, err
}

// EachServiceFacets calls fn with the facets of each of a region's offers
// changed after revision since (0 for all), and returns the region's
// revision they reflect. fn must not keep f. Streaming lets the offer
// index turn 100,000 offers into its compact form without holding them
// all as Go strings first.
func (s *Store) EachServiceFacets(ctx context.Context, regionID string, since int64, fn func(f *ServiceFacets)) (int64, error) {
	// Read the revision first: anything committed later is fetched by
	// the next refresh, so nothing is missed (at worst fetched twice).
	rev, err := s.Revision(ctx, regionID)
	if err != nil {
		return 0, err
	}
	rows, err := s.rq.QueryContext(ctx, `SELECT service_id, name, organization_id, status, hidden, revision, town_ids, term_ids, langs, free
		FROM service_facets WHERE region_id = $1 AND revision > $2`, regionID, since)
	if err != nil {
		return 0, fmt.Errorf("store: service facets: %w", err)
	}
	defer rows.Close()
	var f ServiceFacets
	var towns, terms, langs string
	for rows.Next() {
		if err := rows.Scan(str{&f.ID}, &f.Name, str{&f.OrganizationID}, &f.Status, &f.Hidden, &f.Revision, &towns, &terms, &langs, &f.Free); err != nil {
			return 0, fmt.Errorf("store: service facets: %w", err)
		}
		f.TownIDs, f.TermIDs, f.Langs = splitList(towns), splitList(terms), splitList(langs)
		fn(&f)
	}
	return rev, rows.Err()
}

// touchServices gives the region's services selected by cond (with $2
// bound to arg) the revision rev and rewrites their facets, so that the
// public index picks up a change of the offer itself or of something it
// depends on (its organisation, a location). It is the one place where
// offers are marked changed.
func touchServices(ctx context.Context, tx *sql.Tx, pg bool, regionID string, rev int64, cond string, arg string) error {
	if _, err := tx.ExecContext(ctx, `UPDATE services SET revision = $1 WHERE region_id = $3 AND `+cond, rev, arg, regionID); err != nil {
		return fmt.Errorf("store: touch services: %w", err)
	}
	return refreshFacets(ctx, tx, pg, regionID, rev)
}

// refreshFacets rewrites the facets of the region's offers that have
// revision rev. The SQL is that of migration 0002, per dialect.
func refreshFacets(ctx context.Context, tx *sql.Tx, pg bool, regionID string, rev int64) error {
	agg := func(expr string) string { return "group_concat(" + expr + ")" }
	aggDistinct := func(expr string) string { return "group_concat(DISTINCT " + expr + ")" }
	if pg {
		agg = func(expr string) string { return "string_agg(" + expr + "::text, ',')" }
		aggDistinct = func(expr string) string { return "string_agg(DISTINCT " + expr + "::text, ',')" }
	}
	q := `INSERT INTO service_facets (service_id, region_id, revision, name, organization_id, status, hidden, town_ids, term_ids, langs, free)
		SELECT s.id, s.region_id, s.revision, s.name, s.organization_id, s.status,
			s.archived_at IS NOT NULL OR o.archived_at IS NOT NULL,
			coalesce((SELECT ` + aggDistinct("l.town_id") + ` FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
				WHERE sal.service_id = s.id AND l.archived_at IS NULL AND l.town_id IS NOT NULL), ''),
			coalesce((SELECT ` + agg("a.taxonomy_term_id") + ` FROM attributes a WHERE a.link_id = s.id AND a.link_entity = 'service'), ''),
			coalesce((SELECT ` + agg("g.code") + ` FROM languages g WHERE g.service_id = s.id), ''),
			coalesce((SELECT min(c.amount) = 0 AND max(c.amount) = 0 FROM cost_options c WHERE c.service_id = s.id AND c.amount IS NOT NULL), FALSE)
		FROM services s JOIN organizations o ON o.id = s.organization_id
		WHERE s.region_id = $1 AND s.revision = $2
		ON CONFLICT (service_id) DO UPDATE SET revision = excluded.revision, name = excluded.name,
			organization_id = excluded.organization_id, status = excluded.status, hidden = excluded.hidden,
			town_ids = excluded.town_ids, term_ids = excluded.term_ids, langs = excluded.langs, free = excluded.free`
	if _, err := tx.ExecContext(ctx, q, regionID, rev); err != nil {
		return fmt.Errorf("store: refresh facets: %w", err)
	}
	return nil
}
