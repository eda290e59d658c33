// Package storetest is the conformance suite of package store: one set of
// tests that every database Lotse supports must pass unchanged, after the
// shared driver suite of riverqueue/river. The store's own tests run it
// against the database testdb selects (SQLite by default, PostgreSQL with
// LOTSE_TEST_DB=postgres), so both dialects are held to the same contract.
//
// Each test opens its own store and may run in parallel with the others.
package storetest

import (
	"testing"

	"github.com/lotse/lotse/internal/store"
)

// Opener returns a fresh, migrated store that is closed when t ends.
type Opener = func(t *testing.T) *store.Store

// Run runs the whole suite; open must return a new, empty, migrated store
// on every call. The tests that need two stores on one database
// (TwoStoresOneDatabase) take their database from testdb.DSN, which
// follows the same LOTSE_TEST_DB switch as testdb.Open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"Basics", testBasics},
		{"Migrate", testMigrate},
		{"Regions", testRegions},
		{"Towns", testTowns},
		{"Taxonomies", testTaxonomies},
		{"Terms", testTerms},
		{"Organizations", testOrganizations},
		{"Locations", testLocations},
		{"Services", testServices},
		{"ServiceList", testServiceList},
		{"Contacts", testContacts},
		{"Pages", testPages},
		{"Users", testUsers},
		{"Sessions", testSessions},
		{"AuditEntries", testAuditEntries},
		{"AuditFilters", testAuditFilters},
		{"OptimisticLocking", testOptimisticLocking},
		{"Validation", testValidation},
		{"ServiceFacets", testServiceFacets},
		{"ServicePlaces", testServicePlaces},
		{"Revision", testRevision},
		{"SearchDocs", testSearchDocs},
		{"RegionIsolation", testRegionIsolation},
		{"ConcurrentWriters", testConcurrentWriters},
		{"ConcurrentStaleSaves", testConcurrentStaleSaves},
		{"TwoStoresOneDatabase", testTwoStoresOneDatabase},
		{"Translations", testTranslations},
		{"TranslationWork", testTranslationWork},
		{"UserLang", testUserLang},
		{"SearchStats", testSearchStats},
		{"SearchStatsCap", testSearchStatsCap},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.fn(t, open)
		})
	}
}
