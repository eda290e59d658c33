package storetest

import (
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

func testBasics(t *testing.T, open Opener) {
	s := open(t)
	if d := s.Dialect(); d != "sqlite" && d != "postgres" {
		t.Errorf("Dialect() = %q, want sqlite or postgres", d)
	}
	if err := s.Ping(t.Context()); err != nil {
		t.Errorf("Ping: %v", err)
	}
	w, r := s.Stats()
	if w.MaxOpenConnections < 1 || r.MaxOpenConnections < 1 {
		t.Errorf("Stats: write pool max %d, read pool max %d, want both at least 1", w.MaxOpenConnections, r.MaxOpenConnections)
	}
	for _, tc := range []struct {
		dsn  string
		want bool
	}{
		{"postgres://u@localhost/lotse", true},
		{"postgresql://u@localhost/lotse", true},
		{"/var/lib/lotse/lotse.db", false},
		{"file:lotse.db", false},
	} {
		if got := store.IsPostgres(tc.dsn); got != tc.want {
			t.Errorf("IsPostgres(%q) = %v, want %v", tc.dsn, got, tc.want)
		}
	}
	a, b := directory.NewID(), directory.NewID()
	if got := store.AttributeID(a, b); got != store.AttributeID(a, b) || !directory.ValidID(got) || got == store.AttributeID(b, a) {
		t.Errorf("AttributeID(%s, %s) = %s: want a stable id that depends on the order", a, b, got)
	}
}

func testMigrate(t *testing.T, open Opener) {
	s := open(t)
	for i := range 2 {
		n, err := s.Migrate(t.Context())
		if err != nil || n != 0 {
			t.Errorf("Migrate on a migrated database (run %d) = %d, %v; want 0, nil", i+1, n, err)
		}
	}
	if n, err := s.Pending(t.Context()); err != nil || n != 0 {
		t.Errorf("Pending = %d, %v; want 0, nil", n, err)
	}
}

func testRegions(t *testing.T, open Opener) {
	t.Run("create", func(t *testing.T) {
		f := setup(t, open)
		r := f.r
		if !directory.ValidID(r.ID) || r.DefaultLang != "de" || r.Revision != 0 || !r.CreatedAt.Equal(f.clock.Stored()) {
			t.Errorf("created region = %+v: want an id, default language de, revision 0, created now", r)
		}
		got, err := f.s.RegionBySlug(f.ctx, "kreis-re")
		if err != nil {
			t.Fatal(err)
		}
		check(t, "RegionBySlug", got, r)
		got, err = f.s.Region(f.ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		check(t, "Region", got, r)
		list, err := f.s.Regions(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		check(t, "Regions", list, []directory.Region{r})

		for _, tc := range []struct{ what, slug, id string }{
			{"unknown slug", "kreis-xy", ""},
			{"unknown id", "", directory.NewID()},
			{"malformed id", "", "kreis-re"},
		} {
			var err error
			if tc.slug != "" {
				_, err = f.s.RegionBySlug(f.ctx, tc.slug)
			} else {
				_, err = f.s.Region(f.ctx, tc.id)
			}
			wantCode(t, tc.what, err, directory.ENOTFOUND)
		}
		if _, err := f.s.Revision(f.ctx, directory.NewID()); directory.ErrorCode(err) != directory.ENOTFOUND {
			t.Errorf("Revision of an unknown region: %v, want ENOTFOUND", err)
		}

		log := f.auditLog()
		if len(log) != 1 || log[0].Action != audit.ActionCreate || log[0].EntityType != audit.EntityRegion || log[0].EntityID != r.ID ||
			log[0].Before != "" || !sameJSON(log[0].After, r) {
			t.Errorf("audit log after CreateRegion = %+v, want one create entry holding the region", log)
		}
	})

	t.Run("built-in taxonomies and pages", func(t *testing.T) {
		f := setup(t, open)
		taxes, err := f.s.Taxonomies(f.ctx, f.r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(taxes) != len(directory.BuiltinTaxonomies) {
			t.Fatalf("%d taxonomies, want the %d built-in ones", len(taxes), len(directory.BuiltinTaxonomies))
		}
		for _, b := range directory.BuiltinTaxonomies {
			tax, err := f.s.TaxonomyBySlug(f.ctx, f.r.ID, b.Slug)
			if err != nil {
				t.Errorf("taxonomy %s: %v", b.Slug, err)
				continue
			}
			want := directory.Taxonomy{ID: directory.DerivedID(f.r.ID, "taxonomy:"+b.Slug), RegionID: f.r.ID, Slug: b.Slug, Name: b.Name,
				Description: b.Description, URI: directory.TaxonomyURI(b.Slug), Version: "1"}
			check(t, "taxonomy "+b.Slug, tax, want)
			byID, err := f.s.Taxonomy(f.ctx, f.r.ID, tax.ID)
			if err != nil {
				t.Errorf("Taxonomy(%s): %v", tax.ID, err)
			}
			check(t, "Taxonomy by id "+b.Slug, byID, want)
			terms, err := f.s.Terms(f.ctx, f.r.ID, store.TermFilter{TaxonomyID: tax.ID})
			if err != nil {
				t.Fatal(err)
			}
			var gotCodes, wantCodes, gotIDs, wantIDs []string
			for _, term := range terms {
				gotCodes, gotIDs = append(gotCodes, term.Code), append(gotIDs, term.ID)
			}
			for _, bt := range b.Terms {
				wantCodes, wantIDs = append(wantCodes, bt.Code), append(wantIDs, f.termID(b.Slug, bt.Code))
			}
			check(t, "codes of "+b.Slug, gotCodes, wantCodes)
			check(t, "term ids of "+b.Slug, gotIDs, wantIDs)
		}
		for _, slug := range []string{directory.PageImprint, directory.PagePrivacy} {
			p, err := f.s.PageBySlug(f.ctx, f.r.ID, slug)
			if err != nil || p.Title == "" || p.Body == "" || p.Ver != 1 {
				t.Errorf("page %s = %+v, %v; want a page with title and body", slug, p, err)
			}
		}
		if _, err := f.s.Taxonomy(f.ctx, f.r.ID, directory.NewID()); directory.ErrorCode(err) != directory.ENOTFOUND {
			t.Errorf("unknown taxonomy: %v, want ENOTFOUND", err)
		}
		if _, err := f.s.TaxonomyBySlug(f.ctx, f.r.ID, "nope"); directory.ErrorCode(err) != directory.ENOTFOUND {
			t.Errorf("unknown taxonomy slug: %v, want ENOTFOUND", err)
		}
	})

	t.Run("duplicate slug", func(t *testing.T) {
		f := setup(t, open)
		dup := directory.Region{Slug: "kreis-re", Name: "Noch einmal"}
		err := f.s.CreateRegion(f.ctx, audit.System, &dup)
		wantCode(t, "second region kreis-re", err, directory.ECONFLICT)
		if directory.FieldErrors(err)["slug"] == "" {
			t.Errorf("field errors %v, want one for slug", directory.FieldErrors(err))
		}
		list, _ := f.s.Regions(f.ctx)
		if len(list) != 1 {
			t.Errorf("%d regions after a refused duplicate, want 1", len(list))
		}
		if dup.ID != "" {
			if _, err := f.s.Region(f.ctx, dup.ID); directory.ErrorCode(err) != directory.ENOTFOUND {
				t.Errorf("refused region is stored: %v", err)
			}
		}
	})

	t.Run("reserved and malformed slugs", func(t *testing.T) {
		s := open(t)
		for _, slug := range []string{"admin", "api", "static", "healthz", "readyz", "metrics", "Kreis-RE", "kreis re", "", "-re", "kreis--re", "städteregion"} {
			r := directory.Region{Slug: slug, Name: "X"}
			wantField(t, "region slug "+slug, s.CreateRegion(t.Context(), audit.System, &r), "slug")
		}
		r := directory.Region{Slug: "ok", Name: " "}
		wantField(t, "region without name", s.CreateRegion(t.Context(), audit.System, &r), "name")
		if list, _ := s.Regions(t.Context()); len(list) != 0 {
			t.Errorf("refused regions were stored: %+v", list)
		}
	})

	t.Run("languages", func(t *testing.T) {
		f := setup(t, open)
		f.clock.Advance(time.Minute)
		before := f.r
		if err := f.s.UpdateRegionLanguages(f.ctx, f.actor, f.r.ID, []string{"de", "tr", "ar", "uk"}); err != nil {
			t.Fatal(err)
		}
		got, err := f.s.Region(f.ctx, f.r.ID)
		if err != nil {
			t.Fatal(err)
		}
		check(t, "languages", got.Languages, []string{"de", "tr", "ar", "uk"})
		e := f.lastAudit()
		if e.Action != audit.ActionUpdate || e.EntityType != audit.EntityRegion || !sameJSON(e.Before, before) || !sameJSON(e.After, got) {
			t.Errorf("audit entry %+v, want an update from %+v to %+v", e, before, got)
		}
		m := f.mark()
		for _, langs := range [][]string{{"de", "kein code"}, {"de", "tr,ar"}, {}} {
			wantField(t, "languages "+strings.Join(langs, "|"), f.s.UpdateRegionLanguages(f.ctx, f.actor, f.r.ID, langs), "languages")
		}
		f.unchanged("refused language updates", m)
		wantCode(t, "languages of an unknown region", f.s.UpdateRegionLanguages(f.ctx, f.actor, directory.NewID(), []string{"de"}), directory.ENOTFOUND)
	})
}
