package store_test

import (
	"testing"

	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/store/storetest"
	"github.com/lotse/lotse/internal/testdb"
)

// TestStore runs the conformance suite against the database testdb
// selects: SQLite by default, PostgreSQL with LOTSE_TEST_DB=postgres.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *store.Store { return testdb.Open(t) })
}
