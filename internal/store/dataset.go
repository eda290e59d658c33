package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// Dataset returns a region's whole current directory, as HSDS export
// writes it: the taxonomies, the terms, organisations, locations and
// contacts that are not archived, and the offers that are not archived
// and whose organisation is not archived either. Links are cut where
// they would lead to a record that is left out (an archived term, a
// parent organisation that was archived, an archived location of an
// offer), so that the dataset is complete in itself.
//
// Everything is read in a fixed number of queries (children in batches
// of ids), whatever the size of the region. Records are sorted by id.
func (s *Store) Dataset(ctx context.Context, regionID string) (*directory.Dataset, error) {
	if _, err := s.Region(ctx, regionID); err != nil {
		return nil, err
	}
	return s.PublicRecords(ctx, regionID, PublicSelection{all: true, Details: true})
}

// PublicSelection says which current records PublicRecords reads.
type PublicSelection struct {
	// all reads every current record of the region (Dataset); otherwise
	// only the listed ones and the organisations of the listed services.
	all             bool
	ServiceIDs      []string
	OrganizationIDs []string
	LocationIDs     []string
	// OrganizationChildren adds every current offer and location of the
	// listed organisations.
	OrganizationChildren bool
	// Details adds the children of offers and locations, the locations
	// of the offers, the contacts of everything read, and the region's
	// taxonomies and current terms.
	Details bool
}

// PublicRecords reads the current records chosen by sel, as the HSDS
// API shows them; see Dataset for what "current" means. Ids that are
// malformed, unknown or not current are left out.
func (s *Store) PublicRecords(ctx context.Context, regionID string, sel PublicSelection) (*directory.Dataset, error) {
	q := s.r
	ds := &directory.Dataset{}
	var err error
	if sel.OrganizationChildren && !sel.all {
		svcIDs, locIDs, err := s.organizationChildren(ctx, q, regionID, sel.OrganizationIDs)
		if err != nil {
			return nil, err
		}
		sel.ServiceIDs = append(slices.Clone(sel.ServiceIDs), svcIDs...)
		sel.LocationIDs = append(slices.Clone(sel.LocationIDs), locIDs...)
	}
	// Offers of the region whose organisation is current too.
	const svcFrom = publicServiceFrom + ` WHERE s.region_id = $1 AND s.archived_at IS NULL AND o.archived_at IS NULL`
	var svcs []*directory.Service
	if sel.all {
		svcs, err = s.queryServices(ctx, q, `SELECT `+serviceColumnsPrefixed+svcFrom, regionID)
	} else {
		svcs, err = queryByIDs(ctx, sel.ServiceIDs, func(chunk []string) ([]*directory.Service, error) {
			return s.queryServices(ctx, q, `SELECT `+serviceColumnsPrefixed+svcFrom+` AND s.id IN (`+placeholders(2, len(chunk))+`)`,
				append([]any{regionID}, anySlice(chunk)...)...)
		})
	}
	if err != nil {
		return nil, err
	}

	orgIDs := slices.Clone(sel.OrganizationIDs)
	for _, sv := range svcs {
		orgIDs = append(orgIDs, sv.OrganizationID)
	}
	orgs, err := s.publicOrganizations(ctx, q, regionID, sel.all, uniqueIDs(orgIDs))
	if err != nil {
		return nil, err
	}

	var locs []*directory.Location
	if sel.Details {
		if err := s.fillPublicServices(ctx, q, svcs); err != nil {
			return nil, err
		}
	}
	if sel.Details || len(sel.LocationIDs) > 0 {
		locIDs := slices.Clone(sel.LocationIDs)
		for _, sv := range svcs {
			for _, l := range sv.Locations {
				locIDs = append(locIDs, l.LocationID)
			}
		}
		locs, err = s.publicLocations(ctx, q, regionID, sel.all, uniqueIDs(locIDs))
		if err != nil {
			return nil, err
		}
		if sel.Details {
			if err := s.fillPublicLocations(ctx, q, locs); err != nil {
				return nil, err
			}
		}
	}

	if sel.Details {
		if ds.Contacts, err = s.publicContacts(ctx, q, regionID, sel.all, svcs, orgs, locs); err != nil {
			return nil, err
		}
		if ds.Taxonomies, err = s.Taxonomies(ctx, regionID); err != nil {
			return nil, err
		}
		if ds.Terms, err = s.publicTerms(ctx, q, regionID); err != nil {
			return nil, err
		}
	}
	ds.Services = derefServices(svcs)
	ds.Organizations = orgs
	ds.Locations = derefLocations(locs)
	sortDataset(ds)
	return ds, nil
}

