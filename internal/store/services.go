package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

const serviceColumns = `id, region_id, organization_id, name, alternate_name, summary, description, url, email, status,
	interpretation_services, application_process, fees_description, eligibility_description, minimum_age, maximum_age,
	assured_date, alert, ver, archived_at, created_at, updated_at`

func scanService(sc interface{ Scan(...any) error }) (directory.Service, error) {
	var s directory.Service
	err := sc.Scan(&s.ID, &s.RegionID, &s.OrganizationID, &s.Name, &s.AlternateName, &s.Summary, &s.Description, &s.URL, &s.Email, &s.Status,
		&s.InterpretationServices, &s.ApplicationProcess, &s.FeesDescription, &s.EligibilityDescription, optInt{&s.MinimumAge}, optInt{&s.MaximumAge},
		&s.AssuredDate, &s.Alert, &s.Ver, optTime{&s.ArchivedAt}, utcTime{&s.CreatedAt}, utcTime{&s.UpdatedAt})
	return s, err
}

// Services returns a page of a region's offers by name, with their
// details, and how many match in all.
func (s *Store) Services(ctx context.Context, regionID string, f ListFilter) ([]directory.Service, int, error) {
	where := ` FROM services s WHERE s.region_id = $1` + f.Archived.where("s.archived_at")
	args := []any{regionID}
	for _, id := range []string{f.OrgID, f.TermID, f.TaxonomyID, f.TownID} {
		if id != "" && !directory.ValidID(id) {
			return nil, 0, nil
		}
	}
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
		where += fmt.Sprintf(` AND EXISTS (SELECT 1 FROM attributes a WHERE a.link_id = s.id AND a.link_entity = 'service' AND a.taxonomy_term_id = $%d)`, len(args))
	}
	if f.TaxonomyID != "" {
		args = append(args, f.TaxonomyID)
		where += fmt.Sprintf(` AND EXISTS (SELECT 1 FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
			WHERE a.link_id = s.id AND a.link_entity = 'service' AND t.taxonomy_id = $%d)`, len(args))
	}
	if f.TownID != "" {
		args = append(args, f.TownID)
		where += fmt.Sprintf(` AND EXISTS (SELECT 1 FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
			WHERE sal.service_id = s.id AND l.town_id = $%d)`, len(args))
	}
	if !f.ModifiedAfter.IsZero() {
		args = append(args, f.ModifiedAfter.UTC().Truncate(time.Microsecond))
		where += fmt.Sprintf(` AND s.updated_at >= $%d`, len(args))
	}
	var total int
	if err := s.rq.QueryRowContext(ctx, `SELECT count(*)`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count services: %w", err)
	}
	cols := serviceColumnsPrefixed
	svcs, err := s.queryServices(ctx, s.rq, `SELECT `+cols+where+` ORDER BY s.name, s.id`+f.limit(), args...)
	if err != nil {
		return nil, 0, err
	}
	if err := s.fillServices(ctx, s.rq, regionID, svcs, fillFull); err != nil {
		return nil, 0, err
	}
	return derefServices(svcs), total, nil
}

// serviceColumnsPrefixed is serviceColumns for a query that names the
// services table "s".
var serviceColumnsPrefixed = prefixColumns(serviceColumns, "s.")

// ServicesByID returns the offers with the given ids in that order, with
// their details; ids that do not exist in the region are left out.
func (s *Store) ServicesByID(ctx context.Context, regionID string, ids []string) ([]directory.Service, error) {
	return s.servicesByID(ctx, regionID, ids, fillFull)
}

// ServiceCards is ServicesByID with only what a list card shows: name,
// summary, organisation, languages, costs, locations with their towns,
// and opening hours.
func (s *Store) ServiceCards(ctx context.Context, regionID string, ids []string) ([]directory.Service, error) {
	return s.servicesByID(ctx, regionID, ids, fillCards)
}

