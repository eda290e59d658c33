package storetest

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

func testTowns(t *testing.T, open Opener) {
	f := setup(t, open)
	haltern := directory.Town{RegionID: f.r.ID, Name: " Haltern am See ", PostalCodes: []string{"45721", " 45721"}, Latitude: 51.7436, Longitude: 7.1818}
	if err := f.s.SaveTown(f.ctx, f.actor, &haltern); err != nil {
		t.Fatal(err)
	}
	want := directory.Town{ID: haltern.ID, RegionID: f.r.ID, Name: "Haltern am See", Slug: "haltern-am-see", PostalCodes: []string{"45721"},
		Latitude: 51.7436, Longitude: 7.1818, Ver: 1, UpdatedAt: f.clock.Stored()}
	check(t, "saved town", haltern, want)
	got, err := f.s.Town(f.ctx, f.r.ID, haltern.ID)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Town", got, want)

	f.clock.Advance(time.Minute)
	haltern.PostalCodes = []string{"45721", "45711"}
	if err := f.s.SaveTown(f.ctx, f.actor, &haltern); err != nil {
		t.Fatal(err)
	}
	want.PostalCodes, want.Ver, want.UpdatedAt = []string{"45711", "45721"}, 2, f.clock.Stored()
	check(t, "updated town", haltern, want)

	marl := f.saveTown("Marl", "45768")
	dorsten := f.saveTown("Dorsten", "46282")
	list, err := f.s.Towns(f.ctx, f.r.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Towns by name", list, []directory.Town{dorsten, haltern, marl})

	f.clock.Advance(time.Minute)
	if err := f.s.ArchiveTown(f.ctx, f.actor, f.r.ID, marl.ID); err != nil {
		t.Fatal(err)
	}
	list, _ = f.s.Towns(f.ctx, f.r.ID, false)
	check(t, "current towns", ids(list, func(t directory.Town) string { return t.Name }), []string{"Dorsten", "Haltern am See"})
	list, _ = f.s.Towns(f.ctx, f.r.ID, true)
	check(t, "all towns", ids(list, func(t directory.Town) string { return t.Name }), []string{"Dorsten", "Haltern am See", "Marl"})
	archived, _ := f.s.Town(f.ctx, f.r.ID, marl.ID)
	if archived.ArchivedAt == nil || !archived.ArchivedAt.Equal(f.clock.Stored()) || archived.Ver != 2 {
		t.Errorf("archived town = %+v, want archived now with version 2", archived)
	}
	if err := f.s.RestoreTown(f.ctx, f.actor, f.r.ID, marl.ID); err != nil {
		t.Fatal(err)
	}
	if restored, _ := f.s.Town(f.ctx, f.r.ID, marl.ID); restored.ArchivedAt != nil || restored.Ver != 3 {
		t.Errorf("restored town = %+v, want not archived, version 3", restored)
	}

	for _, id := range []string{directory.NewID(), "marl"} {
		_, err := f.s.Town(f.ctx, f.r.ID, id)
		wantCode(t, "Town "+id, err, directory.ENOTFOUND)
		wantCode(t, "ArchiveTown "+id, f.s.ArchiveTown(f.ctx, f.actor, f.r.ID, id), directory.ENOTFOUND)
	}
}

func testTaxonomies(t *testing.T, open Opener) {
	f := setup(t, open)
	topics := directory.Taxonomy{RegionID: f.r.ID, Name: "Themen", Description: "Themen der Integrationsarbeit", Version: "2"}
	if err := f.s.SaveTaxonomy(f.ctx, f.actor, &topics); err != nil {
		t.Fatal(err)
	}
	if topics.Slug != "themen" || !directory.ValidID(topics.ID) {
		t.Errorf("saved taxonomy = %+v, want slug themen and an id", topics)
	}
	e := f.lastAudit()
	if e.EntityID != topics.ID || e.Before != "" || !sameJSON(e.After, topics) {
		t.Errorf("audit entry after SaveTaxonomy = %+v, want a create entry for %s", e, topics.ID)
	}
	taxes, err := f.s.Taxonomies(f.ctx, f.r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(taxes); n != len(directory.BuiltinTaxonomies)+1 || taxes[n-1].ID != topics.ID {
		t.Errorf("Taxonomies = %+v, want the built-in ones and then Themen", taxes)
	}
	topics.Name, topics.URI = "Themenfelder", "https://example.org/themen"
	before, _ := f.s.Taxonomy(f.ctx, f.r.ID, topics.ID)
	if err := f.s.SaveTaxonomy(f.ctx, f.actor, &topics); err != nil {
		t.Fatal(err)
	}
	got, err := f.s.Taxonomy(f.ctx, f.r.ID, topics.ID)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "updated taxonomy", got, topics)
	if e := f.lastAudit(); e.EntityID != topics.ID || !sameJSON(e.Before, before) || !sameJSON(e.After, got) {
		t.Errorf("audit entry after updating a taxonomy = %+v", e)
	}

	m := f.mark()
	dup := directory.Taxonomy{RegionID: f.r.ID, Slug: directory.TaxNeeds, Name: "Noch einmal Bedarfe"}
	wantField(t, "taxonomy with a taken slug", f.s.SaveTaxonomy(f.ctx, f.actor, &dup), "slug")
	empty := directory.Taxonomy{RegionID: f.r.ID}
	wantField(t, "taxonomy without name", f.s.SaveTaxonomy(f.ctx, f.actor, &empty), "name")
	f.unchanged("refused taxonomies", m)
	if n, _ := f.s.Taxonomies(f.ctx, f.r.ID); len(n) != len(taxes) {
		t.Errorf("%d taxonomies after refused saves, want %d", len(n), len(taxes))
	}
}

func testTerms(t *testing.T, open Opener) {
	t.Run("staff terms", func(t *testing.T) {
		f := setup(t, open)
		needs := f.taxonomyID(directory.TaxNeeds)
		care := directory.Term{RegionID: f.r.ID, TaxonomyID: needs, Name: " Pflege und Gesundheit ", Description: "Hilfe im Alter", SortOrder: 5}
		if err := f.s.SaveTerm(f.ctx, f.actor, &care); err != nil {
			t.Fatal(err)
		}
		want := directory.Term{ID: care.ID, RegionID: f.r.ID, TaxonomyID: needs, Code: "pflege-und-gesundheit", Name: "Pflege und Gesundheit",
			Description: "Hilfe im Alter", SortOrder: 5, Ver: 1, UpdatedAt: f.clock.Stored()}
		check(t, "saved term", care, want)
		got, err := f.s.Term(f.ctx, f.r.ID, care.ID)
		if err != nil {
			t.Fatal(err)
		}
		check(t, "Term", got, want)

		dementia := f.saveTerm(directory.TaxNeeds, "Demenz", func(t *directory.Term) { t.ParentID = care.ID; t.SortOrder = 1 })
		if dementia.ParentID != care.ID || dementia.Code != "demenz" {
			t.Errorf("child term = %+v, want parent %s", dementia, care.ID)
		}
		list, err := f.s.Terms(f.ctx, f.r.ID, store.TermFilter{TaxonomyID: needs})
		if err != nil {
			t.Fatal(err)
		}
		check(t, "needs terms by sort order", ids(list, func(t directory.Term) string { return t.Code }), []string{"demenz", "pflege-und-gesundheit"})
		all, _ := f.s.Terms(f.ctx, f.r.ID, store.TermFilter{})
		builtin := 0
		for _, b := range directory.BuiltinTaxonomies {
			builtin += len(b.Terms)
		}
		if len(all) != builtin+2 {
			t.Errorf("Terms without filter: %d, want %d", len(all), builtin+2)
		}

		f.clock.Advance(time.Minute)
		care.Name = "Pflege"
		if err := f.s.SaveTerm(f.ctx, f.actor, &care); err != nil {
			t.Fatal(err)
		}
		if care.Ver != 2 || care.Code != "pflege-und-gesundheit" || !care.UpdatedAt.Equal(f.clock.Stored()) {
			t.Errorf("renamed term = %+v: the code stays, version 2", care)
		}

		if err := f.s.ArchiveTerm(f.ctx, f.actor, f.r.ID, dementia.ID); err != nil {
			t.Fatal(err)
		}
		list, _ = f.s.Terms(f.ctx, f.r.ID, store.TermFilter{TaxonomyID: needs})
		check(t, "current needs terms", ids(list, func(t directory.Term) string { return t.Code }), []string{"pflege-und-gesundheit"})
		list, _ = f.s.Terms(f.ctx, f.r.ID, store.TermFilter{TaxonomyID: needs, WithArchived: true})
		check(t, "all needs terms", ids(list, func(t directory.Term) string { return t.Code }), []string{"demenz", "pflege-und-gesundheit"})
		if err := f.s.RestoreTerm(f.ctx, f.actor, f.r.ID, dementia.ID); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.s.Term(f.ctx, f.r.ID, dementia.ID); got.ArchivedAt != nil || got.Ver != 3 {
			t.Errorf("restored term = %+v", got)
		}
		if list, _ := f.s.Terms(f.ctx, f.r.ID, store.TermFilter{TaxonomyID: "needs"}); len(list) != 0 {
			t.Errorf("Terms with a malformed taxonomy id = %+v, want none", list)
		}
	})

	t.Run("fixed taxonomies refuse new terms", func(t *testing.T) {
		f := setup(t, open)
		for _, slug := range []string{directory.TaxOrgTypes, directory.TaxAccess, directory.TaxAccessible, directory.TaxLotse} {
			m := f.mark()
			term := directory.Term{RegionID: f.r.ID, TaxonomyID: f.taxonomyID(slug), Name: "Neu"}
			err := f.s.SaveTerm(f.ctx, f.actor, &term)
			wantCode(t, "new term in "+slug, err, directory.EINVALID)
			var de *directory.Error
			if errors.As(err, &de) && de.Key != "error.fixed_taxonomy" {
				t.Errorf("new term in %s: key %q, want error.fixed_taxonomy", slug, de.Key)
			}
			f.unchanged("refused term in "+slug, m)
			if _, err := f.s.Term(f.ctx, f.r.ID, term.ID); directory.ErrorCode(err) != directory.ENOTFOUND {
				t.Errorf("refused term in %s is stored: %v", slug, err)
			}
		}
		// Staff taxonomies take new terms.
		f.saveTerm(directory.TaxTargetGroups, "Senior*innen")
	})

	t.Run("fixed codes cannot change", func(t *testing.T) {
		f := setup(t, open)
		walkIn, err := f.s.Term(f.ctx, f.r.ID, f.termID(directory.TaxAccess, directory.AccessWalkIn))
		if err != nil {
			t.Fatal(err)
		}
		m := f.mark()
		changed := walkIn
		changed.Code = "drop-in"
		wantField(t, "changing a fixed code", f.s.SaveTerm(f.ctx, f.actor, &changed), "code")
		f.unchanged("refused code change", m)
		if got, _ := f.s.Term(f.ctx, f.r.ID, walkIn.ID); !reflect.DeepEqual(got, walkIn) {
			t.Errorf("term after refused code change = %+v, want %+v", got, walkIn)
		}
		renamed := walkIn
		renamed.Name = "Offene Sprechstunde"
		if err := f.s.SaveTerm(f.ctx, f.actor, &renamed); err != nil {
			t.Errorf("renaming a fixed term: %v", err)
		}
		if renamed.Code != directory.AccessWalkIn || renamed.Name != "Offene Sprechstunde" {
			t.Errorf("renamed fixed term = %+v", renamed)
		}
	})

	t.Run("duplicate codes", func(t *testing.T) {
		f := setup(t, open)
		f.saveTerm(directory.TaxNeeds, "Sprache")
		m := f.mark()
		dup := directory.Term{RegionID: f.r.ID, TaxonomyID: f.taxonomyID(directory.TaxNeeds), Name: "Sprache!"}
		wantField(t, "second term with code sprache", f.s.SaveTerm(f.ctx, f.actor, &dup), "code")
		f.unchanged("refused duplicate code", m)
		// The same code in another taxonomy is another term.
		f.saveTerm(directory.TaxTargetGroups, "Sprache")
	})
}
