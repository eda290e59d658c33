-- service_facets keeps, per offer, what the in-memory offer index needs:
-- one compact row instead of joins over five tables, so that a server
-- with 100,000 offers builds its index in well under a second at start.
-- It is derived data, rewritten (by refreshFacets in Go) in the same
-- transaction as every change that gives offers a new revision.
CREATE TABLE service_facets (
    service_id      TEXT PRIMARY KEY REFERENCES services(id) ON DELETE CASCADE,
    region_id       TEXT NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    revision        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    status          TEXT NOT NULL,
    hidden          BOOLEAN NOT NULL,
    town_ids        TEXT NOT NULL DEFAULT '',
    term_ids        TEXT NOT NULL DEFAULT '',
    langs           TEXT NOT NULL DEFAULT '',
    free            BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX service_facets_region_revision ON service_facets (region_id, revision);

INSERT INTO service_facets (service_id, region_id, revision, name, organization_id, status, hidden, town_ids, term_ids, langs, free)
SELECT s.id, s.region_id, s.revision, s.name, s.organization_id, s.status,
    s.archived_at IS NOT NULL OR o.archived_at IS NOT NULL,
    coalesce((SELECT group_concat(DISTINCT l.town_id) FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
        WHERE sal.service_id = s.id AND l.archived_at IS NULL AND l.town_id IS NOT NULL), ''),
    coalesce((SELECT group_concat(a.taxonomy_term_id) FROM attributes a WHERE a.link_id = s.id AND a.link_entity = 'service'), ''),
    coalesce((SELECT group_concat(g.code) FROM languages g WHERE g.service_id = s.id), ''),
    coalesce((SELECT min(c.amount) = 0 AND max(c.amount) = 0 FROM cost_options c WHERE c.service_id = s.id AND c.amount IS NOT NULL), FALSE)
FROM services s JOIN organizations o ON o.id = s.organization_id;

-- The back-office dashboard lists offers due for a check, oldest first.
CREATE INDEX services_region_assured ON services (region_id, assured_date);
