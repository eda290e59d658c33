package store

import (
	"context"
	"database/sql"
	"fmt"

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
	out := map[string][]string{}
	err := inChunks(linkIDs, func(chunk []string) error {
		rows, err := q.QueryContext(ctx, `SELECT a.link_id, a.taxonomy_term_id FROM attributes a
			JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
			WHERE a.link_entity = $1 AND a.link_id IN (`+placeholders(2, len(chunk))+`) ORDER BY t.sort_order, t.name`,
			append([]any{entity}, anySlice(chunk)...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var link, term string
			if err := rows.Scan(str{&link}, str{&term}); err != nil {
				return err
			}
			out[link] = append(out[link], term)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: load attributes: %w", err)
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
	out := map[string][]directory.Language{}
	err := inChunks(ids, func(chunk []string) error {
		rows, err := q.QueryContext(ctx, `SELECT `+string(owner)+`, id, code, name, note FROM languages
			WHERE `+string(owner)+` IN (`+placeholders(1, len(chunk))+`) ORDER BY position`, anySlice(chunk)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var owner string
			var l directory.Language
			if err := rows.Scan(str{&owner}, str{&l.ID}, &l.Code, &l.Name, &l.Note); err != nil {
				return err
			}
			out[owner] = append(out[owner], l)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: load languages: %w", err)
	}
	return out, nil
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
	out := map[string][]directory.Schedule{}
	err := inChunks(ids, func(chunk []string) error {
		rows, err := q.QueryContext(ctx, `SELECT `+scheduleColumns+` FROM schedules
			WHERE `+string(owner)+` IN (`+placeholders(1, len(chunk))+`) ORDER BY position`, anySlice(chunk)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var sc directory.Schedule
			if err := rows.Scan(str{&sc.ID}, str{&sc.ServiceID}, str{&sc.LocationID}, str{&sc.ServiceAtLocationID}, &sc.Freq, &sc.Interval,
				&sc.ByDay, &sc.ByMonthDay, &sc.OpensAt, &sc.ClosesAt, &sc.ValidFrom, &sc.ValidTo, &sc.DTStart, &sc.Until,
				&sc.Description, &sc.Notes, &sc.Closed); err != nil {
				return err
			}
			key := sc.ServiceID
			if owner == byLocation {
				key = sc.LocationID
			}
			out[key] = append(out[key], sc)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: load schedules: %w", err)
	}
	return out, nil
}
