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

// translatedTable says where the German text of an entity type lives:
// its table and the column that names a record. Field names are the
// column names. Everything here is a constant, never user input.
var translatedTable = map[string]struct{ table, label string }{
	directory.TranslateOrganization: {"organizations", "name"},
	directory.TranslateService:      {"services", "name"},
	directory.TranslateLocation:     {"locations", "name"},
	directory.TranslateTerm:         {"taxonomy_terms", "name"},
	directory.TranslatePage:         {"pages", "title"},
}

const translationColumns = `region_id, entity_type, entity_id, field, lang, text, source_text, machine, updated_at, updated_by`

func scanTranslation(sc scanner) (directory.Translation, error) {
	var t directory.Translation
	err := sc.Scan(str{&t.RegionID}, &t.EntityType, str{&t.EntityID}, &t.Field, &t.Lang, &t.Text, &t.SourceText, &t.Machine,
		utcTime{&t.UpdatedAt}, &t.UpdatedBy)
	return t, err
}

// SourceText returns a record's name and the German text of one of its
// fields; the record must be current and in the region.
func (s *Store) SourceText(ctx context.Context, regionID, entityType, entityID, field string) (label, text string, err error) {
	return sourceText(ctx, s.rq, regionID, entityType, entityID, field)
}

func sourceText(ctx context.Context, q queryer, regionID, entityType, entityID, field string) (string, string, error) {
	tt, ok := translatedTable[entityType]
	if !ok || !directory.Translatable(entityType, field) || !directory.ValidID(entityID) {
		return "", "", directory.NotFound("record")
	}
	var label, text string
	err := q.QueryRowContext(ctx, `SELECT `+tt.label+`, `+field+` FROM `+tt.table+` WHERE id = $1 AND region_id = $2 AND archived_at IS NULL`,
		entityID, regionID).Scan(&label, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", directory.NotFound("record")
	}
	return label, text, err
}

// SaveTranslations stores translations of a region in one transaction,
// all or nothing. A translation with an empty text is deleted. When
// checkSource is set (an XLIFF import), each translation's SourceText
// must still be the record's German text, so that nobody stores a
// translation of a text that has changed meanwhile without knowing.
// Each change gets an audit entry on its record.
func (s *Store) SaveTranslations(ctx context.Context, actor audit.Actor, regionID string, ts []directory.Translation, checkSource bool) error {
	region, err := s.Region(ctx, regionID)
	if err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := s.lockRegion(ctx, tx, regionID); err != nil {
			return err
		}
		for i := range ts {
			if err := s.saveTranslation(ctx, tx, actor, region, &ts[i], checkSource); err != nil {
				return err
			}
		}
		rev, err := s.bump(ctx, tx, regionID)
		if err != nil {
			return err
		}
		// What the translations feed into the search index changed.
		return touchTranslated(ctx, tx, s.pg, regionID, rev, ts)
	})
}

// SaveTranslation stores one translation; see SaveTranslations.
func (s *Store) SaveTranslation(ctx context.Context, actor audit.Actor, t *directory.Translation) error {
	ts := []directory.Translation{*t}
	if err := s.SaveTranslations(ctx, actor, t.RegionID, ts, false); err != nil {
		return err
	}
	*t = ts[0]
	return nil
}

