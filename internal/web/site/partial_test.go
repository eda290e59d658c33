package site_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/web/webtest"
)

// TestSearchWithSomeWords: no offer has both words; the offers with one
// of them come, under a note that says so.
func TestSearchWithSomeWords(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	root := parse(t, page(t, h, "/kreis-re/de/offers?q=Wohnberatung+Hausaufgaben", http.StatusOK))
	got := cardNames(root)
	slices.Sort(got)
	if want := []string{"Hausaufgabenhilfe", "Wohnberatung"}; !slices.Equal(got, want) {
		t.Errorf("cards = %q, want %q", got, want)
	}
	if !strings.Contains(root.textOf(), "Kein Angebot enthält alle Ihre Suchwörter") {
		t.Error("no note that the offers have only some of the words")
	}
	// With every word found together, no note.
	root = parse(t, page(t, h, "/kreis-re/de/offers?q=Wohnberatung", http.StatusOK))
	if strings.Contains(root.textOf(), "Kein Angebot enthält alle") {
		t.Error("a full match says it is partial")
	}
}
