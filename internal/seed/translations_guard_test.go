package seed

import (
	"context"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/testdb"
)

// TestDemoTranslationsRefuseChangedGerman checks the guard of the demo's
// translations: when the German text of a translated record is no longer
// the one that was translated, demoTranslations names the record and
// stores nothing; a change of line endings or trailing spaces is no
// change.
func TestDemoTranslationsRefuseChangedGerman(t *testing.T) {
	ctx := context.Background()
	s := testdb.Open(t)
	r, _, err := Demo(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	l := &loader{r: r}
	// Undo the demo's later edits first: they change German texts after
	// translation on purpose.
	for _, e := range laterEdits {
		sv, err := s.Service(ctx, r.ID, l.id("service", e.Key))
		if err != nil {
			t.Fatal(err)
		}
		*serviceText(&sv, e.Field) = e.Before
		if err := s.SaveService(ctx, audit.System, &sv); err != nil {
			t.Fatal(err)
		}
	}
	// A translation demoTranslations would overwrite if it stored
	// anything: the Turkish name of the need "care".
	careID := termID(r.ID, directory.TaxNeeds, "care")
	marker := directory.Translation{RegionID: r.ID, EntityType: directory.TranslateTerm, EntityID: careID, Field: "name", Lang: "tr", Text: "işaret"}

	tests := []struct {
		name    string
		key     string
		field   string
		edit    func(string) string
		wantErr []string // parts of the error; none for success
	}{
		{"unchanged", "ki-foerdermittel", "summary", func(s string) string { return s }, nil},
		{"CRLF and trailing spaces", "ki-sprachmittlerpool", "description",
			func(s string) string { return strings.ReplaceAll(s, "\n", "  \r\n") }, nil},
		{"changed in substance", "ki-foerdermittel", "summary",
			func(string) string { return "Wir informieren über Förderprogramme des Landes." }, []string{"ki-foerdermittel", "summary", "translate it anew"}},
		{"description changed", "ki-sprachmittlerpool", "description",
			func(s string) string { return strings.Replace(s, "zehn Tage", "drei Tage", 1) }, []string{"ki-sprachmittlerpool", "description"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sv, err := s.Service(ctx, r.ID, l.id("service", tt.key))
			if err != nil {
				t.Fatal(err)
			}
			text := serviceText(&sv, tt.field)
			original := *text
			*text = tt.edit(original)
			if err := s.SaveService(ctx, audit.System, &sv); err != nil {
				t.Fatal(err)
			}
			defer func() {
				sv, err := s.Service(ctx, r.ID, l.id("service", tt.key))
				if err != nil {
					t.Fatal(err)
				}
				*serviceText(&sv, tt.field) = original
				if err := s.SaveService(ctx, audit.System, &sv); err != nil {
					t.Fatal(err)
				}
			}()
			m := marker
			if err := s.SaveTranslation(ctx, audit.System, &m); err != nil {
				t.Fatal(err)
			}

			err = demoTranslations(ctx, s, r)

			if len(tt.wantErr) == 0 && err != nil {
				t.Fatalf("demoTranslations = %v, want no error", err)
			}
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatal("demoTranslations = nil, want an error")
				}
				for _, part := range tt.wantErr {
					if !strings.Contains(err.Error(), part) {
						t.Errorf("error %q does not say %q", err, part)
					}
				}
			}
			set, err := s.TranslationsFor(ctx, r.ID, "tr", directory.TranslateTerm, []string{careID})
			if err != nil {
				t.Fatal(err)
			}
			got, want := set.Get(careID, "name").Text, "Bakım"
			if len(tt.wantErr) > 0 {
				want = marker.Text // refused: nothing stored
			}
			if got != want {
				t.Errorf("Turkish name of care after demoTranslations = %q, want %q", got, want)
			}
		})
	}
}