// queryByIDs runs query for chunks of the valid ids and joins the results.
func queryByIDs[T any](ctx context.Context, ids []string, query func(chunk []string) ([]T, error)) ([]T, error) {
	var valid []string
	for _, id := range uniqueIDs(ids) {
		if directory.ValidID(id) {
			valid = append(valid, id)
		}
	}
	var out []T
	err := inChunks(valid, func(chunk []string) error {
		got, err := query(chunk)
		out = append(out, got...)
		return err
	})
	return out, err
}

func sortDataset(ds *directory.Dataset) {
	byID := func(a, b string) int { return strings.Compare(a, b) }
	slices.SortFunc(ds.Taxonomies, func(a, b directory.Taxonomy) int { return byID(a.ID, b.ID) })
	slices.SortFunc(ds.Terms, func(a, b directory.Term) int { return byID(a.ID, b.ID) })
	slices.SortFunc(ds.Organizations, func(a, b directory.Organization) int { return byID(a.ID, b.ID) })
	slices.SortFunc(ds.Locations, func(a, b directory.Location) int { return byID(a.ID, b.ID) })
	slices.SortFunc(ds.Services, func(a, b directory.Service) int { return byID(a.ID, b.ID) })
	slices.SortFunc(ds.Contacts, func(a, b directory.Contact) int { return byID(a.ID, b.ID) })
}

// publicOrganizations reads current organisations; a parent that is
// archived is left out of ParentID.
func (s *Store) publicOrganizations(ctx context.Context, q queryer, regionID string, all bool, ids []string) ([]directory.Organization, error) {
	cols := strings.Replace(prefixColumns(orgColumns, "o."), "o.parent_id", "CASE WHEN p.archived_at IS NULL THEN o.parent_id END", 1)
	base := `SELECT ` + cols + ` FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id
		WHERE o.region_id = $1 AND o.archived_at IS NULL`
	read := func(query string, args ...any) ([]directory.Organization, error) {
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, fmt.Errorf("store: organizations: %w", err)
		}
		defer rows.Close()
		var out []directory.Organization
		for rows.Next() {
			o, err := scanOrg(rows)
			if err != nil {
				return nil, fmt.Errorf("store: organizations: %w", err)
			}
			out = append(out, o)
		}
		return out, rows.Err()
	}
	if all {
		return read(base, regionID)
	}
	return queryByIDs(ctx, ids, func(chunk []string) ([]directory.Organization, error) {
		return read(base+` AND o.id IN (`+placeholders(2, len(chunk))+`)`, append([]any{regionID}, anySlice(chunk)...)...)
	})
}

// publicLocations reads current locations; an archived organisation is
// left out of OrganizationID.
func (s *Store) publicLocations(ctx context.Context, q queryer, regionID string, all bool, ids []string) ([]*directory.Location, error) {
	cols := strings.Replace(prefixColumns(locationColumns, "l."), "l.organization_id", "CASE WHEN o.archived_at IS NULL THEN l.organization_id END", 1)
	base := `SELECT ` + cols + ` FROM locations l LEFT JOIN organizations o ON o.id = l.organization_id
		WHERE l.region_id = $1 AND l.archived_at IS NULL`
	if all {
		return s.queryLocations(ctx, q, base, regionID)
	}
	return queryByIDs(ctx, ids, func(chunk []string) ([]*directory.Location, error) {
		return s.queryLocations(ctx, q, base+` AND l.id IN (`+placeholders(2, len(chunk))+`)`, append([]any{regionID}, anySlice(chunk)...)...)
	})
}

