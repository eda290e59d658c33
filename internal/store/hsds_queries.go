package store

import (
	"context"
	"fmt"
	"time"

	"github.com/lotse/lotse/internal/directory"
)

// Queries of the HSDS API. It shows only what the public sees: offers
// that are not archived and whose organisation is not archived either,
// at locations that are not archived. Pages select ids here; the
// records are then read by PublicRecords.

// publicServiceFrom joins what decides whether an offer is public.
const publicServiceFrom = ` FROM services s JOIN organizations o ON o.id = s.organization_id`

// publicServiceWhere builds the WHERE clause selecting a region's public
// offers (alias s, see publicServiceFrom) that match f. ok is false when
// a filter id is malformed, which matches nothing.
func publicServiceWhere(regionID string, f ListFilter) (where string, args []any, ok bool) {
	for _, id := range []string{f.OrgID, f.TermID, f.TaxonomyID} {
		if id != "" && !directory.ValidID(id) {
			return "", nil, false
		}
	}
	where = ` WHERE s.region_id = $1 AND s.archived_at IS NULL AND o.archived_at IS NULL`
	args = []any{regionID}
	if f.Query != "" {
		args = append(args, likePattern(f.Query))
		where += fmt.Sprintf(` AND (lower(s.name) LIKE $%d ESCAPE '\' OR lower(s.alternate_name) LIKE $%d ESCAPE '\')`, len(args), len(args))
	}
	if f.OrgID != "" {
		args = append(args, f.OrgID)
		where += fmt.Sprintf(` AND s.organization_id = $%d`, len(args))
	}
	if f.TermID != "" {
		args = append(args, f.TermID)
		where += fmt.Sprintf(` AND EXISTS (SELECT 1 FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
			WHERE a.link_id = s.id AND a.link_entity = 'service' AND t.archived_at IS NULL AND a.taxonomy_term_id = $%d)`, len(args))
	}
	if f.TaxonomyID != "" {
		args = append(args, f.TaxonomyID)
		where += fmt.Sprintf(` AND EXISTS (SELECT 1 FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
			WHERE a.link_id = s.id AND a.link_entity = 'service' AND t.archived_at IS NULL AND t.taxonomy_id = $%d)`, len(args))
	}
	if !f.ModifiedAfter.IsZero() {
		args = append(args, f.ModifiedAfter.UTC().Truncate(time.Microsecond))
		where += fmt.Sprintf(` AND s.updated_at >= $%d`, len(args))
	}
	return where, args, true
}

// PublicServiceIDs returns the ids of a page of a region's public offers
// matching f (by name), and how many match in all. f.Archived is ignored.
func (s *Store) PublicServiceIDs(ctx context.Context, regionID string, f ListFilter) ([]string, int, error) {
	where, args, ok := publicServiceWhere(regionID, f)
	if !ok {
		return nil, 0, nil
	}
	where = publicServiceFrom + where
	var total int
	if err := s.rq.QueryRowContext(ctx, `SELECT count(*)`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count public services: %w", err)
	}
	ids, err := s.queryIDs(ctx, s.rq, `SELECT s.id`+where+` ORDER BY s.name, s.id`+f.limit(), args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: public services: %w", err)
	}
	return ids, total, nil
}

// ServiceAtLocationRef names a link between an offer and a location.
type ServiceAtLocationRef struct {
	ID          string
	ServiceID   string
	LocationID  string
	Description string
}

const publicSALFrom = ` JOIN service_at_locations sal ON sal.service_id = s.id
	JOIN locations l ON l.id = sal.location_id AND l.archived_at IS NULL`

// PublicServiceAtLocations returns a page of the links between a
// region's public offers matching f and current locations (by offer
// and location name), and how many there are in all.
func (s *Store) PublicServiceAtLocations(ctx context.Context, regionID string, f ListFilter) ([]ServiceAtLocationRef, int, error) {
	where, args, ok := publicServiceWhere(regionID, f)
	if !ok {
		return nil, 0, nil
	}
	where = publicServiceFrom + publicSALFrom + where
	var total int
	if err := s.rq.QueryRowContext(ctx, `SELECT count(*)`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count public service_at_locations: %w", err)
	}
	refs, err := s.querySALs(ctx, `SELECT sal.id, sal.service_id, sal.location_id, sal.description`+where+` ORDER BY s.name, l.name, sal.id`+f.limit(), args...)
	if err != nil {
		return nil, 0, err
	}
	return refs, total, nil
}

// PublicServiceAtLocation returns a link of a public offer to a current
// location by id.
func (s *Store) PublicServiceAtLocation(ctx context.Context, regionID, id string) (ServiceAtLocationRef, error) {
	if !directory.ValidID(id) {
		return ServiceAtLocationRef{}, directory.NotFound("service_at_location")
	}
	where, args, _ := publicServiceWhere(regionID, ListFilter{})
	args = append(args, id)
	refs, err := s.querySALs(ctx, `SELECT sal.id, sal.service_id, sal.location_id, sal.description`+publicServiceFrom+publicSALFrom+where+
		fmt.Sprintf(` AND sal.id = $%d`, len(args)), args...)
	if err != nil {
		return ServiceAtLocationRef{}, err
	}
	if len(refs) == 0 {
		return ServiceAtLocationRef{}, directory.NotFound("service_at_location")
	}
	return refs[0], nil
}

func (s *Store) querySALs(ctx context.Context, query string, args ...any) ([]ServiceAtLocationRef, error) {
	rows, err := s.rq.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: public service_at_locations: %w", err)
	}
	defer rows.Close()
	var out []ServiceAtLocationRef
	for rows.Next() {
		var r ServiceAtLocationRef
		if err := rows.Scan(str{&r.ID}, str{&r.ServiceID}, str{&r.LocationID}, &r.Description); err != nil {
			return nil, fmt.Errorf("store: public service_at_locations: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func (s *Store) queryIDs(ctx context.Context, q queryer, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(str{&id}); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// organizationChildren returns the ids of the public offers and current
// locations of the given organisations.
func (s *Store) organizationChildren(ctx context.Context, q queryer, regionID string, orgIDs []string) (svcIDs, locIDs []string, err error) {
	svcIDs, err = queryByIDs(ctx, orgIDs, func(chunk []string) ([]string, error) {
		return s.queryIDs(ctx, q, `SELECT s.id`+publicServiceFrom+`
			WHERE s.region_id = $1 AND s.archived_at IS NULL AND o.archived_at IS NULL AND s.organization_id IN (`+placeholders(2, len(chunk))+`)`,
			append([]any{regionID}, anySlice(chunk)...)...)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("store: organization services: %w", err)
	}
	locIDs, err = queryByIDs(ctx, orgIDs, func(chunk []string) ([]string, error) {
		return s.queryIDs(ctx, q, `SELECT id FROM locations WHERE region_id = $1 AND archived_at IS NULL AND organization_id IN (`+
			placeholders(2, len(chunk))+`)`, append([]any{regionID}, anySlice(chunk)...)...)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("store: organization locations: %w", err)
	}
	return svcIDs, locIDs, nil
}