func (s *Store) servicesByID(ctx context.Context, regionID string, ids []string, how fill) ([]directory.Service, error) {
	var valid []string
	for _, id := range ids {
		if directory.ValidID(id) {
			valid = append(valid, id)
		}
	}
	var svcs []*directory.Service
	err := inChunks(valid, func(chunk []string) error {
		// By primary key only, region checked below: a region condition
		// in the query can lead SQLite to scan the region's offers.
		got, err := s.queryServices(ctx, s.rq, `SELECT `+serviceColumns+` FROM services WHERE id IN (`+placeholders(1, len(chunk))+`)`,
			anySlice(chunk)...)
		for _, sv := range got {
			if sv.RegionID == regionID {
				svcs = append(svcs, sv)
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if err := s.fillServices(ctx, s.rq, regionID, svcs, how); err != nil {
		return nil, err
	}
	byID := make(map[string]*directory.Service, len(svcs))
	for _, sv := range svcs {
		byID[sv.ID] = sv
	}
	out := make([]directory.Service, 0, len(svcs))
	for _, id := range valid {
		if sv, ok := byID[id]; ok {
			out = append(out, *sv)
		}
	}
	return out, nil
}

func derefServices(ss []*directory.Service) []directory.Service {
	out := make([]directory.Service, len(ss))
	for i, s := range ss {
		out[i] = *s
	}
	return out
}

func (s *Store) queryServices(ctx context.Context, q queryer, query string, args ...any) ([]*directory.Service, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: services: %w", err)
	}
	defer rows.Close()
	var out []*directory.Service
	for rows.Next() {
		sv, err := scanService(rows)
		if err != nil {
			return nil, fmt.Errorf("store: services: %w", err)
		}
		out = append(out, &sv)
	}
	return out, rows.Err()
}

// Service returns one offer of a region with everything that belongs to
// it: terms, languages, costs, locations with their details, opening
// hours, organisation and contacts.
func (s *Store) Service(ctx context.Context, regionID, id string) (directory.Service, error) {
	return s.service(ctx, s.rq, regionID, id, fillContacts)
}

func (s *Store) service(ctx context.Context, q queryer, regionID, id string, how fill) (directory.Service, error) {
	if !directory.ValidID(id) {
		return directory.Service{}, directory.NotFound("service")
	}
	sv, err := scanService(q.QueryRowContext(ctx, `SELECT `+serviceColumns+` FROM services WHERE region_id = $1 AND id = $2`, regionID, id))
	if err != nil {
		return sv, notFound(err, "service")
	}
	if err := s.fillServices(ctx, q, regionID, []*directory.Service{&sv}, how); err != nil {
		return sv, err
	}
	return sv, nil
}

// fillServices loads the children of several offers at once.
// fill says how much of an offer to load.
type fill int

const (
	fillFull     fill = iota // everything the offer page and HSDS need
	fillContacts             // everything, and the offer's contacts
	fillCards                // what a list card needs: no terms, addresses, accessibility or location features
)

func (s *Store) fillServices(ctx context.Context, q queryer, regionID string, svcs []*directory.Service, how fill) error {
	if len(svcs) == 0 {
		return nil
	}
	ids := make([]string, len(svcs))
	byID := make(map[string]*directory.Service, len(svcs))
	for i, sv := range svcs {
		ids[i] = sv.ID
		byID[sv.ID] = sv
		sv.Locations = nil
	}
	var terms map[string][]string
	if how != fillCards {
		var err error
		if terms, err = loadAttributes(ctx, q, "service", ids); err != nil {
			return err
		}
	}
	langs, err := loadLanguages(ctx, q, byService, ids)
	if err != nil {
		return err
	}
	scheds, err := loadSchedules(ctx, q, byService, ids)
	if err != nil {
		return err
	}
	costs, err := loadCostOptions(ctx, q, ids)
	if err != nil {
		return err
	}
	locByID := map[string]*directory.Location{}
	var locs []*directory.Location
	err = inChunks(ids, func(chunk []string) error {
		rows, err := q.QueryContext(ctx, `SELECT sal.service_id, sal.id, sal.description, `+prefixColumns(locationColumns, "l.")+`
			FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
			WHERE sal.service_id IN (`+placeholders(1, len(chunk))+`) ORDER BY sal.position`, anySlice(chunk)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var sid string
			var sal directory.ServiceAtLocation
			var l directory.Location
			if err := rows.Scan(str{&sid}, str{&sal.ID}, &sal.Description, &l.ID, &l.RegionID, str{&l.OrganizationID}, &l.Type, &l.Name,
				&l.AlternateName, &l.Description, &l.Transportation, &l.URL, optFloat{&l.Latitude}, optFloat{&l.Longitude}, str{&l.TownID},
				&l.Ver, optTime{&l.ArchivedAt}, utcTime{&l.CreatedAt}, utcTime{&l.UpdatedAt}); err != nil {
				return err
			}
			sal.LocationID = l.ID
			loc, ok := locByID[l.ID]
			if !ok {
				loc = &l
				locByID[l.ID] = loc
				locs = append(locs, loc)
			}
			sal.Location = loc
			byID[sid].Locations = append(byID[sid].Locations, sal)
		}
		return rows.Err()
	})
	if err != nil {
		return fmt.Errorf("store: load service details: %w", err)
	}
	if err := s.fillLocations(ctx, q, regionID, locs, how != fillCards); err != nil {
		return err
	}
	orgIDs := make([]string, len(svcs))
	for i, sv := range svcs {
		orgIDs[i] = sv.OrganizationID
	}
	orgs, err := s.organizationsByID(ctx, q, regionID, orgIDs)
	if err != nil {
		return err
	}
	for _, sv := range svcs {
		sv.TermIDs = terms[sv.ID]
		sv.Languages = langs[sv.ID]
		sv.Schedules = scheds[sv.ID]
		sv.CostOptions = costs[sv.ID]
		o, ok := orgs[sv.OrganizationID]
		if !ok {
			return directory.NotFound("organization")
		}
		sv.Organization = o
		if how == fillContacts {
			cs, err := s.contacts(ctx, q, regionID, ContactFilter{ServiceID: sv.ID})
			if err != nil {
				return err
			}
			sv.Contacts = cs
		}
	}
	return nil
}

// SaveService creates or updates an offer with its terms, languages,
// costs, locations and opening hours; see SaveTown for Ver.
func (s *Store) SaveService(ctx context.Context, actor audit.Actor, sv *directory.Service) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.saveService(ctx, tx, actor, sv, saveOpts{}) })
}

