package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/lotse/lotse/internal/directory"
)

// Child records (attributes, languages, schedules, …) are saved by
// replacing the set that belongs to their owner within the owner's
// transaction; their ids are kept, so HSDS consumers see stable ids.

// replaceAttributes links the record linkID of entity ("service",
// "location", "organization") to exactly the given terms of its region.
// field names the form field a bad term is reported on.
func replaceAttributes(ctx context.Context, tx *sql.Tx, regionID, entity, linkID string, termIDs []string, field string) error {
	if err := checkRefs(ctx, tx, "taxonomy_terms", regionID, termIDs, field); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM attributes WHERE link_id = $1 AND link_entity = $2`, linkID, entity); err != nil {
		return fmt.Errorf("store: replace attributes: %w", err)
	}
	for _, id := range termIDs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO attributes (id, region_id, link_entity, link_id, taxonomy_term_id) VALUES ($1, $2, $3, $4, $5)`,
			AttributeID(linkID, id), regionID, entity, linkID, id); err != nil {
			return fmt.Errorf("store: replace attributes: %w", err)
		}
	}
	return nil
}

// AttributeID is the id of the attribute linking a record to a term.
func AttributeID(linkID, termID string) string {
	return directory.DerivedID(linkID, "attribute:"+termID)
}

// loadAttributes returns the term ids linked to each of the records.
func loadAttributes(ctx context.Context, q queryer, entity string, linkIDs []string) (map[string][]string, error) {
	return loadChildren(ctx, q, "attributes", linkIDs, []any{entity}, func(in string) string {
		return `SELECT a.link_id, a.taxonomy_term_id FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
			WHERE a.link_entity = $1 AND a.link_id IN (` + in + `) ORDER BY t.sort_order, t.name`
	}, func(sc scanner) (string, string, error) {
		var link, term string
		err := sc.Scan(str{&link}, str{&term})
		return link, term, err
	})
}

// scanner is a row being read.
type scanner interface{ Scan(...any) error }

