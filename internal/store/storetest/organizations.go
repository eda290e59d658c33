package storetest

import (
	"testing"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

func testOrganizations(t *testing.T, open Opener) {
	f := setup(t, open)
	awo := directory.Organization{RegionID: f.r.ID, Name: " AWO Unterbezirk ", AlternateName: "AWO", Type: directory.OrgWelfare,
		Description: "Arbeiterwohlfahrt im Kreis", Email: "info@awo.example", Website: "https://awo.example", Logo: "https://awo.example/logo.png"}
	if err := f.s.SaveOrganization(f.ctx, f.actor, &awo); err != nil {
		t.Fatal(err)
	}
	created := f.clock.Stored()
	want := directory.Organization{ID: awo.ID, RegionID: f.r.ID, Name: "AWO Unterbezirk", AlternateName: "AWO", Type: directory.OrgWelfare,
		Description: "Arbeiterwohlfahrt im Kreis", Email: "info@awo.example", Website: "https://awo.example", Logo: "https://awo.example/logo.png",
		Ver: 1, CreatedAt: created, UpdatedAt: created}
	check(t, "saved organization", awo, want)
	got, err := f.s.Organization(f.ctx, f.r.ID, awo.ID)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Organization", got, want)

	f.clock.Advance(time.Hour)
	awo.Description = "Arbeiterwohlfahrt Unterbezirk Recklinghausen"
	if err := f.s.SaveOrganization(f.ctx, f.actor, &awo); err != nil {
		t.Fatal(err)
	}
	want.Description, want.Ver, want.UpdatedAt = awo.Description, 2, f.clock.Stored()
	check(t, "updated organization (created time kept)", awo, want)

	caritas := f.saveOrg("Caritasverband")
	turkish := f.saveOrg("Deutsch-Türkischer Kulturverein", func(o *directory.Organization) { o.Type = directory.OrgMigrant })
	elders := f.saveOrg("Initiative Ältere Migrant*innen", func(o *directory.Organization) { o.Type = directory.OrgMigrant; o.ParentID = turkish.ID })
	marl := f.saveOrg("Stadt Marl", func(o *directory.Organization) {
		o.Type = directory.OrgAdministration
		o.AlternateName = "Integrationsbüro"
	})
	if elders.ParentID != turkish.ID {
		t.Errorf("child organisation = %+v, want parent %s", elders, turkish.ID)
	}
	if err := f.s.ArchiveOrganization(f.ctx, f.actor, f.r.ID, elders.ID); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name  string
		f     store.ListFilter
		want  []string
		total int
	}{
		{"current", store.ListFilter{}, []string{awo.ID, caritas.ID, turkish.ID, marl.ID}, 4},
		{"all", store.ListFilter{Archived: store.AllRecords}, []string{awo.ID, caritas.ID, turkish.ID, elders.ID, marl.ID}, 5},
		{"archived", store.ListFilter{Archived: store.ArchivedOnly}, []string{elders.ID}, 1},
		{"query in name, any case", store.ListFilter{Query: "CARITAS"}, []string{caritas.ID}, 1},
		{"query in alternate name", store.ListFilter{Query: "integrationsbüro"}, []string{marl.ID}, 1},
		{"query with umlaut in other case", store.ListFilter{Query: "ältere", Archived: store.AllRecords}, []string{elders.ID}, 1},
		{"query is not a pattern", store.ListFilter{Query: "%"}, []string{}, 0},
		{"type", store.ListFilter{Type: directory.OrgMigrant}, []string{turkish.ID}, 1},
		{"type, all", store.ListFilter{Type: directory.OrgMigrant, Archived: store.AllRecords}, []string{turkish.ID, elders.ID}, 2},
		{"first page", store.ListFilter{Limit: 2}, []string{awo.ID, caritas.ID}, 4},
		{"second page", store.ListFilter{Limit: 2, Offset: 2}, []string{turkish.ID, marl.ID}, 4},
		{"past the end", store.ListFilter{Limit: 2, Offset: 4}, []string{}, 4},
	} {
		list, total, err := f.s.Organizations(f.ctx, f.r.ID, tc.f)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		check(t, "Organizations "+tc.name, ids(list, func(o directory.Organization) string { return o.ID }), tc.want)
		if total != tc.total {
			t.Errorf("Organizations %s: total %d, want %d", tc.name, total, tc.total)
		}
	}

	archived, _ := f.s.Organization(f.ctx, f.r.ID, elders.ID)
	if archived.ArchivedAt == nil || archived.Ver != 2 {
		t.Errorf("archived organisation = %+v", archived)
	}
	if err := f.s.RestoreOrganization(f.ctx, f.actor, f.r.ID, elders.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.s.Organization(f.ctx, f.r.ID, elders.ID); got.ArchivedAt != nil || got.Ver != 3 {
		t.Errorf("restored organisation = %+v", got)
	}
	_, err = f.s.Organization(f.ctx, f.r.ID, directory.NewID())
	wantCode(t, "unknown organisation", err, directory.ENOTFOUND)
	wantCode(t, "archiving an unknown organisation", f.s.ArchiveOrganization(f.ctx, f.actor, f.r.ID, directory.NewID()), directory.ENOTFOUND)
}