func (s *Store) saveTranslation(ctx context.Context, tx *sql.Tx, actor audit.Actor, region directory.Region, t *directory.Translation, checkSource bool) error {
	t.RegionID = region.ID
	t.Text = strings.TrimSpace(t.Text)
	if err := t.Validate(region.Languages); err != nil {
		return err
	}
	label, source, err := sourceText(ctx, tx, region.ID, t.EntityType, t.EntityID, t.Field)
	if err != nil {
		return err
	}
	if checkSource && t.Field != directory.FieldSynonyms && !directory.SameSource(t.SourceText, source) {
		return &directory.Error{Code: directory.ECONFLICT, Key: "error.source_changed",
			Message: fmt.Sprintf("the German text of %s %q (%s) changed since the translation was made", t.EntityType, label, t.Field)}
	}
	// Keep the German text as stored when the translator saw the same
	// (a browser may have changed line endings), so that a later minor
	// edit finds it.
	if t.SourceText == "" || directory.SameSource(t.SourceText, source) {
		t.SourceText = source
	}
	before, err := s.translation(ctx, tx, t.EntityType, t.EntityID, t.Field, t.Lang)
	if err != nil {
		return err
	}
	summary := label + " · " + t.Field + " · " + t.Lang
	if t.Text == "" {
		if before == nil {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM translations WHERE entity_type = $1 AND entity_id = $2 AND field = $3 AND lang = $4`,
			t.EntityType, t.EntityID, t.Field, t.Lang); err != nil {
			return fmt.Errorf("store: delete translation: %w", err)
		}
		return s.logChange(ctx, tx, region.ID, actor, audit.ActionDelete, t.EntityType, t.EntityID, summary, before, nil)
	}
	t.UpdatedAt, t.UpdatedBy = s.now(), actor.Email
	if _, err := tx.ExecContext(ctx, `INSERT INTO translations (`+translationColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (entity_type, entity_id, field, lang) DO UPDATE SET text = excluded.text, source_text = excluded.source_text,
		machine = excluded.machine, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
		region.ID, t.EntityType, t.EntityID, t.Field, t.Lang, t.Text, t.SourceText, t.Machine, t.UpdatedAt, t.UpdatedBy); err != nil {
		return fmt.Errorf("store: save translation: %w", err)
	}
	action := audit.ActionUpdate
	if before == nil {
		action = audit.ActionCreate
	}
	return s.logChange(ctx, tx, region.ID, actor, action, t.EntityType, t.EntityID, summary, before, t)
}

func (s *Store) translation(ctx context.Context, q queryer, entityType, entityID, field, lang string) (*directory.Translation, error) {
	t, err := scanTranslation(q.QueryRowContext(ctx, `SELECT `+translationColumns+` FROM translations
		WHERE entity_type = $1 AND entity_id = $2 AND field = $3 AND lang = $4`, entityType, entityID, field, lang))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: load translation: %w", err)
	}
	return &t, nil
}

// Translations returns every translation of a record of the region.
func (s *Store) Translations(ctx context.Context, regionID, entityType, entityID string) ([]directory.Translation, error) {
	if !directory.ValidID(entityID) {
		return nil, nil
	}
	rows, err := s.rq.QueryContext(ctx, `SELECT `+translationColumns+` FROM translations
		WHERE region_id = $1 AND entity_type = $2 AND entity_id = $3 ORDER BY lang, field`, regionID, entityType, entityID)
	if err != nil {
		return nil, fmt.Errorf("store: translations: %w", err)
	}
	defer rows.Close()
	var out []directory.Translation
	for rows.Next() {
		t, err := scanTranslation(rows)
		if err != nil {
			return nil, fmt.Errorf("store: translations: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Translated maps record id → field → translation into one language.
type Translated map[string]map[string]*directory.Translation

// Get returns the translation of a record's field, or nil.
func (t Translated) Get(id, field string) *directory.Translation {
	if t == nil {
		return nil
	}
	return t[id][field]
}

// TranslationsFor returns the translations into lang of the given records
// of one entity type, for showing them to readers.
func (s *Store) TranslationsFor(ctx context.Context, regionID, lang, entityType string, ids []string) (Translated, error) {
	out := Translated{}
	if lang == "de" {
		return out, nil
	}
	got, err := loadChildren(ctx, s.rq, "translations", uniqueIDs(ids), []any{regionID, lang, entityType}, func(in string) string {
		return `SELECT ` + translationColumns + ` FROM translations WHERE region_id = $1 AND lang = $2 AND entity_type = $3
			AND entity_id IN (` + in + `)`
	}, func(sc scanner) (string, directory.Translation, error) {
		t, err := scanTranslation(sc)
		return t.EntityID, t, err
	})
	if err != nil {
		return nil, err
	}
	for id, ts := range got {
		out[id] = map[string]*directory.Translation{}
		for i := range ts {
			out[id][ts[i].Field] = &ts[i]
		}
	}
	return out, nil
}

// keepTranslationsCurrent is called in the transaction of a save marked
// as a minor edit: translations that were current for the old German text
// of a field are made current for the new one. Translations that were
// already outdated stay outdated.
func keepTranslationsCurrent(ctx context.Context, tx *sql.Tx, entityType, entityID string, before, after map[string]string) error {
	for field, old := range before {
		now := after[field]
		if field == directory.FieldSynonyms || old == now {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE translations SET source_text = $1
			WHERE entity_type = $2 AND entity_id = $3 AND field = $4 AND source_text = $5`, now, entityType, entityID, field, old); err != nil {
			return fmt.Errorf("store: keep translations current: %w", err)
		}
	}
	return nil
}

// sourceCase is the SQL expression for the German text of translation
// t's field on record e, for an entity type.
func sourceCase(entityType string) string {
	var b strings.Builder
	b.WriteString("CASE t.field")
	for _, f := range directory.TranslatableFields[entityType] {
		b.WriteString(" WHEN '" + f + "' THEN e." + f)
	}
	b.WriteString(" END")
	return b.String()
}

// TranslationCount counts the translatable texts of one entity type in
// one language by status.
type TranslationCount struct {
	Lang       string
	EntityType string
	Current    int
	Outdated   int
	Machine    int
	Missing    int
}

// Total returns the number of texts counted.
func (c TranslationCount) Total() int { return c.Current + c.Outdated + c.Machine + c.Missing }

// TranslationOverview counts, for each of the languages and each
// translatable entity type, the current records' non-empty German texts
// by the status of their translation. Synonyms are left out: they are
// optional and never outdated.
func (s *Store) TranslationOverview(ctx context.Context, regionID string, langs []string) ([]TranslationCount, error) {
	var out []TranslationCount
	for _, et := range directory.TranslatableTypes {
		tt := translatedTable[et]
		var texts int
		var sum []string
		for _, f := range directory.TranslatableFields[et] {
			if f != directory.FieldSynonyms {
				sum = append(sum, "CASE WHEN "+f+" <> '' THEN 1 ELSE 0 END")
			}
		}
		if err := s.rq.QueryRowContext(ctx, `SELECT coalesce(sum(`+strings.Join(sum, " + ")+`), 0) FROM `+tt.table+`
			WHERE region_id = $1 AND archived_at IS NULL`, regionID).Scan(&texts); err != nil {
			return nil, fmt.Errorf("store: translation overview: %w", err)
		}
		counts := map[string]*TranslationCount{}
		for _, l := range langs {
			counts[l] = &TranslationCount{Lang: l, EntityType: et, Missing: texts}
		}
		src := sourceCase(et)
		rows, err := s.rq.QueryContext(ctx, `SELECT t.lang,
				sum(CASE WHEN t.source_text = `+src+` AND NOT t.machine THEN 1 ELSE 0 END),
				sum(CASE WHEN t.source_text = `+src+` AND t.machine THEN 1 ELSE 0 END),
				sum(CASE WHEN t.source_text <> `+src+` THEN 1 ELSE 0 END)
			FROM translations t JOIN `+tt.table+` e ON e.id = t.entity_id
			WHERE t.region_id = $1 AND t.entity_type = $2 AND e.archived_at IS NULL AND t.field <> $3 AND `+src+` <> ''
			GROUP BY t.lang`, regionID, et, directory.FieldSynonyms)
		if err != nil {
			return nil, fmt.Errorf("store: translation overview: %w", err)
		}
		for rows.Next() {
			var lang string
			var cur, mach, old int
			if err := rows.Scan(&lang, &cur, &mach, &old); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: translation overview: %w", err)
			}
			if c, ok := counts[lang]; ok {
				c.Current, c.Machine, c.Outdated = cur, mach, old
				c.Missing = texts - cur - mach - old
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for _, l := range langs {
			out = append(out, *counts[l])
		}
	}
	return out, nil
}

// TranslationItem is a text in a translator's work list.
type TranslationItem struct {
	EntityType  string
	EntityID    string
	Label       string // the record's name
	Field       string
	Source      string // today's German text
	Translation *directory.Translation
	Status      string
}

// QueueFilter selects a translator's work list.
type QueueFilter struct {
	Lang       string
	EntityType string // "" for all types
	// Statuses to list; empty means missing, outdated and machine.
	Statuses []string
	Limit    int
	Offset   int
}

// TranslationQueue lists the texts of current records in a language whose
// translation has one of the statuses asked for, by entity type, record
// name and field, and how many there are in all.
func (s *Store) TranslationQueue(ctx context.Context, regionID string, f QueueFilter) ([]TranslationItem, int, error) {
	want := map[string]bool{}
	for _, st := range f.Statuses {
		want[st] = true
	}
	if len(want) == 0 {
		want = map[string]bool{directory.TranslationMissing: true, directory.TranslationOutdated: true, directory.TranslationMachine: true}
	}
	var parts []string
	args := []any{regionID, f.Lang}
	for ti, et := range directory.TranslatableTypes {
		if f.EntityType != "" && f.EntityType != et {
			continue
		}
		tt := translatedTable[et]
		for fi, field := range directory.TranslatableFields[et] {
			if field == directory.FieldSynonyms {
				continue // optional and edited on the term's page
			}
			// One SELECT per field: the record, its German text, and the
			// translation if any; the status is decided in Go.
			parts = append(parts, fmt.Sprintf(`SELECT %d AS ti, %d AS fi, '%s' AS et, e.id, e.%s AS label, '%s' AS field, e.%s AS source,
				t.text, t.source_text, t.machine
				FROM %s e LEFT JOIN translations t ON t.entity_type = '%s' AND t.entity_id = e.id AND t.field = '%s' AND t.lang = $2
				WHERE e.region_id = $1 AND e.archived_at IS NULL AND e.%s <> ''`,
				ti, fi, et, tt.label, field, field, tt.table, et, field, field))
		}
	}
	if len(parts) == 0 {
		return nil, 0, nil
	}
	rows, err := s.rq.QueryContext(ctx, `SELECT * FROM (`+strings.Join(parts, " UNION ALL ")+`) q ORDER BY ti, label, id, fi`, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: translation queue: %w", err)
	}
	defer rows.Close()
	var out []TranslationItem
	total := 0
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	for rows.Next() {
		var ti, fi int
		var it TranslationItem
		var text, source sql.NullString
		var machine sql.NullBool
		if err := rows.Scan(&ti, &fi, &it.EntityType, str{&it.EntityID}, &it.Label, &it.Field, &it.Source, &text, &source, &machine); err != nil {
			return nil, 0, fmt.Errorf("store: translation queue: %w", err)
		}
		if text.Valid {
			it.Translation = &directory.Translation{RegionID: regionID, EntityType: it.EntityType, EntityID: it.EntityID, Field: it.Field,
				Lang: f.Lang, Text: text.String, SourceText: source.String, Machine: machine.Bool}
		}
		it.Status = it.Translation.Status(it.Source)
		if !want[it.Status] {
			continue
		}
		if total >= f.Offset && len(out) < limit {
			out = append(out, it)
		}
		total++
	}
	return out, total, rows.Err()
}