// loadChildren runs query for the owner ids in chunks and groups the
// rows by owner: the shape of every child loader. The query is built
// around in, an IN list of placeholders that follow those of the args
// given first. what names the children in errors.
func loadChildren[T any](ctx context.Context, q queryer, what string, ids []string, args []any, query func(in string) string,
	scan func(scanner) (owner string, child T, err error)) (map[string][]T, error) {
	out := map[string][]T{}
	err := inChunks(ids, func(chunk []string) error {
		rows, err := q.QueryContext(ctx, query(placeholders(len(args)+1, len(chunk))), append(slices.Clip(args), anySlice(chunk)...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			owner, child, err := scan(rows)
			if err != nil {
				return err
			}
			out[owner] = append(out[owner], child)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: load %s: %w", what, err)
	}
	return out, nil
}

// inChunks calls fn with slices of ids small enough for one IN list
// (SQLite allows 32766 parameters, PostgreSQL 65535).
func inChunks(ids []string, fn func([]string) error) error {
	const size = 500
	for len(ids) > 0 {
		n := min(size, len(ids))
		if err := fn(ids[:n]); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// ownerColumn names the column that links a child to its owner. It is
// always one of these constants, never user input.
type ownerColumn string

const (
	byService  ownerColumn = "service_id"
	byLocation ownerColumn = "location_id"
	byPhone    ownerColumn = "phone_id"
)

func replaceLanguages(ctx context.Context, tx *sql.Tx, owner ownerColumn, ownerID string, langs []directory.Language) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM languages WHERE `+string(owner)+` = $1`, ownerID); err != nil {
		return fmt.Errorf("store: replace languages: %w", err)
	}
	for i, l := range langs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO languages (id, `+string(owner)+`, code, name, note, position) VALUES ($1, $2, $3, $4, $5, $6)`,
			l.ID, ownerID, l.Code, l.Name, l.Note, i); err != nil {
			return fmt.Errorf("store: replace languages: %w", err)
		}
	}
	return nil
}

func loadLanguages(ctx context.Context, q queryer, owner ownerColumn, ids []string) (map[string][]directory.Language, error) {
	return loadChildren(ctx, q, "languages", ids, nil, func(in string) string {
		return `SELECT ` + string(owner) + `, id, code, name, note FROM languages WHERE ` + string(owner) + ` IN (` + in + `) ORDER BY position`
	}, func(sc scanner) (string, directory.Language, error) {
		var o string
		var l directory.Language
		err := sc.Scan(str{&o}, str{&l.ID}, &l.Code, &l.Name, &l.Note)
		return o, l, err
	})
}

const scheduleColumns = `id, service_id, location_id, service_at_location_id, freq, interval_n, byday, bymonthday, opens_at, closes_at,
	valid_from, valid_to, dtstart, until, description, notes, closed`

func replaceSchedules(ctx context.Context, tx *sql.Tx, owner ownerColumn, ownerID string, schedules []directory.Schedule) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM schedules WHERE `+string(owner)+` = $1`, ownerID); err != nil {
		return fmt.Errorf("store: replace schedules: %w", err)
	}
	for i := range schedules {
		sc := &schedules[i]
		switch owner {
		case byService:
			sc.ServiceID, sc.LocationID = ownerID, ""
		case byLocation:
			sc.LocationID, sc.ServiceID = ownerID, ""
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schedules (`+scheduleColumns+`, position)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
			sc.ID, nullStr(sc.ServiceID), nullStr(sc.LocationID), nullStr(sc.ServiceAtLocationID), sc.Freq, sc.Interval, sc.ByDay, sc.ByMonthDay,
			sc.OpensAt, sc.ClosesAt, sc.ValidFrom, sc.ValidTo, sc.DTStart, sc.Until, sc.Description, sc.Notes, sc.Closed, i); err != nil {
			return fmt.Errorf("store: replace schedules: %w", err)
		}
	}
	return nil
}

func loadSchedules(ctx context.Context, q queryer, owner ownerColumn, ids []string) (map[string][]directory.Schedule, error) {
	return loadChildren(ctx, q, "schedules", ids, nil, func(in string) string {
		return `SELECT ` + scheduleColumns + ` FROM schedules WHERE ` + string(owner) + ` IN (` + in + `) ORDER BY position`
	}, func(sc scanner) (string, directory.Schedule, error) {
		s, err := scanSchedule(sc)
		if owner == byLocation {
			return s.LocationID, s, err
		}
		return s.ServiceID, s, err
	})
}

func loadAddresses(ctx context.Context, q queryer, locationIDs []string) (map[string][]directory.Address, error) {
	return loadChildren(ctx, q, "addresses", locationIDs, nil, func(in string) string {
		return `SELECT location_id, id, attention, address_1, address_2, city, region, state_province, postal_code,
			country, address_type FROM addresses WHERE location_id IN (` + in + `) ORDER BY position`
	}, func(sc scanner) (string, directory.Address, error) {
		var lid string
		var a directory.Address
		err := sc.Scan(str{&lid}, str{&a.ID}, &a.Attention, &a.Address1, &a.Address2, &a.City, &a.Region, &a.StateProvince,
			&a.PostalCode, &a.Country, &a.Type)
		return lid, a, err
	})
}

func loadAccessibility(ctx context.Context, q queryer, locationIDs []string) (map[string][]directory.Accessibility, error) {
	return loadChildren(ctx, q, "accessibility", locationIDs, nil, func(in string) string {
		return `SELECT location_id, id, description, details, url FROM accessibility WHERE location_id IN (` + in + `) ORDER BY position`
	}, func(sc scanner) (string, directory.Accessibility, error) {
		var lid string
		var a directory.Accessibility
		err := sc.Scan(str{&lid}, str{&a.ID}, &a.Description, &a.Details, &a.URL)
		return lid, a, err
	})
}

func loadCostOptions(ctx context.Context, q queryer, serviceIDs []string) (map[string][]directory.CostOption, error) {
	return loadChildren(ctx, q, "cost options", serviceIDs, nil, func(in string) string {
		return `SELECT service_id, id, option, amount, currency, amount_description, valid_from, valid_to
			FROM cost_options WHERE service_id IN (` + in + `) ORDER BY position`
	}, func(sc scanner) (string, directory.CostOption, error) {
		var sid string
		var c directory.CostOption
		err := sc.Scan(str{&sid}, str{&c.ID}, &c.Option, optFloat{&c.Amount}, &c.Currency, &c.AmountDescription, &c.ValidFrom, &c.ValidTo)
		return sid, c, err
	})
}
