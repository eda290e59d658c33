-- Lotse schema, PostgreSQL dialect. Ids are UUIDs, times timestamptz,
-- dates YYYY-MM-DD text (as in the SQLite dialect, so that both read alike).

CREATE TABLE regions (
    id           uuid PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    default_lang TEXT NOT NULL DEFAULT 'de',
    languages    TEXT NOT NULL DEFAULT 'de',
    revision     bigint NOT NULL DEFAULT 0,
    is_demo      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE towns (
    id           uuid PRIMARY KEY,
    region_id    uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    slug         TEXT NOT NULL,
    postal_codes TEXT NOT NULL DEFAULT '',
    latitude     double precision NOT NULL,
    longitude    double precision NOT NULL,
    ver          INTEGER NOT NULL DEFAULT 1,
    archived_at  timestamptz,
    updated_at   timestamptz NOT NULL,
    UNIQUE (region_id, slug)
);

CREATE TABLE taxonomies (
    id          uuid PRIMARY KEY,
    region_id   uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    uri         TEXT NOT NULL DEFAULT '',
    version     TEXT NOT NULL DEFAULT '',
    UNIQUE (region_id, slug)
);

CREATE TABLE taxonomy_terms (
    id          uuid PRIMARY KEY,
    region_id   uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    taxonomy_id uuid NOT NULL REFERENCES taxonomies(id) ON DELETE CASCADE,
    parent_id   uuid REFERENCES taxonomy_terms(id) ON DELETE SET NULL,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    uri         TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    ver         INTEGER NOT NULL DEFAULT 1,
    archived_at timestamptz,
    updated_at  timestamptz NOT NULL,
    UNIQUE (taxonomy_id, code)
);
CREATE INDEX taxonomy_terms_region ON taxonomy_terms (region_id);

CREATE TABLE organizations (
    id             uuid PRIMARY KEY,
    region_id      uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    alternate_name TEXT NOT NULL DEFAULT '',
    org_type       TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    website        TEXT NOT NULL DEFAULT '',
    logo           TEXT NOT NULL DEFAULT '',
    parent_id      uuid REFERENCES organizations(id) ON DELETE SET NULL,
    ver            INTEGER NOT NULL DEFAULT 1,
    archived_at    timestamptz,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX organizations_region_name ON organizations (region_id, name);

CREATE TABLE locations (
    id              uuid PRIMARY KEY,
    region_id       uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
    location_type   TEXT NOT NULL,
    name            TEXT NOT NULL,
    alternate_name  TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    transportation  TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    latitude        double precision,
    longitude       double precision,
    town_id         uuid REFERENCES towns(id) ON DELETE SET NULL,
    ver             INTEGER NOT NULL DEFAULT 1,
    archived_at     timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX locations_region_name ON locations (region_id, name);
CREATE INDEX locations_organization ON locations (organization_id);
CREATE INDEX locations_town ON locations (town_id);

CREATE TABLE addresses (
    id             uuid PRIMARY KEY,
    location_id    uuid NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    attention      TEXT NOT NULL DEFAULT '',
    address_1      TEXT NOT NULL DEFAULT '',
    address_2      TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    region         TEXT NOT NULL DEFAULT '',
    state_province TEXT NOT NULL DEFAULT '',
    postal_code    TEXT NOT NULL DEFAULT '',
    country        TEXT NOT NULL DEFAULT '',
    address_type   TEXT NOT NULL DEFAULT 'physical',
    position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX addresses_location ON addresses (location_id);

CREATE TABLE accessibility (
    id          uuid PRIMARY KEY,
    location_id uuid NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    details     TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX accessibility_location ON accessibility (location_id);

CREATE TABLE services (
    id                      uuid PRIMARY KEY,
    region_id               uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    organization_id         uuid NOT NULL REFERENCES organizations(id),
    name                    TEXT NOT NULL,
    alternate_name          TEXT NOT NULL DEFAULT '',
    summary                 TEXT NOT NULL DEFAULT '',
    description             TEXT NOT NULL DEFAULT '',
    url                     TEXT NOT NULL DEFAULT '',
    email                   TEXT NOT NULL DEFAULT '',
    status                  TEXT NOT NULL,
    interpretation_services TEXT NOT NULL DEFAULT '',
    application_process     TEXT NOT NULL DEFAULT '',
    fees_description        TEXT NOT NULL DEFAULT '',
    eligibility_description TEXT NOT NULL DEFAULT '',
    minimum_age             INTEGER,
    maximum_age             INTEGER,
    assured_date            TEXT NOT NULL DEFAULT '',
    alert                   TEXT NOT NULL DEFAULT '',
    ver                     INTEGER NOT NULL DEFAULT 1,
    revision                bigint NOT NULL DEFAULT 0,
    archived_at             timestamptz,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL
);
CREATE INDEX services_region_name ON services (region_id, name);
CREATE INDEX services_region_revision ON services (region_id, revision);
CREATE INDEX services_region_updated ON services (region_id, updated_at);
CREATE INDEX services_organization ON services (organization_id);

CREATE TABLE service_at_locations (
    id          uuid PRIMARY KEY,
    service_id  uuid NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    location_id uuid NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (service_id, location_id)
);
CREATE INDEX service_at_locations_location ON service_at_locations (location_id);

CREATE TABLE contacts (
    id              uuid PRIMARY KEY,
    region_id       uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
    service_id      uuid REFERENCES services(id) ON DELETE CASCADE,
    location_id     uuid REFERENCES locations(id) ON DELETE CASCADE,
    name            TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    department      TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    ver             INTEGER NOT NULL DEFAULT 1,
    archived_at     timestamptz,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX contacts_region ON contacts (region_id, name);
CREATE INDEX contacts_organization ON contacts (organization_id);
CREATE INDEX contacts_service ON contacts (service_id);
CREATE INDEX contacts_location ON contacts (location_id);

CREATE TABLE phones (
    id          uuid PRIMARY KEY,
    contact_id  uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    number      TEXT NOT NULL,
    extension   INTEGER,
    phone_type  TEXT NOT NULL DEFAULT 'voice',
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX phones_contact ON phones (contact_id);

CREATE TABLE languages (
    id          uuid PRIMARY KEY,
    service_id  uuid REFERENCES services(id) ON DELETE CASCADE,
    location_id uuid REFERENCES locations(id) ON DELETE CASCADE,
    phone_id    uuid REFERENCES phones(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX languages_service ON languages (service_id);
CREATE INDEX languages_phone ON languages (phone_id);
CREATE INDEX languages_code ON languages (code, service_id);

CREATE TABLE cost_options (
    id                 uuid PRIMARY KEY,
    service_id         uuid NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    option             TEXT NOT NULL DEFAULT '',
    amount             double precision,
    currency           TEXT NOT NULL DEFAULT '',
    amount_description TEXT NOT NULL DEFAULT '',
    valid_from         TEXT NOT NULL DEFAULT '',
    valid_to           TEXT NOT NULL DEFAULT '',
    position           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cost_options_service ON cost_options (service_id);

-- attributes link services, locations and organisations to taxonomy
-- terms, as HSDS 3 does.
CREATE TABLE attributes (
    id               uuid PRIMARY KEY,
    region_id        uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    link_entity      TEXT NOT NULL,
    link_id          uuid NOT NULL,
    taxonomy_term_id uuid NOT NULL REFERENCES taxonomy_terms(id) ON DELETE CASCADE,
    value            TEXT NOT NULL DEFAULT '',
    label            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attributes_link ON attributes (link_id);
CREATE INDEX attributes_term ON attributes (taxonomy_term_id, link_entity, link_id);

CREATE TABLE schedules (
    id                     uuid PRIMARY KEY,
    service_id             uuid REFERENCES services(id) ON DELETE CASCADE,
    location_id            uuid REFERENCES locations(id) ON DELETE CASCADE,
    service_at_location_id uuid REFERENCES service_at_locations(id) ON DELETE CASCADE,
    freq                   TEXT NOT NULL DEFAULT '',
    interval_n             INTEGER NOT NULL DEFAULT 0,
    byday                  TEXT NOT NULL DEFAULT '',
    bymonthday             TEXT NOT NULL DEFAULT '',
    opens_at               TEXT NOT NULL DEFAULT '',
    closes_at              TEXT NOT NULL DEFAULT '',
    valid_from             TEXT NOT NULL DEFAULT '',
    valid_to               TEXT NOT NULL DEFAULT '',
    dtstart                TEXT NOT NULL DEFAULT '',
    until                  TEXT NOT NULL DEFAULT '',
    description            TEXT NOT NULL DEFAULT '',
    notes                  TEXT NOT NULL DEFAULT '',
    closed                 BOOLEAN NOT NULL DEFAULT FALSE,
    position               INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX schedules_service ON schedules (service_id);
CREATE INDEX schedules_location ON schedules (location_id);

CREATE TABLE pages (
    id          uuid PRIMARY KEY,
    region_id   uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    ver         INTEGER NOT NULL DEFAULT 1,
    archived_at timestamptz,
    updated_at  timestamptz NOT NULL,
    UNIQUE (region_id, slug)
);

CREATE TABLE users (
    id            uuid PRIMARY KEY,
    region_id     uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled_at   timestamptz,
    last_login_at timestamptz,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_id   uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    user_id     uuid,
    user_email  TEXT NOT NULL DEFAULT '',
    at          timestamptz NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    before_json TEXT NOT NULL DEFAULT '',
    after_json  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_region_id ON audit_log (region_id, id);
CREATE INDEX audit_log_entity ON audit_log (entity_id, id);
