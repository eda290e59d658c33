package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

const orgColumns = `id, region_id, name, alternate_name, org_type, description, email, website, logo, parent_id, ver, archived_at, created_at, updated_at`

func scanOrg(sc interface{ Scan(...any) error }) (directory.Organization, error) {
	var o directory.Organization
	err := sc.Scan(&o.ID, &o.RegionID, &o.Name, &o.AlternateName, &o.Type, &o.Description, &o.Email, &o.Website, &o.Logo, str{&o.ParentID},
		&o.Ver, optTime{&o.ArchivedAt}, utcTime{&o.CreatedAt}, utcTime{&o.UpdatedAt})
	return o, err
}

// ListFilter selects records for lists in the back office and the API.
type ListFilter struct {
	Query         string // part of the name, case-insensitive
	Type          string // organisation type
	OrgID         string
	TermID        string
	TaxonomyID    string
	TownID        string
	ModifiedAfter time.Time // only records changed at or after this time
	Archived      Archived
	Limit         int
	Offset        int
}

// Archived says whether a list shows archived records.
type Archived int

// Archived values.
const (
	Current      Archived = iota // only records that are not archived
	ArchivedOnly                 // only archived records
	AllRecords                   // both
)

func (a Archived) where(col string) string {
	switch a {
	case ArchivedOnly:
		return " AND " + col + " IS NOT NULL"
	case AllRecords:
		return ""
	}
	return " AND " + col + " IS NULL"
}

func (f ListFilter) limit() string {
	l := f.Limit
	if l <= 0 || l > 1000 {
		l = 50
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", l, max(0, f.Offset))
}

// likePattern turns user input into a LIKE pattern that matches it as a
// substring, with LIKE's wildcards escaped.
func likePattern(q string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + strings.ToLower(r.Replace(strings.TrimSpace(q))) + "%"
}

// Organizations returns a page of a region's organisations by name and
// how many match in all.
func (s *Store) Organizations(ctx context.Context, regionID string, f ListFilter) ([]directory.Organization, int, error) {
	where := ` FROM organizations WHERE region_id = $1` + f.Archived.where("archived_at")
	args := []any{regionID}
	if f.Query != "" {
		args = append(args, likePattern(f.Query))
		where += fmt.Sprintf(` AND (lower(name) LIKE $%d ESCAPE '\' OR lower(alternate_name) LIKE $%d ESCAPE '\')`, len(args), len(args))
	}
	if f.Type != "" {
		args = append(args, f.Type)
		where += fmt.Sprintf(` AND org_type = $%d`, len(args))
	}
	var total int
	if err := s.rq.QueryRowContext(ctx, `SELECT count(*)`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count organizations: %w", err)
	}
	rows, err := s.rq.QueryContext(ctx, `SELECT `+orgColumns+where+` ORDER BY name, id`+f.limit(), args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: organizations: %w", err)
	}
	defer rows.Close()
	var out []directory.Organization
	for rows.Next() {
		o, err := scanOrg(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("store: organizations: %w", err)
		}
		out = append(out, o)
	}
	return out, total, rows.Err()
}

// Organization returns one organisation of a region.
func (s *Store) Organization(ctx context.Context, regionID, id string) (directory.Organization, error) {
	return s.organization(ctx, s.rq, regionID, id)
}

func (s *Store) organization(ctx context.Context, q queryer, regionID, id string) (directory.Organization, error) {
	if !directory.ValidID(id) {
		return directory.Organization{}, directory.NotFound("organization")
	}
	o, err := scanOrg(q.QueryRowContext(ctx, `SELECT `+orgColumns+` FROM organizations WHERE region_id = $1 AND id = $2`, regionID, id))
	return o, notFound(err, "organization")
}

// SaveOrganization creates or updates an organisation; see SaveTown for Ver.
func (s *Store) SaveOrganization(ctx context.Context, actor audit.Actor, o *directory.Organization) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.saveOrganization(ctx, tx, actor, o, saveOpts{}) })
}

