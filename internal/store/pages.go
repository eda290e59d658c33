package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

const pageColumns = `id, region_id, slug, title, body, ver, archived_at, updated_at`

func scanPage(sc interface{ Scan(...any) error }) (directory.Page, error) {
	var p directory.Page
	err := sc.Scan(&p.ID, &p.RegionID, &p.Slug, &p.Title, &p.Body, &p.Ver, optTime{&p.ArchivedAt}, utcTime{&p.UpdatedAt})
	return p, err
}

// Pages returns the editable pages of a region by title.
func (s *Store) Pages(ctx context.Context, regionID string, archived Archived) ([]directory.Page, error) {
	rows, err := s.rq.QueryContext(ctx, `SELECT `+pageColumns+` FROM pages WHERE region_id = $1`+archived.where("archived_at")+` ORDER BY title`, regionID)
	if err != nil {
		return nil, fmt.Errorf("store: pages: %w", err)
	}
	defer rows.Close()
	var out []directory.Page
	for rows.Next() {
		p, err := scanPage(rows)
		if err != nil {
			return nil, fmt.Errorf("store: pages: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// PageBySlug returns a page of a region by its slug.
func (s *Store) PageBySlug(ctx context.Context, regionID, slug string) (directory.Page, error) {
	p, err := scanPage(s.rq.QueryRowContext(ctx, `SELECT `+pageColumns+` FROM pages WHERE region_id = $1 AND slug = $2`, regionID, slug))
	return p, notFound(err, "page")
}

// Page returns a page of a region by id.
func (s *Store) Page(ctx context.Context, regionID, id string) (directory.Page, error) {
	return s.page(ctx, s.rq, regionID, id)
}

func (s *Store) page(ctx context.Context, q queryer, regionID, id string) (directory.Page, error) {
	if !directory.ValidID(id) {
		return directory.Page{}, directory.NotFound("page")
	}
	p, err := scanPage(q.QueryRowContext(ctx, `SELECT `+pageColumns+` FROM pages WHERE region_id = $1 AND id = $2`, regionID, id))
	return p, notFound(err, "page")
}

// SavePage creates or updates a page; see SaveTown for Ver.
func (s *Store) SavePage(ctx context.Context, actor audit.Actor, p *directory.Page) error {
	p.Normalize()
	if p.ID == "" {
		p.ID = directory.NewID()
	}
	if err := p.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		exists, err := s.existing(ctx, tx, "pages", p.RegionID, p.ID, p.Ver, "page")
		if err != nil {
			return err
		}
		var taken int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM pages WHERE region_id = $1 AND slug = $2 AND id <> $3`, p.RegionID, p.Slug, p.ID).Scan(&taken); err != nil {
			return err
		}
		if taken > 0 {
			return &directory.Error{Code: directory.EINVALID, Key: "error.invalid", Message: "slug taken", Fields: map[string]string{"slug": "error.slug_taken"}}
		}
		var before any
		action := audit.ActionCreate
		now := s.now()
		if exists {
			old, err := s.page(ctx, tx, p.RegionID, p.ID)
			if err != nil {
				return err
			}
			before, action = old, audit.ActionUpdate
			if p.MinorEdit {
				if err := keepTranslationsCurrent(ctx, tx, directory.TranslatePage, p.ID, old.TextFields(), p.TextFields()); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, `UPDATE pages SET slug = $1, title = $2, body = $3, ver = ver + 1, updated_at = $4 WHERE id = $5`,
				p.Slug, p.Title, p.Body, now, p.ID); err != nil {
				return fmt.Errorf("store: update page: %w", err)
			}
		} else {
			if _, err := tx.ExecContext(ctx, `INSERT INTO pages (`+pageColumns+`) VALUES ($1, $2, $3, $4, $5, 1, NULL, $6)`,
				p.ID, p.RegionID, p.Slug, p.Title, p.Body, now); err != nil {
				return fmt.Errorf("store: create page: %w", err)
			}
		}
		saved, err := s.page(ctx, tx, p.RegionID, p.ID)
		if err != nil {
			return err
		}
		*p = saved
		return s.logChange(ctx, tx, p.RegionID, actor, action, audit.EntityPage, p.ID, p.Title, before, saved)
	})
}

// ArchivePage takes a page off the site; RestorePage brings it back.
func (s *Store) ArchivePage(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archivePage(ctx, actor, regionID, id, true)
}

// RestorePage undoes ArchivePage.
func (s *Store) RestorePage(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archivePage(ctx, actor, regionID, id, false)
}

func (s *Store) archivePage(ctx context.Context, actor audit.Actor, regionID, id string, archive bool) error {
	return s.setArchived(ctx, actor, regionID, "pages", audit.EntityPage, id, archive, func(q queryer) (any, string, error) {
		p, err := s.page(ctx, q, regionID, id)
		return p, p.Title, err
	}, nil)
}
