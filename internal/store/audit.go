package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/lotse/lotse/internal/audit"
)

// logChange writes an audit entry in the transaction of the change, so
// that no change is without its entry and no entry without its change.
func (s *Store) logChange(ctx context.Context, tx *sql.Tx, regionID string, actor audit.Actor, action, entity, id, summary string, before, after any) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_log
		(region_id, user_id, user_email, at, action, entity_type, entity_id, summary, before_json, after_json)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		regionID, nullStr(actor.UserID), actor.Email, s.now(), action, entity, id, summary,
		audit.Marshal(before), audit.Marshal(after))
	if err != nil {
		return fmt.Errorf("store: write audit log: %w", err)
	}
	return nil
}

// LogEvent records an event that is not a change of a record, such as a
// sign-in, in the audit log.
func (s *Store) LogEvent(ctx context.Context, regionID string, actor audit.Actor, action, entity, id, summary string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		return s.logChange(ctx, tx, regionID, actor, action, entity, id, summary, nil, nil)
	})
}

const auditColumns = `id, region_id, user_id, user_email, at, action, entity_type, entity_id, summary, before_json, after_json`

func scanAudit(sc interface{ Scan(...any) error }) (audit.Entry, error) {
	var e audit.Entry
	err := sc.Scan(&e.ID, str{&e.RegionID}, str{&e.UserID}, &e.UserEmail, utcTime{&e.At}, &e.Action, &e.EntityType,
		&e.EntityID, &e.Summary, &e.Before, &e.After)
	return e, err
}

// AuditEntries returns a region's audit entries matching f, newest first.
func (s *Store) AuditEntries(ctx context.Context, regionID string, f audit.Filter) ([]audit.Entry, error) {
	q := `SELECT ` + auditColumns + ` FROM audit_log WHERE region_id = $1`
	args := []any{regionID}
	add := func(cond string, v any) {
		args = append(args, v)
		q += fmt.Sprintf(" AND %s $%d", cond, len(args))
	}
	if f.EntityType != "" {
		add("entity_type =", f.EntityType)
	}
	if f.EntityID != "" {
		add("entity_id =", f.EntityID)
	}
	if f.UserID != "" {
		add("user_id =", f.UserID)
	}
	if f.BeforeID > 0 {
		add("id <", f.BeforeID)
	}
	limit := f.Limit
	if limit <= 0 || limit > 500 {
		limit = 50
	}
	q += fmt.Sprintf(" ORDER BY id DESC LIMIT %d", limit)
	rows, err := s.rq.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: audit entries: %w", err)
	}
	defer rows.Close()
	var out []audit.Entry
	for rows.Next() {
		e, err := scanAudit(rows)
		if err != nil {
			return nil, fmt.Errorf("store: audit entries: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// AuditEntry returns one audit entry of a region.
func (s *Store) AuditEntry(ctx context.Context, regionID string, id int64) (audit.Entry, error) {
	e, err := scanAudit(s.rq.QueryRowContext(ctx, `SELECT `+auditColumns+` FROM audit_log WHERE region_id = $1 AND id = $2`, regionID, id))
	if err != nil {
		return e, notFound(err, "audit entry")
	}
	return e, nil
}
