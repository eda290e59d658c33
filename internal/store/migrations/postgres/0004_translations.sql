-- Translations of text fields into the region's languages. One
-- row per record, field and language; source_text is the German text the
-- translation was made from, so that its status (current or outdated)
-- is a comparison with today's German text, and the editor can show what
-- changed since.
CREATE TABLE translations (
    region_id   uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    entity_type TEXT NOT NULL,
    entity_id   uuid NOT NULL,
    field       TEXT NOT NULL,
    lang        TEXT NOT NULL,
    text        TEXT NOT NULL,
    source_text TEXT NOT NULL DEFAULT '',
    machine     BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at  timestamptz NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity_type, entity_id, field, lang)
);
CREATE INDEX translations_region_lang ON translations (region_id, lang, entity_type);
CREATE INDEX translations_entity ON translations (entity_id);

-- Other words for a taxonomy term, one per line (search uses them).
ALTER TABLE taxonomy_terms ADD COLUMN synonyms TEXT NOT NULL DEFAULT '';
