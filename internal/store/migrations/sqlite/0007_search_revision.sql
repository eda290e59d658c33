-- Organisations carry the region revision of their last change, like
-- services do, so that the search index of every instance fetches an
-- organisation changed since its snapshot (also one without offers).
ALTER TABLE organizations ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
CREATE INDEX organizations_region_revision ON organizations (region_id, revision);