func (s *Store) saveService(ctx context.Context, tx *sql.Tx, actor audit.Actor, sv *directory.Service, opts saveOpts) error {
	if sv.ID == "" {
		sv.ID = directory.NewID()
	}
	sv.Normalize()
	if err := sv.Validate(); err != nil {
		return err
	}
	exists, err := s.existing(ctx, tx, "services", sv.RegionID, sv.ID, sv.Ver, "service")
	if err != nil {
		return err
	}
	if err := checkRefs(ctx, tx, "organizations", sv.RegionID, []string{sv.OrganizationID}, "organization_id"); err != nil {
		return err
	}
	locIDs := make([]string, len(sv.Locations))
	for i, l := range sv.Locations {
		locIDs[i] = l.LocationID
	}
	if err := checkRefs(ctx, tx, "locations", sv.RegionID, locIDs, "locations"); err != nil {
		return err
	}
	var before any
	action := audit.ActionCreate
	now := opts.stamp(s.now(), sv.UpdatedAt)
	if exists {
		old, err := s.service(ctx, tx, sv.RegionID, sv.ID, fillFull)
		if err != nil {
			return err
		}
		before, action = forLog(old), audit.ActionUpdate
		if sv.MinorEdit {
			if err := keepTranslationsCurrent(ctx, tx, directory.TranslateService, sv.ID, old.TextFields(), sv.TextFields()); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE services SET organization_id = $1, name = $2, alternate_name = $3, summary = $4, description = $5,
			url = $6, email = $7, status = $8, interpretation_services = $9, application_process = $10, fees_description = $11,
			eligibility_description = $12, minimum_age = $13, maximum_age = $14, assured_date = $15, alert = $16, ver = ver + 1, updated_at = $17
			WHERE id = $18`, sv.OrganizationID, sv.Name, sv.AlternateName, sv.Summary, sv.Description, sv.URL, sv.Email, sv.Status,
			sv.InterpretationServices, sv.ApplicationProcess, sv.FeesDescription, sv.EligibilityDescription, nullInt(sv.MinimumAge),
			nullInt(sv.MaximumAge), sv.AssuredDate, sv.Alert, now, sv.ID); err != nil {
			return fmt.Errorf("store: update service: %w", err)
		}
	} else {
		if _, err := tx.ExecContext(ctx, `INSERT INTO services (`+serviceColumns+`)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 1, $19, $20, $21)`,
			sv.ID, sv.RegionID, sv.OrganizationID, sv.Name, sv.AlternateName, sv.Summary, sv.Description, sv.URL, sv.Email, sv.Status,
			sv.InterpretationServices, sv.ApplicationProcess, sv.FeesDescription, sv.EligibilityDescription, nullInt(sv.MinimumAge),
			nullInt(sv.MaximumAge), sv.AssuredDate, sv.Alert, nullTime(sv.ArchivedAt), opts.stamp(now, sv.CreatedAt), now); err != nil {
			return fmt.Errorf("store: create service: %w", err)
		}
	}
	if err := replaceAttributes(ctx, tx, sv.RegionID, "service", sv.ID, sv.TermIDs, "terms"); err != nil {
		return err
	}
	if err := replaceLanguages(ctx, tx, byService, sv.ID, sv.Languages); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM cost_options WHERE service_id = $1`, sv.ID); err != nil {
		return err
	}
	for i, c := range sv.CostOptions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO cost_options (id, service_id, option, amount, currency, amount_description, valid_from, valid_to, position)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, c.ID, sv.ID, c.Option, nullFloat(c.Amount), c.Currency, c.AmountDescription,
			c.ValidFrom, c.ValidTo, i); err != nil {
			return fmt.Errorf("store: save cost option: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM service_at_locations WHERE service_id = $1`, sv.ID); err != nil {
		return err
	}
	for i, l := range sv.Locations {
		if _, err := tx.ExecContext(ctx, `INSERT INTO service_at_locations (id, service_id, location_id, description, position) VALUES ($1, $2, $3, $4, $5)`,
			l.ID, sv.ID, l.LocationID, l.Description, i); err != nil {
			return fmt.Errorf("store: save service location: %w", err)
		}
	}
	if err := replaceSchedules(ctx, tx, byService, sv.ID, sv.Schedules); err != nil {
		return err
	}
	rev, err := s.bump(ctx, tx, sv.RegionID)
	if err != nil {
		return err
	}
	if err := touchServices(ctx, tx, s.pg, sv.RegionID, rev, `id = $2`, sv.ID); err != nil {
		return err
	}
	saved, err := s.service(ctx, tx, sv.RegionID, sv.ID, fillFull)
	if err != nil {
		return err
	}
	*sv = saved
	return s.logChange(ctx, tx, sv.RegionID, actor, action, audit.EntityService, sv.ID, sv.Name, before, forLog(saved))
}

