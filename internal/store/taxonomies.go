package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

const taxonomyColumns = `id, region_id, slug, name, description, uri, version`

func scanTaxonomy(sc interface{ Scan(...any) error }) (directory.Taxonomy, error) {
	var t directory.Taxonomy
	err := sc.Scan(&t.ID, &t.RegionID, &t.Slug, &t.Name, &t.Description, &t.URI, &t.Version)
	return t, err
}

// Taxonomies returns the taxonomies of a region: the built-in ones first.
func (s *Store) Taxonomies(ctx context.Context, regionID string) ([]directory.Taxonomy, error) {
	rows, err := s.rq.QueryContext(ctx, `SELECT `+taxonomyColumns+` FROM taxonomies WHERE region_id = $1 ORDER BY name`, regionID)
	if err != nil {
		return nil, fmt.Errorf("store: taxonomies: %w", err)
	}
	defer rows.Close()
	var builtin, other []directory.Taxonomy
	for rows.Next() {
		t, err := scanTaxonomy(rows)
		if err != nil {
			return nil, fmt.Errorf("store: taxonomies: %w", err)
		}
		if _, ok := directory.Builtin(t.Slug); ok {
			builtin = append(builtin, t)
		} else {
			other = append(other, t)
		}
	}
	return append(builtin, other...), rows.Err()
}

// Taxonomy returns a taxonomy of a region by id.
func (s *Store) Taxonomy(ctx context.Context, regionID, id string) (directory.Taxonomy, error) {
	if !directory.ValidID(id) {
		return directory.Taxonomy{}, directory.NotFound("taxonomy")
	}
	t, err := scanTaxonomy(s.rq.QueryRowContext(ctx, `SELECT `+taxonomyColumns+` FROM taxonomies WHERE region_id = $1 AND id = $2`, regionID, id))
	return t, notFound(err, "taxonomy")
}

// TaxonomyBySlug returns a taxonomy of a region by slug.
func (s *Store) TaxonomyBySlug(ctx context.Context, regionID, slug string) (directory.Taxonomy, error) {
	t, err := scanTaxonomy(s.rq.QueryRowContext(ctx, `SELECT `+taxonomyColumns+` FROM taxonomies WHERE region_id = $1 AND slug = $2`, regionID, slug))
	return t, notFound(err, "taxonomy")
}

// SaveTaxonomy creates or updates a taxonomy (used by HSDS import; staff
// work with the built-in ones).
func (s *Store) SaveTaxonomy(ctx context.Context, actor audit.Actor, t *directory.Taxonomy) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.saveTaxonomy(ctx, tx, actor, t) })
}

