package backoffice_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

// TestMinorEditKeepsTranslationsCurrent edits a translated field of
// each translatable entity through its form: marked as a minor change,
// the translation stays current; a normal change makes it outdated.
func TestMinorEditKeepsTranslationsCurrent(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	c := staffA(t, h)
	a := h.A
	tests := []struct {
		entityType, id, path, newPath, field string
	}{
		{directory.TranslateOrganization, a.Orgs[0].ID, "/admin/organizations/" + a.Orgs[0].ID, "/admin/organizations/new", "description"},
		{directory.TranslateService, a.Services[0].ID, "/admin/offers/" + a.Services[0].ID, "/admin/offers/new", "summary"},
		{directory.TranslateLocation, a.Locations[0].ID, "/admin/locations/" + a.Locations[0].ID, "/admin/locations/new", "transportation"},
		{directory.TranslateTerm, a.Terms["care"].ID, "/admin/terms/" + a.Terms["care"].ID, "/admin/taxonomies/needs/new", "name"},
		{directory.TranslatePage, a.Page.ID, "/admin/pages/" + a.Page.ID, "/admin/pages/new", "title"},
	}
	for _, tt := range tests {
		t.Run(tt.entityType, func(t *testing.T) {
			body := get(t, h, c, tt.path, http.StatusOK)
			if !strings.Contains(body, `name="minor_edit"`) || !strings.Contains(body, "Kleine Änderung (Übersetzungen bleiben aktuell)") {
				t.Fatalf("%s has no minor-change box", tt.path)
			}
			if !strings.Contains(body, `href="/admin/translations/en/`+tt.entityType+`/`+tt.id+`"`) {
				t.Errorf("%s does not link to its translations", tt.path)
			}
			if strings.Contains(get(t, h, c, tt.newPath, http.StatusOK), `name="minor_edit"`) {
				t.Errorf("%s has a minor-change box, but nothing is translated yet", tt.newPath)
			}
			form := formValues(t, body)
			src := form.Get(tt.field)
			translate(t, h, a.Region, tt.entityType, tt.id, tt.field, "tr", "Türkçe "+tt.field, false)
			translate(t, h, a.Region, tt.entityType, tt.id, tt.field, "en", "English "+tt.field, true)

			edit(t, h, c, tt.path, url.Values{tt.field: {src + " (korrigiert)"}, "minor_edit": {"1"}})
			wantStatus(t, h, a.Region, tt.entityType, tt.id, tt.field, "tr", directory.TranslationCurrent)
			wantStatus(t, h, a.Region, tt.entityType, tt.id, tt.field, "en", directory.TranslationMachine)
			if strings.Contains(get(t, h, c, tt.path, http.StatusOK), `name="minor_edit" value="1" checked`) {
				t.Error("the minor-change box stays ticked for the next edit")
			}

			edit(t, h, c, tt.path, url.Values{tt.field: {src + " (neu gefasst)"}})
			wantStatus(t, h, a.Region, tt.entityType, tt.id, tt.field, "tr", directory.TranslationOutdated)
			wantStatus(t, h, a.Region, tt.entityType, tt.id, tt.field, "en", directory.TranslationOutdated)

			// A minor change does not revive a translation that was
			// already outdated.
			edit(t, h, c, tt.path, url.Values{tt.field: {src + " (neu gefasst)."}, "minor_edit": {"1"}})
			wantStatus(t, h, a.Region, tt.entityType, tt.id, tt.field, "tr", directory.TranslationOutdated)
		})
	}
}
