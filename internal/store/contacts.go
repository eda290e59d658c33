package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

const contactColumns = `id, region_id, organization_id, service_id, location_id, name, title, department, email, ver, archived_at, updated_at`

func scanContact(sc interface{ Scan(...any) error }) (directory.Contact, error) {
	var c directory.Contact
	err := sc.Scan(&c.ID, &c.RegionID, str{&c.OrganizationID}, str{&c.ServiceID}, str{&c.LocationID}, &c.Name, &c.Title, &c.Department,
		&c.Email, &c.Ver, optTime{&c.ArchivedAt}, utcTime{&c.UpdatedAt})
	return c, err
}

// ContactFilter selects contacts by what they belong to.
type ContactFilter struct {
	OrganizationID string
	ServiceID      string
	LocationID     string
	Query          string
	Archived       Archived
	Limit          int
	Offset         int
}

// Contacts returns a region's contacts matching f, with their phones.
func (s *Store) Contacts(ctx context.Context, regionID string, f ContactFilter) ([]directory.Contact, error) {
	return s.contacts(ctx, s.rq, regionID, f)
}

func (f ContactFilter) where(regionID string) (string, []any, bool) {
	where := ` FROM contacts WHERE region_id = $1` + f.Archived.where("archived_at")
	args := []any{regionID}
	for _, c := range []struct{ col, id string }{{"organization_id", f.OrganizationID}, {"service_id", f.ServiceID}, {"location_id", f.LocationID}} {
		if c.id == "" {
			continue
		}
		if !directory.ValidID(c.id) {
			return "", nil, false
		}
		args = append(args, c.id)
		where += fmt.Sprintf(` AND %s = $%d`, c.col, len(args))
	}
	if f.Query != "" {
		args = append(args, likePattern(f.Query))
		where += fmt.Sprintf(` AND (lower(name) LIKE $%d ESCAPE '\' OR lower(email) LIKE $%d ESCAPE '\' OR lower(department) LIKE $%d ESCAPE '\')`, len(args), len(args), len(args))
	}
	return where, args, true
}

func (s *Store) contacts(ctx context.Context, q queryer, regionID string, f ContactFilter) ([]directory.Contact, error) {
	where, args, ok := f.where(regionID)
	if !ok {
		return nil, nil
	}
	limit := ""
	if f.Limit > 0 {
		limit = ListFilter{Limit: f.Limit, Offset: f.Offset}.limit()
	}
	rows, err := q.QueryContext(ctx, `SELECT `+contactColumns+where+` ORDER BY name, id`+limit, args...)
	if err != nil {
		return nil, fmt.Errorf("store: contacts: %w", err)
	}
	var out []directory.Contact
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: contacts: %w", err)
		}
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := loadPhones(ctx, q, out); err != nil {
		return nil, err
	}
	return out, nil
}

// CountContacts returns how many contacts match f, ignoring Limit and Offset.
func (s *Store) CountContacts(ctx context.Context, regionID string, f ContactFilter) (int, error) {
	where, args, ok := f.where(regionID)
	if !ok {
		return 0, nil
	}
	var n int
	if err := s.rq.QueryRowContext(ctx, `SELECT count(*)`+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count contacts: %w", err)
	}
	return n, nil
}

func loadPhones(ctx context.Context, q queryer, contacts []directory.Contact) error {
	if len(contacts) == 0 {
		return nil
	}
	ids := make([]string, len(contacts))
	idx := map[string]int{}
	for i, c := range contacts {
		ids[i] = c.ID
		idx[c.ID] = i
	}
	var phoneIDs []string
	phoneOwner := map[string][2]int{}
	err := inChunks(ids, func(chunk []string) error {
		rows, err := q.QueryContext(ctx, `SELECT contact_id, id, number, extension, phone_type, description FROM phones
			WHERE contact_id IN (`+placeholders(1, len(chunk))+`) ORDER BY position`, anySlice(chunk)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var cid string
			var p directory.Phone
			if err := rows.Scan(str{&cid}, str{&p.ID}, &p.Number, optInt{&p.Extension}, &p.Type, &p.Description); err != nil {
				return err
			}
			i := idx[cid]
			contacts[i].Phones = append(contacts[i].Phones, p)
			phoneIDs = append(phoneIDs, p.ID)
			phoneOwner[p.ID] = [2]int{i, len(contacts[i].Phones) - 1}
		}
		return rows.Err()
	})
	if err != nil {
		return fmt.Errorf("store: load phones: %w", err)
	}
	langs, err := loadLanguages(ctx, q, byPhone, phoneIDs)
	if err != nil {
		return err
	}
	for pid, ls := range langs {
		o := phoneOwner[pid]
		for _, l := range ls {
			contacts[o[0]].Phones[o[1]].Languages = append(contacts[o[0]].Phones[o[1]].Languages, l.Code)
		}
	}
	return nil
}

