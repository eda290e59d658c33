package e2e

import (
	"sync"
	"testing"

	"github.com/lotse/lotse/internal/i18n"
)

// loadCatalog reads the program's own translations once: the tests
// compare what a page says with what the catalogue says it should, so a
// reworded message does not break them, but a missing one does.
var loadCatalog = sync.OnceValues(i18n.Load)

// tr is the text of a message key in a language, as the program renders it.
func tr(t *testing.T, lang, key string, args ...any) string {
	t.Helper()
	c, err := loadCatalog()
	if err != nil {
		t.Fatalf("e2e: load catalogue: %v", err)
	}
	return c.Localizer(lang).T(key, args...)
}
