package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

const townColumns = `id, region_id, name, slug, postal_codes, latitude, longitude, ver, archived_at, updated_at`

func scanTown(sc interface{ Scan(...any) error }) (directory.Town, error) {
	var t directory.Town
	var codes string
	err := sc.Scan(&t.ID, &t.RegionID, &t.Name, &t.Slug, &codes, &t.Latitude, &t.Longitude, &t.Ver, optTime{&t.ArchivedAt}, utcTime{&t.UpdatedAt})
	t.PostalCodes = splitList(codes)
	return t, err
}

// Towns returns the towns of a region by name; archived ones only when asked.
func (s *Store) Towns(ctx context.Context, regionID string, withArchived bool) ([]directory.Town, error) {
	q := `SELECT ` + townColumns + ` FROM towns WHERE region_id = $1`
	if !withArchived {
		q += ` AND archived_at IS NULL`
	}
	rows, err := s.rq.QueryContext(ctx, q+` ORDER BY name`, regionID)
	if err != nil {
		return nil, fmt.Errorf("store: towns: %w", err)
	}
	defer rows.Close()
	var out []directory.Town
	for rows.Next() {
		t, err := scanTown(rows)
		if err != nil {
			return nil, fmt.Errorf("store: towns: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Town returns one town of a region.
func (s *Store) Town(ctx context.Context, regionID, id string) (directory.Town, error) {
	return s.town(ctx, s.rq, regionID, id)
}

func (s *Store) town(ctx context.Context, q queryer, regionID, id string) (directory.Town, error) {
	if !directory.ValidID(id) {
		return directory.Town{}, directory.NotFound("town")
	}
	t, err := scanTown(q.QueryRowContext(ctx, `SELECT `+townColumns+` FROM towns WHERE region_id = $1 AND id = $2`, regionID, id))
	if err != nil {
		return t, notFound(err, "town")
	}
	return t, nil
}

// SaveTown creates or updates a town. t.Ver must be the version the
// editor loaded (0 to skip the check); on success t holds the new version.
func (s *Store) SaveTown(ctx context.Context, actor audit.Actor, t *directory.Town) error {
	t.Normalize()
	if t.ID == "" {
		t.ID = directory.NewID()
	}
	if err := t.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		exists, err := s.existing(ctx, tx, "towns", t.RegionID, t.ID, t.Ver, "town")
		if err != nil {
			return err
		}
		var taken int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM towns WHERE region_id = $1 AND slug = $2 AND id <> $3`, t.RegionID, t.Slug, t.ID).Scan(&taken); err != nil {
			return err
		}
		if taken > 0 {
			return &directory.Error{Code: directory.EINVALID, Key: "error.invalid", Message: "slug taken", Fields: map[string]string{"slug": "error.slug_taken"}}
		}
		var before any
		action := audit.ActionCreate
		now := s.now()
		if exists {
			old, err := s.town(ctx, tx, t.RegionID, t.ID)
			if err != nil {
				return err
			}
			before, action = old, audit.ActionUpdate
			_, err = tx.ExecContext(ctx, `UPDATE towns SET name = $1, slug = $2, postal_codes = $3, latitude = $4, longitude = $5,
				ver = ver + 1, updated_at = $6 WHERE id = $7`, t.Name, t.Slug, joinList(t.PostalCodes), t.Latitude, t.Longitude, now, t.ID)
			if err != nil {
				return fmt.Errorf("store: update town: %w", err)
			}
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO towns (`+townColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9)`,
				t.ID, t.RegionID, t.Name, t.Slug, joinList(t.PostalCodes), t.Latitude, t.Longitude, nullTime(t.ArchivedAt), now)
			if err != nil {
				return fmt.Errorf("store: create town: %w", err)
			}
		}
		if _, err := s.bump(ctx, tx, t.RegionID); err != nil {
			return err
		}
		saved, err := s.town(ctx, tx, t.RegionID, t.ID)
		if err != nil {
			return err
		}
		*t = saved
		return s.logChange(ctx, tx, t.RegionID, actor, action, audit.EntityTown, t.ID, t.Name, before, saved)
	})
}

// ArchiveTown hides a town from filters and forms; RestoreTown brings it back.
func (s *Store) ArchiveTown(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveTown(ctx, actor, regionID, id, true)
}

// RestoreTown undoes ArchiveTown.
func (s *Store) RestoreTown(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveTown(ctx, actor, regionID, id, false)
}

func (s *Store) archiveTown(ctx context.Context, actor audit.Actor, regionID, id string, archive bool) error {
	return s.setArchived(ctx, actor, regionID, "towns", audit.EntityTown, id, archive, func(q queryer) (any, string, error) {
		t, err := s.town(ctx, q, regionID, id)
		return t, t.Name, err
	}, nil)
}

// townsByID loads the region's towns with the given ids in one query;
// ids of other regions are left out.
func (s *Store) townsByID(ctx context.Context, q queryer, regionID string, ids []string) (map[string]*directory.Town, error) {
	out := map[string]*directory.Town{}
	err := inChunks(uniqueIDs(ids), func(chunk []string) error {
		rows, err := q.QueryContext(ctx, `SELECT `+townColumns+` FROM towns WHERE id IN (`+placeholders(1, len(chunk))+`)`, anySlice(chunk)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			t, err := scanTown(rows)
			if err != nil {
				return err
			}
			if t.RegionID == regionID {
				out[t.ID] = &t
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: load towns: %w", err)
	}
	return out, nil
}
