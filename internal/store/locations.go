package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

const locationColumns = `id, region_id, organization_id, location_type, name, alternate_name, description, transportation, url,
	latitude, longitude, town_id, ver, archived_at, created_at, updated_at`

func scanLocation(sc interface{ Scan(...any) error }) (directory.Location, error) {
	var l directory.Location
	err := sc.Scan(&l.ID, &l.RegionID, str{&l.OrganizationID}, &l.Type, &l.Name, &l.AlternateName, &l.Description, &l.Transportation, &l.URL,
		optFloat{&l.Latitude}, optFloat{&l.Longitude}, str{&l.TownID}, &l.Ver, optTime{&l.ArchivedAt}, utcTime{&l.CreatedAt}, utcTime{&l.UpdatedAt})
	return l, err
}

// Locations returns a page of a region's locations by name, with their
// addresses and towns, and how many match in all.
func (s *Store) Locations(ctx context.Context, regionID string, f ListFilter) ([]directory.Location, int, error) {
	where := ` FROM locations WHERE region_id = $1` + f.Archived.where("archived_at")
	args := []any{regionID}
	if f.Query != "" {
		args = append(args, likePattern(f.Query))
		where += fmt.Sprintf(` AND lower(name) LIKE $%d ESCAPE '\'`, len(args))
	}
	if f.OrgID != "" {
		args = append(args, nullStr(f.OrgID))
		where += fmt.Sprintf(` AND organization_id = $%d`, len(args))
	}
	if f.TownID != "" {
		args = append(args, nullStr(f.TownID))
		where += fmt.Sprintf(` AND town_id = $%d`, len(args))
	}
	if (f.OrgID != "" && !directory.ValidID(f.OrgID)) || (f.TownID != "" && !directory.ValidID(f.TownID)) {
		return nil, 0, nil
	}
	var total int
	if err := s.rq.QueryRowContext(ctx, `SELECT count(*)`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count locations: %w", err)
	}
	locs, err := s.queryLocations(ctx, s.rq, `SELECT `+locationColumns+where+` ORDER BY name, id`+f.limit(), args...)
	if err != nil {
		return nil, 0, err
	}
	if err := s.fillLocations(ctx, s.rq, regionID, locs, true); err != nil {
		return nil, 0, err
	}
	return derefLocations(locs), total, nil
}

func derefLocations(ls []*directory.Location) []directory.Location {
	out := make([]directory.Location, len(ls))
	for i, l := range ls {
		out[i] = *l
	}
	return out
}

func (s *Store) queryLocations(ctx context.Context, q queryer, query string, args ...any) ([]*directory.Location, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: locations: %w", err)
	}
	defer rows.Close()
	var out []*directory.Location
	for rows.Next() {
		l, err := scanLocation(rows)
		if err != nil {
			return nil, fmt.Errorf("store: locations: %w", err)
		}
		out = append(out, &l)
	}
	return out, rows.Err()
}

// Location returns one location of a region with everything that
// belongs to it: addresses, accessibility, features, opening hours, town.
func (s *Store) Location(ctx context.Context, regionID, id string) (directory.Location, error) {
	return s.location(ctx, s.rq, regionID, id)
}

func (s *Store) location(ctx context.Context, q queryer, regionID, id string) (directory.Location, error) {
	if !directory.ValidID(id) {
		return directory.Location{}, directory.NotFound("location")
	}
	l, err := scanLocation(q.QueryRowContext(ctx, `SELECT `+locationColumns+` FROM locations WHERE region_id = $1 AND id = $2`, regionID, id))
	if err != nil {
		return l, notFound(err, "location")
	}
	if err := s.fillLocations(ctx, q, regionID, []*directory.Location{&l}, true); err != nil {
		return l, err
	}
	return l, nil
}

// fillLocations loads the children of several locations at once; without
// details only their towns and opening hours.
func (s *Store) fillLocations(ctx context.Context, q queryer, regionID string, locs []*directory.Location, details bool) error {
	if len(locs) == 0 {
		return nil
	}
	ids := make([]string, len(locs))
	for i, l := range locs {
		ids[i] = l.ID
	}
	var addrs map[string][]directory.Address
	var access map[string][]directory.Accessibility
	var attrs map[string][]string
	if details {
		var err error
		if addrs, err = loadAddresses(ctx, q, ids); err != nil {
			return err
		}
		if access, err = loadAccessibility(ctx, q, ids); err != nil {
			return err
		}
		if attrs, err = loadAttributes(ctx, q, "location", ids); err != nil {
			return err
		}
	}
	scheds, err := loadSchedules(ctx, q, byLocation, ids)
	if err != nil {
		return err
	}
	townIDs := make([]string, 0, len(locs))
	for _, l := range locs {
		townIDs = append(townIDs, l.TownID)
	}
	towns, err := s.townsByID(ctx, q, regionID, townIDs)
	if err != nil {
		return err
	}
	for _, l := range locs {
		l.Addresses = addrs[l.ID]
		l.Accessibility = access[l.ID]
		l.FeatureTermIDs = attrs[l.ID]
		l.Schedules = scheds[l.ID]
		l.Town = towns[l.TownID]
	}
	return nil
}

// SaveLocation creates or updates a location with its addresses,
// accessibility, features and opening hours; see SaveTown for Ver.
func (s *Store) SaveLocation(ctx context.Context, actor audit.Actor, l *directory.Location) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.saveLocation(ctx, tx, actor, l, saveOpts{}) })
}

