package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

const regionColumns = `id, slug, name, default_lang, languages, revision, is_demo, created_at, updated_at`

func scanRegion(sc interface{ Scan(...any) error }) (directory.Region, error) {
	var r directory.Region
	var langs string
	err := sc.Scan(&r.ID, &r.Slug, &r.Name, &r.DefaultLang, &langs, &r.Revision, &r.Demo, utcTime{&r.CreatedAt}, utcTime{&r.UpdatedAt})
	r.Languages = splitList(langs)
	return r, err
}

// CreateRegion stores a new region with its built-in taxonomies and
// empty imprint and privacy pages.
func (s *Store) CreateRegion(ctx context.Context, actor audit.Actor, r *directory.Region) error {
	if r.ID == "" {
		r.ID = directory.NewID()
	}
	if r.DefaultLang == "" {
		r.DefaultLang = "de"
	}
	if len(r.Languages) == 0 {
		r.Languages = []string{r.DefaultLang}
	}
	if err := r.Validate(); err != nil {
		return err
	}
	now := s.now()
	r.CreatedAt, r.UpdatedAt = now, now
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM regions WHERE slug = $1`, r.Slug).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return &directory.Error{Code: directory.ECONFLICT, Key: "error.slug_taken", Message: "region " + r.Slug + " exists already",
				Fields: map[string]string{"slug": "error.slug_taken"}}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO regions (`+regionColumns+`) VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8)`,
			r.ID, r.Slug, r.Name, r.DefaultLang, joinList(r.Languages), r.Demo, now, now); err != nil {
			return fmt.Errorf("store: create region: %w", err)
		}
		for i, b := range directory.BuiltinTaxonomies {
			taxID := directory.DerivedID(r.ID, "taxonomy:"+b.Slug)
			if _, err := tx.ExecContext(ctx, `INSERT INTO taxonomies (id, region_id, slug, name, description, uri, version)
				VALUES ($1, $2, $3, $4, $5, $6, '1')`, taxID, r.ID, b.Slug, b.Name, b.Description, directory.TaxonomyURI(b.Slug)); err != nil {
				return fmt.Errorf("store: create taxonomy %s: %w", b.Slug, err)
			}
			for j, t := range b.Terms {
				if _, err := tx.ExecContext(ctx, `INSERT INTO taxonomy_terms (id, region_id, taxonomy_id, code, name, sort_order, updated_at)
					VALUES ($1, $2, $3, $4, $5, $6, $7)`, BuiltinTermID(r.ID, b.Slug, t.Code), r.ID, taxID, t.Code, t.Name, i*100+j, now); err != nil {
					return fmt.Errorf("store: create term %s: %w", t.Code, err)
				}
			}
		}
		for _, p := range []struct{ slug, title, body string }{
			{directory.PageImprint, "Impressum", "Bitte ergänzen Sie das Impressum."},
			{directory.PagePrivacy, "Datenschutz", "Bitte ergänzen Sie die Datenschutzerklärung."},
		} {
			if _, err := tx.ExecContext(ctx, `INSERT INTO pages (id, region_id, slug, title, body, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`,
				directory.DerivedID(r.ID, "page:"+p.slug), r.ID, p.slug, p.title, p.body, now); err != nil {
				return fmt.Errorf("store: create page %s: %w", p.slug, err)
			}
		}
		return s.logChange(ctx, tx, r.ID, actor, audit.ActionCreate, audit.EntityRegion, r.ID, r.Name, nil, r)
	})
}

// BuiltinTermID returns the id of a built-in taxonomy's term in a region.
func BuiltinTermID(regionID, taxonomySlug, code string) string {
	return directory.DerivedID(regionID, "term:"+taxonomySlug+":"+code)
}

// Regions returns all regions, ordered by name.
func (s *Store) Regions(ctx context.Context) ([]directory.Region, error) {
	rows, err := s.rq.QueryContext(ctx, `SELECT `+regionColumns+` FROM regions ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: regions: %w", err)
	}
	defer rows.Close()
	var out []directory.Region
	for rows.Next() {
		r, err := scanRegion(rows)
		if err != nil {
			return nil, fmt.Errorf("store: regions: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// RegionBySlug returns the region with the given URL slug.
func (s *Store) RegionBySlug(ctx context.Context, slug string) (directory.Region, error) {
	r, err := scanRegion(s.rq.QueryRowContext(ctx, `SELECT `+regionColumns+` FROM regions WHERE slug = $1`, slug))
	if err != nil {
		return r, notFound(err, "region")
	}
	return r, nil
}

// Region returns the region with the given id.
func (s *Store) Region(ctx context.Context, id string) (directory.Region, error) {
	if !directory.ValidID(id) {
		return directory.Region{}, directory.NotFound("region")
	}
	r, err := scanRegion(s.rq.QueryRowContext(ctx, `SELECT `+regionColumns+` FROM regions WHERE id = $1`, id))
	if err != nil {
		return r, notFound(err, "region")
	}
	return r, nil
}

// UpdateRegionLanguages sets the languages a region offers. It bumps the
// region's revision, so that cached pages get the new language switcher.
func (s *Store) UpdateRegionLanguages(ctx context.Context, actor audit.Actor, regionID string, langs []string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		before, err := scanRegion(tx.QueryRowContext(ctx, `SELECT `+regionColumns+` FROM regions WHERE id = $1`, regionID))
		if err != nil {
			return notFound(err, "region")
		}
		after := before
		after.Languages, after.UpdatedAt = langs, s.now()
		if err := after.Validate(); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE regions SET languages = $1, updated_at = $2 WHERE id = $3`, joinList(langs), after.UpdatedAt, regionID); err != nil {
			return err
		}
		if after.Revision, err = s.bump(ctx, tx, regionID); err != nil {
			return err
		}
		return s.logChange(ctx, tx, regionID, actor, audit.ActionUpdate, audit.EntityRegion, regionID, before.Name, before, after)
	})
}

// Revision returns the region's current revision, which grows with every
// change to its directory.
func (s *Store) Revision(ctx context.Context, regionID string) (int64, error) {
	var rev int64
	err := s.rq.QueryRowContext(ctx, `SELECT revision FROM regions WHERE id = $1`, regionID).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, directory.NotFound("region")
	}
	return rev, err
}

// bump increments the region's revision in tx and returns the new value.
// Records that the public index depends on carry the revision of their
// last change, so that other instances can fetch just what changed.
func (s *Store) bump(ctx context.Context, tx *sql.Tx, regionID string) (int64, error) {
	var rev int64
	err := tx.QueryRowContext(ctx, `UPDATE regions SET revision = revision + 1 WHERE id = $1 RETURNING revision`, regionID).Scan(&rev)
	if err != nil {
		return 0, fmt.Errorf("store: bump revision: %w", err)
	}
	return rev, nil
}
