package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// existing reports whether the record id exists in table within the
// region and checks its version: want 0 skips the check (imports, the
// command line), any other value must equal the stored version, so that
// an editor never overwrites a change made since they opened the form.
// An id that belongs to another region is refused: nothing crosses regions.
// It takes the region's write lock first (see lockRegion).
func (s *Store) existing(ctx context.Context, tx *sql.Tx, table, regionID, id string, want int, what string) (bool, error) {
	if err := s.lockRegion(ctx, tx, regionID); err != nil {
		return false, err
	}
	var region string
	var ver int
	err := tx.QueryRowContext(ctx, `SELECT region_id, ver FROM `+table+` WHERE id = $1`, id).Scan(str{&region}, &ver)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if want != 0 {
			return false, directory.NotFound(what)
		}
		return false, nil
	case err != nil:
		return false, fmt.Errorf("store: load %s: %w", what, err)
	case region != regionID:
		return false, directory.Errorf(directory.ECONFLICT, "%s %s belongs to another region", what, id)
	case want != 0 && want != ver:
		return true, directory.Conflict(what)
	}
	return true, nil
}

// lockRegion makes the write transactions of a region take turns on
// PostgreSQL, as SQLite's single writer makes all writes do. Saves and
// archives take it before they read a version or write a row. Without
// it, under READ COMMITTED two editors holding the same version both
// pass the version check (one change is lost), and saving an offer
// (which locks the offer's row, then the region's to bump the revision)
// deadlocks with saving its organisation (which locks the region's row,
// then touches the offer). Every write bumps the region's revision, so
// a region's writes were already serialised at commit; this only moves
// the wait to the start.
func (s *Store) lockRegion(ctx context.Context, tx *sql.Tx, regionID string) error {
	if !s.pg {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `SELECT 1 FROM regions WHERE id = $1 FOR NO KEY UPDATE`, regionID); err != nil {
		return fmt.Errorf("store: lock region: %w", err)
	}
	return nil
}

// checkRefs verifies that every id exists in table within the region,
// so that no record links to another region's data.
func checkRefs(ctx context.Context, q queryer, table, regionID string, ids []string, field string) error {
	ids = uniqueIDs(ids)
	if len(ids) == 0 {
		return nil
	}
	for _, id := range ids {
		if !directory.ValidID(id) {
			return refError(field)
		}
	}
	// Look the ids up by primary key and compare the region here: with
	// "region_id = $1" in the query, SQLite without statistics walks the
	// region's index instead, which for 100,000 offers costs every save
	// milliseconds.
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM `+table+` WHERE id IN (`+placeholders(2, len(ids))+`) AND region_id = $1`,
		append([]any{regionID}, anySlice(ids)...)...).Scan(&n)
	if err != nil {
		return fmt.Errorf("store: check %s: %w", field, err)
	}
	if n != len(ids) {
		return refError(field)
	}
	return nil
}

func refError(field string) error {
	return &directory.Error{Code: directory.EINVALID, Key: "error.invalid", Message: field + " refers to a record that does not exist in this region",
		Fields: map[string]string{field: "error.reference"}}
}

func uniqueIDs(ids []string) []string {
	seen := map[string]bool{}
	out := ids[:0:0]
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// setArchived archives (archive true) or restores a record of a table
// with an archived_at column, and logs it. load reads the record for the
// audit log.
func (s *Store) setArchived(ctx context.Context, actor audit.Actor, regionID, table, entity, id string, archive bool,
	load func(q queryer) (any, string, error), after func(tx *sql.Tx, rev int64) error) error {
	if !directory.ValidID(id) {
		return directory.NotFound(entity)
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := s.lockRegion(ctx, tx, regionID); err != nil {
			return err
		}
		before, name, err := load(tx)
		if err != nil {
			return err
		}
		var at any
		action := audit.ActionRestore
		if archive {
			at, action = s.now(), audit.ActionArchive
		}
		res, err := tx.ExecContext(ctx, `UPDATE `+table+` SET archived_at = $1, ver = ver + 1, updated_at = $2 WHERE id = $3 AND region_id = $4`,
			at, s.now(), id, regionID)
		if err != nil {
			return fmt.Errorf("store: %s %s: %w", action, entity, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return directory.NotFound(entity)
		}
		rev, err := s.bump(ctx, tx, regionID)
		if err != nil {
			return err
		}
		if after != nil {
			if err := after(tx, rev); err != nil {
				return err
			}
		}
		now, _, err := load(tx)
		if err != nil {
			return err
		}
		return s.logChange(ctx, tx, regionID, actor, action, entity, id, name, before, now)
	})
}

// saveOpts changes how a save behaves during an HSDS import.
type saveOpts struct {
	// importing keeps the record's own creation and modification times
	// (so that export → import → export round-trips) and lets the
	// dataset add terms to fixed taxonomies.
	importing bool
}

// stamp returns t when importing a record that carries a time, else now.
func (o saveOpts) stamp(now, t time.Time) time.Time {
	if o.importing && !t.IsZero() {
		return t.UTC().Truncate(time.Microsecond)
	}
	return now
}
