-- Columns that link a child to one of several kinds of owner are NULL
-- in most rows (a schedule belongs to an offer or to a location). Their
-- planner statistics then say the column is useless for lookups, and
-- SQLite scans the whole table for "location_id IN (…)". Indexes on the
-- non-NULL rows only keep the statistics, and the lookups, right.
DROP INDEX schedules_service;
DROP INDEX schedules_location;
CREATE INDEX schedules_service ON schedules (service_id) WHERE service_id IS NOT NULL;
CREATE INDEX schedules_location ON schedules (location_id) WHERE location_id IS NOT NULL;
CREATE INDEX schedules_service_at_location ON schedules (service_at_location_id) WHERE service_at_location_id IS NOT NULL;

DROP INDEX languages_service;
DROP INDEX languages_phone;
CREATE INDEX languages_service ON languages (service_id) WHERE service_id IS NOT NULL;
CREATE INDEX languages_phone ON languages (phone_id) WHERE phone_id IS NOT NULL;
CREATE INDEX languages_location ON languages (location_id) WHERE location_id IS NOT NULL;

DROP INDEX contacts_organization;
DROP INDEX contacts_service;
DROP INDEX contacts_location;
CREATE INDEX contacts_organization ON contacts (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX contacts_service ON contacts (service_id) WHERE service_id IS NOT NULL;
CREATE INDEX contacts_location ON contacts (location_id) WHERE location_id IS NOT NULL;

DROP INDEX locations_organization;
DROP INDEX locations_town;
CREATE INDEX locations_organization ON locations (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX locations_town ON locations (town_id) WHERE town_id IS NOT NULL;
