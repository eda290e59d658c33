package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// InsertServicesBulk inserts new offers into a region in one transaction,
// for generated data such as the benchmark datasets of package seed.
// SaveService costs a transaction, a reload and an audit entry per offer,
// which is right for editors and far too slow for 100,000 offers.
//
// Every offer is normalised and validated as SaveService does it, and its
// organisation, locations and terms must exist in the region; the checks
// run once per batch rather than once per offer. The offers must be new:
// an id that exists already is a conflict, and nothing is inserted when
// any offer is refused. All offers get the same new region revision, and
// the batch gets one audit entry (action import, entity dataset). On
// success svcs hold their ids, version 1 and their timestamps.
func (s *Store) InsertServicesBulk(ctx context.Context, actor audit.Actor, regionID string, svcs []directory.Service) error {
	if len(svcs) == 0 {
		return nil
	}
	if !directory.ValidID(regionID) {
		return directory.NotFound("region")
	}
	var orgIDs, locIDs, termIDs, ids []string
	seen := make(map[string]bool, len(svcs))
	for i := range svcs {
		sv := &svcs[i]
		if sv.RegionID == "" {
			sv.RegionID = regionID
		}
		if sv.RegionID != regionID {
			return fmt.Errorf("store: bulk insert offer %d: %w", i, directory.Errorf(directory.ECONFLICT, "offer belongs to region %s, not %s", sv.RegionID, regionID))
		}
		if sv.ID == "" {
			sv.ID = directory.NewID()
		}
		if !directory.ValidID(sv.ID) {
			return fmt.Errorf("store: bulk insert offer %d: %w", i, refError("id"))
		}
		if seen[sv.ID] {
			return fmt.Errorf("store: bulk insert offer %d: %w", i, directory.Errorf(directory.ECONFLICT, "offer %s twice in the batch", sv.ID))
		}
		seen[sv.ID] = true
		sv.Normalize()
		if err := sv.Validate(); err != nil {
			return fmt.Errorf("store: bulk insert offer %d (%s): %w", i, sv.Name, err)
		}
		ids = append(ids, sv.ID)
		orgIDs = append(orgIDs, sv.OrganizationID)
		for _, l := range sv.Locations {
			locIDs = append(locIDs, l.LocationID)
		}
		termIDs = append(termIDs, sv.TermIDs...)
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		rev, err := s.bump(ctx, tx, regionID)
		if errors.Is(err, sql.ErrNoRows) {
			return directory.NotFound("region")
		}
		if err != nil {
			return err
		}
		for _, ref := range []struct {
			table, field string
			ids          []string
		}{{"organizations", "organization_id", orgIDs}, {"locations", "locations", locIDs}, {"taxonomy_terms", "terms", termIDs}} {
			if err := inChunks(uniqueIDs(ref.ids), func(chunk []string) error {
				return checkRefs(ctx, tx, ref.table, regionID, chunk, ref.field)
			}); err != nil {
				return err
			}
		}
		if err := inChunks(ids, func(chunk []string) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM services WHERE id IN (`+placeholders(1, len(chunk))+`)`,
				anySlice(chunk)...).Scan(&n); err != nil {
				return fmt.Errorf("store: bulk insert: %w", err)
			}
			if n > 0 {
				return directory.Errorf(directory.ECONFLICT, "%d of the offers exist already", n)
			}
			return nil
		}); err != nil {
			return err
		}
		now := s.now()
		services := newRowBatch(serviceColumns + `, revision`)
		sals := newRowBatch(`id, service_id, location_id, description, position`)
		attrs := newRowBatch(`id, region_id, link_entity, link_id, taxonomy_term_id`)
		langs := newRowBatch(`id, service_id, code, name, note, position`)
		costs := newRowBatch(`id, service_id, option, amount, currency, amount_description, valid_from, valid_to, position`)
		scheds := newRowBatch(scheduleColumns + `, position`)
		for i := range svcs {
			sv := &svcs[i]
			sv.Ver, sv.CreatedAt, sv.UpdatedAt = 1, now, now
			services.add(sv.ID, sv.RegionID, sv.OrganizationID, sv.Name, sv.AlternateName, sv.Summary, sv.Description, sv.URL, sv.Email, sv.Status,
				sv.InterpretationServices, sv.ApplicationProcess, sv.FeesDescription, sv.EligibilityDescription, nullInt(sv.MinimumAge),
				nullInt(sv.MaximumAge), sv.AssuredDate, sv.Alert, 1, nullTime(sv.ArchivedAt), now, now, rev)
			for j, l := range sv.Locations {
				sals.add(l.ID, sv.ID, l.LocationID, l.Description, j)
			}
			for _, id := range sv.TermIDs {
				attrs.add(AttributeID(sv.ID, id), regionID, "service", sv.ID, id)
			}
			for j, l := range sv.Languages {
				langs.add(l.ID, sv.ID, l.Code, l.Name, l.Note, j)
			}
			for j, c := range sv.CostOptions {
				costs.add(c.ID, sv.ID, c.Option, nullFloat(c.Amount), c.Currency, c.AmountDescription, c.ValidFrom, c.ValidTo, j)
			}
			for j := range sv.Schedules {
				sc := &sv.Schedules[j]
				sc.ServiceID, sc.LocationID = sv.ID, ""
				scheds.add(sc.ID, sc.ServiceID, nil, nullStr(sc.ServiceAtLocationID), sc.Freq, sc.Interval, sc.ByDay, sc.ByMonthDay,
					sc.OpensAt, sc.ClosesAt, sc.ValidFrom, sc.ValidTo, sc.DTStart, sc.Until, sc.Description, sc.Notes, sc.Closed, j)
			}
		}
		// Service-at-location rows go before schedules, which may refer to them.
		for _, b := range []struct {
			table string
			rows  *rowBatch
		}{{"services", services}, {"service_at_locations", sals}, {"attributes", attrs}, {"languages", langs}, {"cost_options", costs}, {"schedules", scheds}} {
			if err := b.rows.insert(ctx, tx, b.table, s.pg); err != nil {
				return err
			}
		}
		if err := refreshFacets(ctx, tx, s.pg, regionID, rev); err != nil {
			return err
		}
		return s.logChange(ctx, tx, regionID, actor, audit.ActionImport, audit.EntityDataset, "", fmt.Sprintf("%d synthetic offers", len(svcs)), nil, nil)
	})
}

// rowBatch collects the values of rows for multi-row INSERT statements.
type rowBatch struct {
	cols string
	n    int // columns per row
	args []any
}

func newRowBatch(cols string) *rowBatch {
	return &rowBatch{cols: cols, n: strings.Count(cols, ",") + 1}
}

// add appends one row; vals must match the columns in number and order.
func (b *rowBatch) add(vals ...any) {
	if len(vals) != b.n {
		panic(fmt.Sprintf("store: row of %d values for %d columns", len(vals), b.n))
	}
	b.args = append(b.args, vals...)
}

// maxBulkParams keeps a statement below SQLite's limit of 32766 bound
// parameters (PostgreSQL allows 65535).
const maxBulkParams = 30000

// insert writes the rows into table, as many per statement as the
// parameter limit allows. Full-size statements are prepared once, which
// spares SQLite from parsing the same long statement again and again.
//
// SQLite gets anonymous "?" parameters: it looks up a numbered "$n" by
// scanning the list of all parameter names, which turns a statement with
// thousands of them quadratic (most of the time of a bulk insert went
// there). PostgreSQL only understands "$n".
func (b *rowBatch) insert(ctx context.Context, tx *sql.Tx, table string, pg bool) error {
	perStmt := maxBulkParams / b.n
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", b.n), ", ") + ")"
	stmtFor := func(rows int) string {
		var q strings.Builder
		q.WriteString(`INSERT INTO ` + table + ` (` + b.cols + `) VALUES `)
		for r := range rows {
			if r > 0 {
				q.WriteString(", ")
			}
			if pg {
				q.WriteByte('(')
				q.WriteString(placeholders(r*b.n+1, b.n))
				q.WriteByte(')')
			} else {
				q.WriteString(row)
			}
		}
		return q.String()
	}
	args := b.args
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for len(args) > 0 {
		rows := min(perStmt, len(args)/b.n)
		chunk := args[:rows*b.n]
		args = args[rows*b.n:]
		var err error
		if rows == perStmt {
			if full == nil {
				if full, err = tx.PrepareContext(ctx, stmtFor(rows)); err != nil {
					return fmt.Errorf("store: bulk insert %s: %w", table, err)
				}
			}
			_, err = full.ExecContext(ctx, chunk...)
		} else {
			_, err = tx.ExecContext(ctx, stmtFor(rows), chunk...)
		}
		if err != nil {
			return fmt.Errorf("store: bulk insert %s: %w", table, err)
		}
	}
	return nil
}