func (s *Store) saveTaxonomy(ctx context.Context, tx *sql.Tx, actor audit.Actor, t *directory.Taxonomy) error {
	if t.ID == "" {
		t.ID = directory.NewID()
	}
	if t.Slug == "" {
		t.Slug = directory.Slugify(t.Name)
	}
	if !directory.ValidSlug(t.Slug) || t.Name == "" {
		return &directory.Error{Code: directory.EINVALID, Key: "error.invalid", Message: "taxonomy needs a name", Fields: map[string]string{"name": "error.required"}}
	}
	var before any
	action := audit.ActionCreate
	old, err := scanTaxonomy(tx.QueryRowContext(ctx, `SELECT `+taxonomyColumns+` FROM taxonomies WHERE id = $1`, t.ID))
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return fmt.Errorf("store: save taxonomy: %w", err)
	case old.RegionID != t.RegionID:
		return directory.Errorf(directory.ECONFLICT, "taxonomy %s belongs to another region", t.ID)
	default:
		before, action = old, audit.ActionUpdate
	}
	var taken int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM taxonomies WHERE region_id = $1 AND slug = $2 AND id <> $3`,
		t.RegionID, t.Slug, t.ID).Scan(&taken); err != nil {
		return fmt.Errorf("store: save taxonomy: %w", err)
	}
	if taken > 0 {
		return &directory.Error{Code: directory.EINVALID, Key: "error.invalid", Message: "slug taken", Fields: map[string]string{"slug": "error.slug_taken"}}
	}
	if before == nil {
		_, err = tx.ExecContext(ctx, `INSERT INTO taxonomies (`+taxonomyColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			t.ID, t.RegionID, t.Slug, t.Name, t.Description, t.URI, t.Version)
	} else {
		_, err = tx.ExecContext(ctx, `UPDATE taxonomies SET slug = $1, name = $2, description = $3, uri = $4, version = $5 WHERE id = $6`,
			t.Slug, t.Name, t.Description, t.URI, t.Version, t.ID)
	}
	if err != nil {
		return fmt.Errorf("store: save taxonomy: %w", err)
	}
	return s.logChange(ctx, tx, t.RegionID, actor, action, audit.EntityTaxonomy, t.ID, t.Name, before, *t)
}

const termColumns = `id, region_id, taxonomy_id, parent_id, code, name, description, synonyms, uri, sort_order, ver, archived_at, updated_at`

func scanTerm(sc interface{ Scan(...any) error }) (directory.Term, error) {
	var t directory.Term
	err := sc.Scan(&t.ID, &t.RegionID, &t.TaxonomyID, str{&t.ParentID}, &t.Code, &t.Name, &t.Description, &t.Synonyms, &t.URI, &t.SortOrder, &t.Ver,
		optTime{&t.ArchivedAt}, utcTime{&t.UpdatedAt})
	return t, err
}

// TermFilter selects taxonomy terms.
type TermFilter struct {
	TaxonomyID   string
	WithArchived bool
}

// Terms returns a region's taxonomy terms by taxonomy, sort order and name.
func (s *Store) Terms(ctx context.Context, regionID string, f TermFilter) ([]directory.Term, error) {
	q := `SELECT ` + termColumns + ` FROM taxonomy_terms WHERE region_id = $1`
	args := []any{regionID}
	if f.TaxonomyID != "" {
		if !directory.ValidID(f.TaxonomyID) {
			return nil, nil
		}
		q += ` AND taxonomy_id = $2`
		args = append(args, f.TaxonomyID)
	}
	if !f.WithArchived {
		q += ` AND archived_at IS NULL`
	}
	rows, err := s.rq.QueryContext(ctx, q+` ORDER BY taxonomy_id, sort_order, name`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: terms: %w", err)
	}
	defer rows.Close()
	var out []directory.Term
	for rows.Next() {
		t, err := scanTerm(rows)
		if err != nil {
			return nil, fmt.Errorf("store: terms: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Term returns one term of a region.
func (s *Store) Term(ctx context.Context, regionID, id string) (directory.Term, error) {
	return s.term(ctx, s.rq, regionID, id)
}

func (s *Store) term(ctx context.Context, q queryer, regionID, id string) (directory.Term, error) {
	if !directory.ValidID(id) {
		return directory.Term{}, directory.NotFound("taxonomy term")
	}
	t, err := scanTerm(q.QueryRowContext(ctx, `SELECT `+termColumns+` FROM taxonomy_terms WHERE region_id = $1 AND id = $2`, regionID, id))
	return t, notFound(err, "taxonomy term")
}

// SaveTerm creates or updates a taxonomy term. Terms cannot be added to
// fixed built-in taxonomies by staff, because code relies on their codes.
func (s *Store) SaveTerm(ctx context.Context, actor audit.Actor, t *directory.Term) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.saveTerm(ctx, tx, actor, t, saveOpts{}) })
}

func (s *Store) saveTerm(ctx context.Context, tx *sql.Tx, actor audit.Actor, t *directory.Term, opts saveOpts) error {
	t.Normalize()
	if t.ID == "" {
		t.ID = directory.NewID()
	}
	if err := t.Validate(); err != nil {
		return err
	}
	var taxSlug string
	if err := tx.QueryRowContext(ctx, `SELECT slug FROM taxonomies WHERE region_id = $1 AND id = $2`, t.RegionID, t.TaxonomyID).Scan(&taxSlug); err != nil {
		if err == sql.ErrNoRows {
			return refError("taxonomy_id")
		}
		return err
	}
	if t.ParentID != "" {
		if err := checkRefs(ctx, tx, "taxonomy_terms", t.RegionID, []string{t.ParentID}, "parent_id"); err != nil {
			return err
		}
	}
	exists, err := s.existing(ctx, tx, "taxonomy_terms", t.RegionID, t.ID, t.Ver, "taxonomy term")
	if err != nil {
		return err
	}
	if b, ok := directory.Builtin(taxSlug); ok && b.Fixed && !exists && !opts.importing {
		return &directory.Error{Code: directory.EINVALID, Key: "error.fixed_taxonomy", Message: "terms of " + taxSlug + " are fixed"}
	}
	var taken int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM taxonomy_terms WHERE taxonomy_id = $1 AND code = $2 AND id <> $3`, t.TaxonomyID, t.Code, t.ID).Scan(&taken); err != nil {
		return err
	}
	if taken > 0 {
		return &directory.Error{Code: directory.EINVALID, Key: "error.invalid", Message: "code taken", Fields: map[string]string{"code": "error.slug_taken"}}
	}
	var before any
	action := audit.ActionCreate
	now := opts.stamp(s.now(), t.UpdatedAt)
	if exists {
		old, err := s.term(ctx, tx, t.RegionID, t.ID)
		if err != nil {
			return err
		}
		if b, ok := directory.Builtin(taxSlug); ok && b.Fixed && old.Code != t.Code {
			return &directory.Error{Code: directory.EINVALID, Key: "error.invalid", Message: "code of a fixed term cannot change", Fields: map[string]string{"code": "error.fixed_code"}}
		}
		before, action = old, audit.ActionUpdate
		if t.MinorEdit {
			if err := keepTranslationsCurrent(ctx, tx, directory.TranslateTerm, t.ID, old.TextFields(), t.TextFields()); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, `UPDATE taxonomy_terms SET taxonomy_id = $1, parent_id = $2, code = $3, name = $4, description = $5, uri = $6,
			sort_order = $7, ver = ver + 1, updated_at = $8, synonyms = $10 WHERE id = $9`,
			t.TaxonomyID, nullStr(t.ParentID), t.Code, t.Name, t.Description, t.URI, t.SortOrder, now, t.ID, t.Synonyms)
		if err != nil {
			return fmt.Errorf("store: update term: %w", err)
		}
	} else {
		_, err = tx.ExecContext(ctx, `INSERT INTO taxonomy_terms (`+termColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $12)`,
			t.ID, t.RegionID, t.TaxonomyID, nullStr(t.ParentID), t.Code, t.Name, t.Description, t.Synonyms, t.URI, t.SortOrder, nullTime(t.ArchivedAt), now)
		if err != nil {
			return fmt.Errorf("store: create term: %w", err)
		}
	}
	rev, err := s.bump(ctx, tx, t.RegionID)
	if err != nil {
		return err
	}
	// The offers' search documents carry the term's names and synonyms.
	if err := touchTermServices(ctx, tx, s.pg, t.RegionID, rev, t.ID); err != nil {
		return err
	}
	saved, err := s.term(ctx, tx, t.RegionID, t.ID)
	if err != nil {
		return err
	}
	*t = saved
	return s.logChange(ctx, tx, t.RegionID, actor, action, audit.EntityTerm, t.ID, t.Name, before, saved)
}

// ArchiveTerm hides a term from filters and forms; offers keep the link.
func (s *Store) ArchiveTerm(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveTerm(ctx, actor, regionID, id, true)
}

// RestoreTerm undoes ArchiveTerm.
func (s *Store) RestoreTerm(ctx context.Context, actor audit.Actor, regionID, id string) error {
	return s.archiveTerm(ctx, actor, regionID, id, false)
}

func (s *Store) archiveTerm(ctx context.Context, actor audit.Actor, regionID, id string, archive bool) error {
	return s.setArchived(ctx, actor, regionID, "taxonomy_terms", audit.EntityTerm, id, archive, func(q queryer) (any, string, error) {
		t, err := s.term(ctx, q, regionID, id)
		return t, t.Name, err
	}, func(tx *sql.Tx, rev int64) error {
		return touchTermServices(ctx, tx, s.pg, regionID, rev, id)
	})
}