func (s *Store) saveLocation(ctx context.Context, tx *sql.Tx, actor audit.Actor, l *directory.Location, opts saveOpts) error {
	if l.ID == "" {
		l.ID = directory.NewID()
	}
	l.Normalize()
	if err := l.Validate(); err != nil {
		return err
	}
	exists, err := s.existing(ctx, tx, "locations", l.RegionID, l.ID, l.Ver, "location")
	if err != nil {
		return err
	}
	if l.OrganizationID != "" {
		if err := checkRefs(ctx, tx, "organizations", l.RegionID, []string{l.OrganizationID}, "organization_id"); err != nil {
			return err
		}
	}
	if l.TownID != "" {
		if err := checkRefs(ctx, tx, "towns", l.RegionID, []string{l.TownID}, "town_id"); err != nil {
			return err
		}
	}
	var before any
	action := audit.ActionCreate
	now := opts.stamp(s.now(), l.UpdatedAt)
	if exists {
		old, err := s.location(ctx, tx, l.RegionID, l.ID)
		if err != nil {
			return err
		}
		old.Town = nil
		before, action = old, audit.ActionUpdate
		if l.MinorEdit {
			if err := keepTranslationsCurrent(ctx, tx, directory.TranslateLocation, l.ID, old.TextFields(), l.TextFields()); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE locations SET organization_id = $1, location_type = $2, name = $3, alternate_name = $4,
			description = $5, transportation = $6, url = $7, latitude = $8, longitude = $9, town_id = $10, ver = ver + 1, updated_at = $11
			WHERE id = $12`, nullStr(l.OrganizationID), l.Type, l.Name, l.AlternateName, l.Description, l.Transportation, l.URL,
			nullFloat(l.Latitude), nullFloat(l.Longitude), nullStr(l.TownID), now, l.ID); err != nil {
			return fmt.Errorf("store: update location: %w", err)
		}
	} else {
		if _, err := tx.ExecContext(ctx, `INSERT INTO locations (`+locationColumns+`)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $14, $15)`,
			l.ID, l.RegionID, nullStr(l.OrganizationID), l.Type, l.Name, l.AlternateName, l.Description, l.Transportation, l.URL,
			nullFloat(l.Latitude), nullFloat(l.Longitude), nullStr(l.TownID), nullTime(l.ArchivedAt), opts.stamp(now, l.CreatedAt), now); err != nil {
			return fmt.Errorf("store: create location: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM addresses WHERE location_id = $1`, l.ID); err != nil {
		return err
	}
	for i, a := range l.Addresses {
		if _, err := tx.ExecContext(ctx, `INSERT INTO addresses (id, location_id, attention, address_1, address_2, city, region, state_province,
			postal_code, country, address_type, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
			a.ID, l.ID, a.Attention, a.Address1, a.Address2, a.City, a.Region, a.StateProvince, a.PostalCode, a.Country, a.Type, i); err != nil {
			return fmt.Errorf("store: save address: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM accessibility WHERE location_id = $1`, l.ID); err != nil {
		return err
	}
	for i, a := range l.Accessibility {
		if _, err := tx.ExecContext(ctx, `INSERT INTO accessibility (id, location_id, description, details, url, position) VALUES ($1, $2, $3, $4, $5, $6)`,
			a.ID, l.ID, a.Description, a.Details, a.URL, i); err != nil {
			return fmt.Errorf("store: save accessibility: %w", err)
		}
	}
	if err := replaceAttributes(ctx, tx, l.RegionID, "location", l.ID, l.FeatureTermIDs, "features"); err != nil {
		return err
	}
	if err := replaceSchedules(ctx, tx, byLocation, l.ID, l.Schedules); err != nil {
		return err
	}
	rev, err := s.bump(ctx, tx, l.RegionID)
	if err != nil {
		return err
	}
	if err := touchServices(ctx, tx, s.pg, l.RegionID, rev, `id IN (SELECT service_id FROM service_at_locations WHERE location_id = $2)`, l.ID); err != nil {
		return err
	}
	saved, err := s.location(ctx, tx, l.RegionID, l.ID)
	if err != nil {
		return err
	}
	*l = saved
	logged := saved
	logged.Town = nil
	return s.logChange(ctx, tx, l.RegionID, actor, action, audit.EntityLocation, l.ID, l.Name, before, logged)
}

// ArchiveLocation hides a location; offers held there lose it from their
// public page until it is restored.
func (s *Store) ArchiveLocation(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveLocation(ctx, actor, regionID, id, true)
}

// RestoreLocation undoes ArchiveLocation.
func (s *Store) RestoreLocation(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveLocation(ctx, actor, regionID, id, false)
}

func (s *Store) archiveLocation(ctx context.Context, actor audit.Actor, regionID, id string, archive bool) error {
	return s.setArchived(ctx, actor, regionID, "locations", audit.EntityLocation, id, archive, func(q queryer) (any, string, error) {
		l, err := s.location(ctx, q, regionID, id)
		l.Town = nil
		return l, l.Name, err
	}, func(tx *sql.Tx, rev int64) error {
		return touchServices(ctx, tx, s.pg, regionID, rev, `id IN (SELECT service_id FROM service_at_locations WHERE location_id = $2)`, id)
	})
}