// forLog strips what a service only carries for display, so that the
// audit log holds the offer's own fields and links.
func forLog(sv directory.Service) directory.Service {
	sv.Organization, sv.Contacts = nil, nil
	locs := make([]directory.ServiceAtLocation, len(sv.Locations))
	for i, l := range sv.Locations {
		l.Location = nil
		locs[i] = l
	}
	sv.Locations = locs
	return sv
}

// ArchiveService takes an offer off the public site and the API; it keeps
// its history and can be restored.
func (s *Store) ArchiveService(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveService(ctx, actor, regionID, id, true)
}

// RestoreService undoes ArchiveService.
func (s *Store) RestoreService(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveService(ctx, actor, regionID, id, false)
}

func (s *Store) archiveService(ctx context.Context, actor audit.Actor, regionID, id string, archive bool) error {
	return s.setArchived(ctx, actor, regionID, "services", audit.EntityService, id, archive, func(q queryer) (any, string, error) {
		sv, err := s.service(ctx, q, regionID, id, fillFull)
		return forLog(sv), sv.Name, err
	}, func(tx *sql.Tx, rev int64) error {
		return touchServices(ctx, tx, s.pg, regionID, rev, `id = $2`, id)
	})
}

// ServicesDueForCheck returns a region's current offers that were never
// checked or last checked before the date (YYYY-MM-DD), never checked
// first, then the longest ago; and how many there are in all.
func (s *Store) ServicesDueForCheck(ctx context.Context, regionID, before string, limit int) ([]directory.Service, int, error) {
	where := ` FROM services s WHERE s.region_id = $1 AND s.archived_at IS NULL AND (s.assured_date = '' OR s.assured_date < $2)`
	var total int
	if err := s.rq.QueryRowContext(ctx, `SELECT count(*)`+where, regionID, before).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: services due for check: %w", err)
	}
	svcs, err := s.queryServices(ctx, s.rq, `SELECT `+serviceColumnsPrefixed+where+` ORDER BY s.assured_date, s.name, s.id`+
		ListFilter{Limit: limit}.limit(), regionID, before)
	if err != nil {
		return nil, 0, err
	}
	if err := s.fillServices(ctx, s.rq, regionID, svcs, fillFull); err != nil {
		return nil, 0, err
	}
	return derefServices(svcs), total, nil
}