func (s *Store) saveOrganization(ctx context.Context, tx *sql.Tx, actor audit.Actor, o *directory.Organization, opts saveOpts) error {
	o.Normalize()
	if o.ID == "" {
		o.ID = directory.NewID()
	}
	if err := o.Validate(); err != nil {
		return err
	}
	exists, err := s.existing(ctx, tx, "organizations", o.RegionID, o.ID, o.Ver, "organization")
	if err != nil {
		return err
	}
	if o.ParentID != "" {
		if err := checkRefs(ctx, tx, "organizations", o.RegionID, []string{o.ParentID}, "parent_id"); err != nil {
			return err
		}
	}
	var before any
	action := audit.ActionCreate
	now := opts.stamp(s.now(), o.UpdatedAt)
	if exists {
		old, err := s.organization(ctx, tx, o.RegionID, o.ID)
		if err != nil {
			return err
		}
		before, action = old, audit.ActionUpdate
		if o.MinorEdit {
			if err := keepTranslationsCurrent(ctx, tx, directory.TranslateOrganization, o.ID, old.TextFields(), o.TextFields()); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE organizations SET name = $1, alternate_name = $2, org_type = $3, description = $4, email = $5,
			website = $6, logo = $7, parent_id = $8, ver = ver + 1, updated_at = $9 WHERE id = $10`,
			o.Name, o.AlternateName, o.Type, o.Description, o.Email, o.Website, o.Logo, nullStr(o.ParentID), now, o.ID); err != nil {
			return fmt.Errorf("store: update organization: %w", err)
		}
	} else {
		if _, err := tx.ExecContext(ctx, `INSERT INTO organizations (`+orgColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $12, $13)`,
			o.ID, o.RegionID, o.Name, o.AlternateName, o.Type, o.Description, o.Email, o.Website, o.Logo, nullStr(o.ParentID),
			nullTime(o.ArchivedAt), opts.stamp(now, o.CreatedAt), now); err != nil {
			return fmt.Errorf("store: create organization: %w", err)
		}
	}
	rev, err := s.bump(ctx, tx, o.RegionID)
	if err != nil {
		return err
	}
	if err := touchOrganization(ctx, tx, s.pg, o.RegionID, rev, o.ID); err != nil {
		return err
	}
	saved, err := s.organization(ctx, tx, o.RegionID, o.ID)
	if err != nil {
		return err
	}
	*o = saved
	return s.logChange(ctx, tx, o.RegionID, actor, action, audit.EntityOrganization, o.ID, o.Name, before, saved)
}

// ArchiveOrganization hides an organisation and its offers from the
// public; RestoreOrganization brings them back.
func (s *Store) ArchiveOrganization(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveOrganization(ctx, actor, regionID, id, true)
}

// RestoreOrganization undoes ArchiveOrganization.
func (s *Store) RestoreOrganization(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveOrganization(ctx, actor, regionID, id, false)
}

func (s *Store) archiveOrganization(ctx context.Context, actor audit.Actor, regionID, id string, archive bool) error {
	return s.setArchived(ctx, actor, regionID, "organizations", audit.EntityOrganization, id, archive, func(q queryer) (any, string, error) {
		o, err := s.organization(ctx, q, regionID, id)
		return o, o.Name, err
	}, func(tx *sql.Tx, rev int64) error {
		return touchOrganization(ctx, tx, s.pg, regionID, rev, id)
	})
}

// organizationsByID loads the region's organisations with the given ids
// in one query; ids of other regions are left out.
func (s *Store) organizationsByID(ctx context.Context, q queryer, regionID string, ids []string) (map[string]*directory.Organization, error) {
	out := map[string]*directory.Organization{}
	err := inChunks(uniqueIDs(ids), func(chunk []string) error {
		rows, err := q.QueryContext(ctx, `SELECT `+orgColumns+` FROM organizations WHERE id IN (`+placeholders(1, len(chunk))+`)`, anySlice(chunk)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			o, err := scanOrg(rows)
			if err != nil {
				return err
			}
			if o.RegionID == regionID {
				out[o.ID] = &o
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: load organizations: %w", err)
	}
	return out, nil
}
