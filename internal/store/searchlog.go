package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/searchlog"
)

// SaveSearchCounts adds search counts to the stored ones, all in one
// transaction. A query the region and month do not have yet is stored
// only while they have fewer than searchlog.MaxQueriesPerMonth distinct
// queries; beyond that it counts under searchlog.Other. (Instances
// flushing at the very same moment may each add their new queries up to
// the cap, so it can be passed by one flush's worth; it still bounds the
// table.) Counts of
// regions that do not exist (any more) are dropped. Nothing here is
// audited: it is anonymous statistics, not a change anyone made.
func (s *Store) SaveSearchCounts(ctx context.Context, counts []searchlog.Count) error {
	cs := make([]searchlog.Count, 0, len(counts))
	for _, c := range counts {
		if directory.ValidID(c.RegionID) && searchlog.ValidMonth(c.Month) && c.Query != "" && c.Searches > 0 {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return nil
	}
	// One order for every writer, so that two instances flushing at once
	// on PostgreSQL take row locks in the same order and never deadlock.
	slices.SortFunc(cs, func(a, b searchlog.Count) int {
		return cmp.Or(cmp.Compare(a.RegionID, b.RegionID), cmp.Compare(a.Month, b.Month),
			cmp.Compare(a.Lang, b.Lang), cmp.Compare(a.Query, b.Query))
	})
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var group struct{ region, month string }
		var exists bool
		var distinct int
		for _, c := range cs {
			if c.RegionID != group.region || c.Month != group.month {
				group.region, group.month = c.RegionID, c.Month
				var err error
				if exists, distinct, err = searchGroup(ctx, tx, c.RegionID, c.Month); err != nil {
					return err
				}
			}
			if !exists {
				continue
			}
			added, err := addSearchCount(ctx, tx, c)
			if err != nil {
				return err
			}
			if added {
				continue
			}
			if !searchlog.IsPlaceholder(c.Query) {
				if distinct >= searchlog.MaxQueriesPerMonth {
					c.Query = searchlog.Other
				} else {
					distinct++
				}
			}
			if err := insertSearchCount(ctx, tx, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: save search counts: %w", err)
	}
	return nil
}

// searchGroup reports whether the region exists and how many real
// queries its month has.
func searchGroup(ctx context.Context, tx *sql.Tx, regionID, month string) (bool, int, error) {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM regions WHERE id = $1`, regionID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, 0, nil
	}
	if err != nil {
		return false, 0, err
	}
	var n int
	err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM search_queries WHERE region_id = $1 AND month = $2 AND query NOT IN ($3, $4)`,
		regionID, month, searchlog.Hidden, searchlog.Other).Scan(&n)
	return true, n, err
}

// addSearchCount adds c to its stored row and reports whether there was
// one.
func addSearchCount(ctx context.Context, tx *sql.Tx, c searchlog.Count) (bool, error) {
	res, err := tx.ExecContext(ctx, `UPDATE search_queries SET searches = searches + $5, zero_results = zero_results + $6
		WHERE region_id = $1 AND month = $2 AND lang = $3 AND query = $4`,
		c.RegionID, c.Month, c.Lang, c.Query, c.Searches, c.ZeroResults)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// insertSearchCount stores c as a new row; should another instance have
// stored it meanwhile, the counts are added.
func insertSearchCount(ctx context.Context, tx *sql.Tx, c searchlog.Count) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO search_queries (region_id, month, lang, query, searches, zero_results)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (region_id, month, lang, query) DO UPDATE
		SET searches = search_queries.searches + excluded.searches, zero_results = search_queries.zero_results + excluded.zero_results`,
		c.RegionID, c.Month, c.Lang, c.Query, c.Searches, c.ZeroResults)
	return err
}

// SearchStats returns the statistics of a region's month: the limit most
// searched queries and the limit queries most often without results. An
// empty lang means all languages together. month must be valid
// (searchlog.ValidMonth).
func (s *Store) SearchStats(ctx context.Context, regionID, month, lang string, limit int) (searchlog.Stats, error) {
	var st searchlog.Stats
	if !directory.ValidID(regionID) {
		return st, nil
	}
	if !searchlog.ValidMonth(month) {
		return st, &directory.Error{Code: directory.EINVALID, Key: "admin.search.bad_month", Message: "not a month: " + month}
	}
	if lang != "" && !directory.ValidLanguageCode(lang) {
		return st, &directory.Error{Code: directory.EINVALID, Key: "admin.search.bad_lang", Message: "not a language: " + lang}
	}
	limit = max(1, min(limit, 1000))
	// Ties are ordered by the bytes of the query on both databases
	// (SQLite's default), not by PostgreSQL's locale.
	byQuery := `query`
	if s.pg {
		byQuery = `query COLLATE "C"`
	}
	// The language filter is one of two constant strings; the values
	// are always parameters.
	where := `region_id = $1 AND month = $2`
	args := []any{regionID, month}
	if lang != "" {
		where += ` AND lang = $3`
		args = append(args, lang)
	}
	err := s.rq.QueryRowContext(ctx, `SELECT COALESCE(SUM(searches), 0), COALESCE(SUM(zero_results), 0), COUNT(DISTINCT query)
		FROM search_queries WHERE `+where, args...).Scan(&st.Searches, &st.ZeroResults, &st.Distinct)
	if err != nil {
		return st, fmt.Errorf("store: search stats: %w", err)
	}
	if st.Top, err = s.queryCounts(ctx, `SELECT query, SUM(searches) AS n, SUM(zero_results) AS z FROM search_queries WHERE `+where+`
		GROUP BY query ORDER BY n DESC, `+byQuery+` LIMIT `+fmt.Sprint(limit), args); err != nil {
		return st, err
	}
	if st.Zero, err = s.queryCounts(ctx, `SELECT query, SUM(searches) AS n, SUM(zero_results) AS z FROM search_queries WHERE `+where+`
		GROUP BY query HAVING SUM(zero_results) > 0 ORDER BY z DESC, `+byQuery+` LIMIT `+fmt.Sprint(limit), args); err != nil {
		return st, err
	}
	return st, nil
}

func (s *Store) queryCounts(ctx context.Context, query string, args []any) ([]searchlog.QueryCount, error) {
	rows, err := s.rq.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: search stats: %w", err)
	}
	defer rows.Close()
	var out []searchlog.QueryCount
	for rows.Next() {
		var q searchlog.QueryCount
		if err := rows.Scan(&q.Query, &q.Searches, &q.ZeroResults); err != nil {
			return nil, fmt.Errorf("store: search stats: %w", err)
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// SearchMonths returns the months a region has statistics for, newest
// first.
func (s *Store) SearchMonths(ctx context.Context, regionID string) ([]string, error) {
	if !directory.ValidID(regionID) {
		return nil, nil
	}
	rows, err := s.rq.QueryContext(ctx, `SELECT DISTINCT month FROM search_queries WHERE region_id = $1 ORDER BY month DESC`, regionID)
	if err != nil {
		return nil, fmt.Errorf("store: search months: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			return nil, fmt.Errorf("store: search months: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// DeleteSearchStatsBefore deletes the statistics of all regions for the
// months before month and returns how many rows it deleted.
func (s *Store) DeleteSearchStatsBefore(ctx context.Context, month string) (int64, error) {
	if !searchlog.ValidMonth(month) {
		return 0, &directory.Error{Code: directory.EINVALID, Key: "admin.search.bad_month", Message: "not a month: " + month}
	}
	res, err := s.w.ExecContext(ctx, `DELETE FROM search_queries WHERE month < $1`, month)
	if err != nil {
		return 0, fmt.Errorf("store: delete search stats: %w", err)
	}
	return res.RowsAffected()
}