// Contact returns one contact of a region with its phones.
func (s *Store) Contact(ctx context.Context, regionID, id string) (directory.Contact, error) {
	return s.contact(ctx, s.rq, regionID, id)
}

func (s *Store) contact(ctx context.Context, q queryer, regionID, id string) (directory.Contact, error) {
	if !directory.ValidID(id) {
		return directory.Contact{}, directory.NotFound("contact")
	}
	c, err := scanContact(q.QueryRowContext(ctx, `SELECT `+contactColumns+` FROM contacts WHERE region_id = $1 AND id = $2`, regionID, id))
	if err != nil {
		return c, notFound(err, "contact")
	}
	cs := []directory.Contact{c}
	if err := loadPhones(ctx, q, cs); err != nil {
		return c, err
	}
	return cs[0], nil
}

// SaveContact creates or updates a contact with its phones; see SaveTown for Ver.
func (s *Store) SaveContact(ctx context.Context, actor audit.Actor, c *directory.Contact) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.saveContact(ctx, tx, actor, c, saveOpts{}) })
}

func (s *Store) saveContact(ctx context.Context, tx *sql.Tx, actor audit.Actor, c *directory.Contact, opts saveOpts) error {
	if c.ID == "" {
		c.ID = directory.NewID()
	}
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	exists, err := s.existing(ctx, tx, "contacts", c.RegionID, c.ID, c.Ver, "contact")
	if err != nil {
		return err
	}
	for _, ref := range []struct{ table, id, field string }{
		{"organizations", c.OrganizationID, "organization_id"}, {"services", c.ServiceID, "service_id"}, {"locations", c.LocationID, "location_id"},
	} {
		if err := checkRefs(ctx, tx, ref.table, c.RegionID, []string{ref.id}, ref.field); err != nil {
			return err
		}
	}
	var before any
	action := audit.ActionCreate
	now := opts.stamp(s.now(), c.UpdatedAt)
	if exists {
		old, err := s.contact(ctx, tx, c.RegionID, c.ID)
		if err != nil {
			return err
		}
		before, action = old, audit.ActionUpdate
		if _, err := tx.ExecContext(ctx, `UPDATE contacts SET organization_id = $1, service_id = $2, location_id = $3, name = $4, title = $5,
			department = $6, email = $7, ver = ver + 1, updated_at = $8 WHERE id = $9`, nullStr(c.OrganizationID), nullStr(c.ServiceID),
			nullStr(c.LocationID), c.Name, c.Title, c.Department, c.Email, now, c.ID); err != nil {
			return fmt.Errorf("store: update contact: %w", err)
		}
	} else {
		if _, err := tx.ExecContext(ctx, `INSERT INTO contacts (`+contactColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $11)`,
			c.ID, c.RegionID, nullStr(c.OrganizationID), nullStr(c.ServiceID), nullStr(c.LocationID), c.Name, c.Title, c.Department, c.Email,
			nullTime(c.ArchivedAt), now); err != nil {
			return fmt.Errorf("store: create contact: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM phones WHERE contact_id = $1`, c.ID); err != nil {
		return err
	}
	for i, p := range c.Phones {
		if _, err := tx.ExecContext(ctx, `INSERT INTO phones (id, contact_id, number, extension, phone_type, description, position)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, p.ID, c.ID, p.Number, nullInt(p.Extension), p.Type, p.Description, i); err != nil {
			return fmt.Errorf("store: save phone: %w", err)
		}
		langs := make([]directory.Language, len(p.Languages))
		for j, code := range p.Languages {
			langs[j] = directory.Language{ID: directory.DerivedID(p.ID, "language:"+code), Code: code, Name: directory.LanguageName(code)}
		}
		if err := replaceLanguages(ctx, tx, byPhone, p.ID, langs); err != nil {
			return err
		}
	}
	if _, err := s.bump(ctx, tx, c.RegionID); err != nil {
		return err
	}
	saved, err := s.contact(ctx, tx, c.RegionID, c.ID)
	if err != nil {
		return err
	}
	*c = saved
	return s.logChange(ctx, tx, c.RegionID, actor, action, audit.EntityContact, c.ID, c.Name, before, saved)
}

// ArchiveContact hides a contact; RestoreContact brings it back.
func (s *Store) ArchiveContact(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveContact(ctx, actor, regionID, id, true)
}

// RestoreContact undoes ArchiveContact.
func (s *Store) RestoreContact(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveContact(ctx, actor, regionID, id, false)
}

func (s *Store) archiveContact(ctx context.Context, actor audit.Actor, regionID, id string, archive bool) error {
	return s.setArchived(ctx, actor, regionID, "contacts", audit.EntityContact, id, archive, func(q queryer) (any, string, error) {
		c, err := s.contact(ctx, q, regionID, id)
		return c, c.Name, err
	}, nil)
}