// publicTerms reads the region's current terms; an archived parent is
// left out of ParentID.
func (s *Store) publicTerms(ctx context.Context, q queryer, regionID string) ([]directory.Term, error) {
	cols := strings.Replace(prefixColumns(termColumns, "t."), "t.parent_id", "CASE WHEN p.archived_at IS NULL THEN t.parent_id END", 1)
	rows, err := q.QueryContext(ctx, `SELECT `+cols+` FROM taxonomy_terms t LEFT JOIN taxonomy_terms p ON p.id = t.parent_id
		WHERE t.region_id = $1 AND t.archived_at IS NULL`, regionID)
	if err != nil {
		return nil, fmt.Errorf("store: terms: %w", err)
	}
	defer rows.Close()
	var out []directory.Term
	for rows.Next() {
		t, err := scanTerm(rows)
		if err != nil {
			return nil, fmt.Errorf("store: terms: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// currentAttributes returns the current term ids linked to each record,
// ordered by taxonomy, the term's sort order and name.
func currentAttributes(ctx context.Context, q queryer, entity string, linkIDs []string) (map[string][]string, error) {
	return loadChildren(ctx, q, "attributes", linkIDs, []any{entity}, func(in string) string {
		return `SELECT a.link_id, a.taxonomy_term_id FROM attributes a
			JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id AND t.archived_at IS NULL
			WHERE a.link_entity = $1 AND a.link_id IN (` + in + `)
			ORDER BY t.taxonomy_id, t.sort_order, t.name, t.id`
	}, func(sc scanner) (string, string, error) {
		var link, term string
		err := sc.Scan(str{&link}, str{&term})
		return link, term, err
	})
}

// fillPublicServices loads the children of offers in batches: terms,
// languages, costs, opening hours and the links to current locations.
// Location and Organization stay nil; the dataset holds them.
func (s *Store) fillPublicServices(ctx context.Context, q queryer, svcs []*directory.Service) error {
	if len(svcs) == 0 {
		return nil
	}
	ids := make([]string, len(svcs))
	byID := make(map[string]*directory.Service, len(svcs))
	for i, sv := range svcs {
		ids[i] = sv.ID
		byID[sv.ID] = sv
		sv.Locations = []directory.ServiceAtLocation{}
	}
	terms, err := currentAttributes(ctx, q, "service", ids)
	if err != nil {
		return err
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
	err = inChunks(ids, func(chunk []string) error {
		rows, err := q.QueryContext(ctx, `SELECT sal.service_id, sal.id, sal.location_id, sal.description
			FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id AND l.archived_at IS NULL
			WHERE sal.service_id IN (`+placeholders(1, len(chunk))+`) ORDER BY sal.position`, anySlice(chunk)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var sid string
			var sal directory.ServiceAtLocation
			if err := rows.Scan(str{&sid}, str{&sal.ID}, str{&sal.LocationID}, &sal.Description); err != nil {
				return err
			}
			byID[sid].Locations = append(byID[sid].Locations, sal)
		}
		return rows.Err()
	})
	if err != nil {
		return fmt.Errorf("store: load service details: %w", err)
	}
	for _, sv := range svcs {
		sv.TermIDs = orEmpty(terms[sv.ID])
		sv.Languages = orEmpty(langs[sv.ID])
		sv.CostOptions = orEmpty(costs[sv.ID])
		// Hours tied to a link to an archived location go with the link.
		sv.Schedules = []directory.Schedule{}
		for _, sc := range scheds[sv.ID] {
			if sc.ServiceAtLocationID == "" || slices.ContainsFunc(sv.Locations, func(l directory.ServiceAtLocation) bool { return l.ID == sc.ServiceAtLocationID }) {
				sv.Schedules = append(sv.Schedules, sc)
			}
		}
	}
	return nil
}

// orEmpty returns a non-nil slice, so that "has none" reads the same
// whether or not the batch query found rows.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// fillPublicLocations loads the children of locations in batches:
// addresses, accessibility, current features and opening hours. Town
// stays nil.
func (s *Store) fillPublicLocations(ctx context.Context, q queryer, locs []*directory.Location) error {
	if len(locs) == 0 {
		return nil
	}
	ids := make([]string, len(locs))
	for i, l := range locs {
		ids[i] = l.ID
	}
	addrs, err := loadAddresses(ctx, q, ids)
	if err != nil {
		return err
	}
	access, err := loadAccessibility(ctx, q, ids)
	if err != nil {
		return err
	}
	attrs, err := currentAttributes(ctx, q, "location", ids)
	if err != nil {
		return err
	}
	scheds, err := loadSchedules(ctx, q, byLocation, ids)
	if err != nil {
		return err
	}
	for _, l := range locs {
		l.Addresses = orEmpty(addrs[l.ID])
		l.Accessibility = orEmpty(access[l.ID])
		l.FeatureTermIDs = orEmpty(attrs[l.ID])
		l.Schedules = orEmpty(scheds[l.ID])
	}
	return nil
}

// publicContacts reads the current contacts of the given records (all
// current contacts of the region when all is set). Links to records that
// are archived are cut; a contact left without any owner is dropped.
func (s *Store) publicContacts(ctx context.Context, q queryer, regionID string, all bool,
	svcs []*directory.Service, orgs []directory.Organization, locs []*directory.Location) ([]directory.Contact, error) {
	cols := prefixColumns(contactColumns, "c.")
	cols = strings.Replace(cols, "c.organization_id", "CASE WHEN o.archived_at IS NULL THEN c.organization_id END", 1)
	cols = strings.Replace(cols, "c.service_id", "CASE WHEN s.archived_at IS NULL AND so.archived_at IS NULL THEN c.service_id END", 1)
	cols = strings.Replace(cols, "c.location_id", "CASE WHEN l.archived_at IS NULL THEN c.location_id END", 1)
	base := `SELECT ` + cols + ` FROM contacts c
		LEFT JOIN organizations o ON o.id = c.organization_id
		LEFT JOIN services s ON s.id = c.service_id
		LEFT JOIN organizations so ON so.id = s.organization_id
		LEFT JOIN locations l ON l.id = c.location_id
		WHERE c.region_id = $1 AND c.archived_at IS NULL`
	read := func(query string, args ...any) ([]directory.Contact, error) {
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, fmt.Errorf("store: contacts: %w", err)
		}
		defer rows.Close()
		var out []directory.Contact
		for rows.Next() {
			c, err := scanContact(rows)
			if err != nil {
				return nil, fmt.Errorf("store: contacts: %w", err)
			}
			out = append(out, c)
		}
		return out, rows.Err()
	}
	var found []directory.Contact
	if all {
		got, err := read(base, regionID)
		if err != nil {
			return nil, err
		}
		found = got
	} else {
		owners := []struct {
			col string
			ids []string
		}{{"c.service_id", nil}, {"c.organization_id", nil}, {"c.location_id", nil}}
		for _, sv := range svcs {
			owners[0].ids = append(owners[0].ids, sv.ID)
		}
		for _, o := range orgs {
			owners[1].ids = append(owners[1].ids, o.ID)
		}
		for _, l := range locs {
			owners[2].ids = append(owners[2].ids, l.ID)
		}
		seen := map[string]bool{}
		for _, ow := range owners {
			got, err := queryByIDs(ctx, ow.ids, func(chunk []string) ([]directory.Contact, error) {
				return read(base+` AND `+ow.col+` IN (`+placeholders(2, len(chunk))+`)`, append([]any{regionID}, anySlice(chunk)...)...)
			})
			if err != nil {
				return nil, err
			}
			for _, c := range got {
				if !seen[c.ID] {
					seen[c.ID] = true
					found = append(found, c)
				}
			}
		}
	}
	out := found[:0]
	for _, c := range found {
		if c.OrganizationID != "" || c.ServiceID != "" || c.LocationID != "" {
			out = append(out, c)
		}
	}
	if err := loadPhones(ctx, q, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Counts says how many records of one kind an import created and updated.
type Counts struct {
	Created int
	Updated int
}

// ImportStats says what ImportDataset wrote.
type ImportStats struct {
	Taxonomies    Counts
	Terms         Counts
	Organizations Counts
	Locations     Counts
	Services      Counts
	Contacts      Counts
}

// Total returns the number of records created and updated in all.
func (st ImportStats) Total() int {
	n := 0
	for _, c := range []Counts{st.Taxonomies, st.Terms, st.Organizations, st.Locations, st.Services, st.Contacts} {
		n += c.Created + c.Updated
	}
	return n
}

// ImportDataset writes a dataset into a region in one transaction: all
// of it or, on any error, nothing. Records are created or updated by id
// (Ver is ignored); records of the region that the dataset does not
// name are left alone. Their own creation and modification times are
// kept, so that export → import → export gives the same files. The
// order is taxonomies, terms (parents first), organisations (parents
// first), locations, offers, contacts. An id that belongs to another
// region is an error that names it.
func (s *Store) ImportDataset(ctx context.Context, actor audit.Actor, regionID string, ds *directory.Dataset) (ImportStats, error) {
	var st ImportStats
	if _, err := s.Region(ctx, regionID); err != nil {
		return st, err
	}
	terms, err := parentsFirst(ds.Terms, func(t directory.Term) (string, string) { return t.ID, t.ParentID })
	if err != nil {
		return st, err
	}
	orgs, err := parentsFirst(ds.Organizations, func(o directory.Organization) (string, string) { return o.ID, o.ParentID })
	if err != nil {
		return st, err
	}
	opts := saveOpts{importing: true}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		exist, err := importedIDs(ctx, tx, regionID, ds)
		if err != nil {
			return err
		}
		count := func(c *Counts, table, id string) {
			if exist[table][id] {
				c.Updated++
			} else {
				c.Created++
			}
		}
		for _, t := range ds.Taxonomies {
			t.RegionID = regionID
			count(&st.Taxonomies, "taxonomies", t.ID)
			if err := s.saveTaxonomy(ctx, tx, actor, &t); err != nil {
				return importError("taxonomy", t.ID, err)
			}
		}
		for _, t := range terms {
			t.RegionID, t.Ver = regionID, 0
			count(&st.Terms, "taxonomy_terms", t.ID)
			if err := s.saveTerm(ctx, tx, actor, &t, opts); err != nil {
				return importError("taxonomy term", t.ID, err)
			}
		}
		for _, o := range orgs {
			o.RegionID, o.Ver = regionID, 0
			count(&st.Organizations, "organizations", o.ID)
			if err := s.saveOrganization(ctx, tx, actor, &o, opts); err != nil {
				return importError("organization", o.ID, err)
			}
		}
		for _, l := range ds.Locations {
			l.RegionID, l.Ver = regionID, 0
			count(&st.Locations, "locations", l.ID)
			if err := s.saveLocation(ctx, tx, actor, &l, opts); err != nil {
				return importError("location", l.ID, err)
			}
		}
		for _, sv := range ds.Services {
			sv.RegionID, sv.Ver = regionID, 0
			count(&st.Services, "services", sv.ID)
			if err := s.saveService(ctx, tx, actor, &sv, opts); err != nil {
				return importError("service", sv.ID, err)
			}
		}
		for _, c := range ds.Contacts {
			c.RegionID, c.Ver = regionID, 0
			count(&st.Contacts, "contacts", c.ID)
			if err := s.saveContact(ctx, tx, actor, &c, opts); err != nil {
				return importError("contact", c.ID, err)
			}
		}
		// Taxonomies do not bump the revision when saved; one bump here
		// makes caches (and the HSDS API's ETags) see any import.
		if _, err := s.bump(ctx, tx, regionID); err != nil {
			return err
		}
		return s.logChange(ctx, tx, regionID, actor, audit.ActionImport, audit.EntityDataset, "",
			fmt.Sprintf("%d records", st.Total()), nil, st)
	})
	if err != nil {
		return ImportStats{}, err
	}
	return st, nil
}

// importError names the record a save failed on, keeping the error's
// code so that callers can tell invalid data from a database failure.
func importError(what, id string, err error) error {
	var e *directory.Error
	if errors.As(err, &e) {
		c := *e
		c.Message = what + " " + id + ": " + e.Message
		return &c
	}
	return fmt.Errorf("store: import %s %s: %w", what, id, err)
}

// importedIDs returns, per table, which of the dataset's ids exist in the
// region, and fails naming every id that exists in another region.
func importedIDs(ctx context.Context, tx *sql.Tx, regionID string, ds *directory.Dataset) (map[string]map[string]bool, error) {
	ids := map[string][]string{}
	for _, t := range ds.Taxonomies {
		ids["taxonomies"] = append(ids["taxonomies"], t.ID)
	}
	for _, t := range ds.Terms {
		ids["taxonomy_terms"] = append(ids["taxonomy_terms"], t.ID)
	}
	for _, o := range ds.Organizations {
		ids["organizations"] = append(ids["organizations"], o.ID)
	}
	for _, l := range ds.Locations {
		ids["locations"] = append(ids["locations"], l.ID)
	}
	for _, sv := range ds.Services {
		ids["services"] = append(ids["services"], sv.ID)
	}
	for _, c := range ds.Contacts {
		ids["contacts"] = append(ids["contacts"], c.ID)
	}
	entity := map[string]string{"taxonomies": "taxonomy", "taxonomy_terms": "taxonomy term", "organizations": "organization",
		"locations": "location", "services": "service", "contacts": "contact"}
	exist := map[string]map[string]bool{}
	var foreign []string
	for _, table := range []string{"taxonomies", "taxonomy_terms", "organizations", "locations", "services", "contacts"} {
		exist[table] = map[string]bool{}
		var bad []string
		for _, id := range ids[table] {
			if !directory.ValidID(id) {
				bad = append(bad, id)
			}
		}
		if len(bad) > 0 {
			return nil, directory.Errorf(directory.EINVALID, "%s id %q is not a UUID", entity[table], bad[0])
		}
		err := inChunks(uniqueIDs(ids[table]), func(chunk []string) error {
			rows, err := tx.QueryContext(ctx, `SELECT id, region_id FROM `+table+` WHERE id IN (`+placeholders(1, len(chunk))+`)`, anySlice(chunk)...)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var id, region string
				if err := rows.Scan(str{&id}, str{&region}); err != nil {
					return err
				}
				if region == regionID {
					exist[table][id] = true
				} else {
					foreign = append(foreign, entity[table]+" "+id)
				}
			}
			return rows.Err()
		})
		if err != nil {
			return nil, fmt.Errorf("store: import: check ids: %w", err)
		}
	}
	if len(foreign) > 0 {
		slices.Sort(foreign)
		return nil, directory.Errorf(directory.ECONFLICT, "these ids belong to another region: %s", strings.Join(foreign, ", "))
	}
	return exist, nil
}

// parentsFirst orders records so that every parent named in the list
// comes before its children; a cycle is an error.
func parentsFirst[T any](recs []T, key func(T) (id, parent string)) ([]T, error) {
	idx := make(map[string]int, len(recs))
	for i, r := range recs {
		id, _ := key(r)
		idx[id] = i
	}
	const (
		unseen = iota
		visiting
		done
	)
	state := make([]int, len(recs))
	out := make([]T, 0, len(recs))
	var visit func(i int) error
	visit = func(i int) error {
		switch state[i] {
		case done:
			return nil
		case visiting:
			id, _ := key(recs[i])
			return directory.Errorf(directory.EINVALID, "record %s is its own ancestor", id)
		}
		state[i] = visiting
		if _, parent := key(recs[i]); parent != "" {
			if j, ok := idx[parent]; ok {
				if err := visit(j); err != nil {
					return err
				}
			}
		}
		state[i] = done
		out = append(out, recs[i])
		return nil
	}
	for i := range recs {
		if err := visit(i); err != nil {
			return nil, err
		}
	}
	return out, nil
}
